-- The application form (申报评审表, A21) and the facts the qualification rules need (stage 2-3).
-- Lists of tables 2, 4-9 and 11 are JSON arrays validated by the application before storing.

CREATE TABLE zc_application (
    id                        VARCHAR(36)   NOT NULL,
    review_year               INT           NOT NULL,
    committee_code            VARCHAR(32)   NOT NULL,
    track                     VARCHAR(16)   NOT NULL,
    status                    VARCHAR(24)   NOT NULL,
    process_instance_id       VARCHAR(64),
    -- table 1: basic information
    name                      VARCHAR(64)   NOT NULL,
    id_number                 CHAR(18)      NOT NULL,
    sex                       VARCHAR(8)    NOT NULL,
    birth_date                DATE          NOT NULL,
    ethnicity                 VARCHAR(32),
    phone                     VARCHAR(32),
    unit_credit_code          CHAR(18)      NOT NULL,
    unit_level                VARCHAR(16)   NOT NULL,
    region_code               CHAR(6)       NOT NULL,
    employment_kind           VARCHAR(32)   NOT NULL,
    education                 VARCHAR(24)   NOT NULL,
    graduation_date           DATE          NOT NULL,
    graduation_school         VARCHAR(128),
    major                     VARCHAR(64),
    work_start_date           DATE          NOT NULL,
    -- current and target title
    current_title_level       VARCHAR(24),
    current_title_series      VARCHAR(64),
    current_title_date        DATE,
    current_title_same_level_since DATE,
    current_title_directed    BOOLEAN       NOT NULL,
    current_title_by_certificate BOOLEAN    NOT NULL,
    target_series             VARCHAR(64)   NOT NULL,
    target_specialty          VARCHAR(64)   NOT NULL,
    target_level              VARCHAR(24)   NOT NULL,
    -- facts for the rules (ApplicantFacts)
    years_at_base_level       INT           NOT NULL,
    years_in_directed_area    INT           NOT NULL,
    rural_service_years       INT           NOT NULL,
    township_years_after_intermediate INT   NOT NULL,
    punishment_kind           VARCHAR(24)   NOT NULL,
    punishment_until          DATE,
    unit_entrustment_letter   BOOLEAN       NOT NULL,
    county_entrustment_letter BOOLEAN       NOT NULL,
    unit_stationed            BOOLEAN       NOT NULL,
    unit_combines_review_and_appointment BOOLEAN NOT NULL,
    special_talent            BOOLEAN       NOT NULL,
    post_exempt               BOOLEAN       NOT NULL,
    exceptional_application   BOOLEAN       NOT NULL,
    poverty_alleviation_years INT           NOT NULL,
    poverty_alleviation_competent BOOLEAN   NOT NULL,
    enterprise_postdoc_funded BOOLEAN       NOT NULL,
    township_graduate_first_application BOOLEAN NOT NULL,
    series_change_from        VARCHAR(64),
    series_change_assessment_passed BOOLEAN NOT NULL,
    continuing_education_completed BOOLEAN  NOT NULL,
    pledge_signed             BOOLEAN       NOT NULL,
    -- table 3 and the lists
    work_summary              TEXT          NOT NULL,
    study_history             TEXT          NOT NULL,
    work_history              TEXT          NOT NULL,
    achievements              TEXT          NOT NULL,
    continuing_education      TEXT          NOT NULL,
    annual_assessments        TEXT          NOT NULL,
    -- unit recommendation (A14, A15, table 12) and competent department (A16)
    ballot_method             VARCHAR(64),
    ballot_voter_scope        VARCHAR(128),
    ballot_attendees          INT,
    ballot_yes                INT,
    unit_publicity_start      DATE,
    unit_publicity_end        DATE,
    unit_opinion              VARCHAR(1000),
    competent_dept_opinion    VARCHAR(1000),
    qualification_result      TEXT,
    created_at                TIMESTAMP     NOT NULL,
    created_by                VARCHAR(64)   NOT NULL,
    updated_at                TIMESTAMP     NOT NULL,
    updated_by                VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_application PRIMARY KEY (id),
    CONSTRAINT fk_zc_application_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code),
    CONSTRAINT fk_zc_application_unit FOREIGN KEY (unit_credit_code) REFERENCES zc_organisation (credit_code),
    CONSTRAINT fk_zc_application_region FOREIGN KEY (region_code) REFERENCES zc_region (code)
) ${table_options};

CREATE INDEX ix_zc_application_person_year ON zc_application (id_number, review_year);
CREATE INDEX ix_zc_application_committee ON zc_application (committee_code, review_year, status);

-- X1: people caught committing fraud cannot apply for 3 years.
CREATE TABLE zc_integrity_record (
    id           VARCHAR(36)   NOT NULL,
    id_number    CHAR(18)      NOT NULL,
    name         VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500)  NOT NULL,
    recorded_on  DATE          NOT NULL,
    valid_until  DATE          NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_integrity_record PRIMARY KEY (id)
) ${table_options};

CREATE INDEX ix_zc_integrity_record_person ON zc_integrity_record (id_number);

-- A8 vacancies and DY7 directed posts per unit and year.
CREATE TABLE zc_unit_posts (
    unit_credit_code     CHAR(18)    NOT NULL,
    review_year          INT         NOT NULL,
    title_level          VARCHAR(24) NOT NULL,
    vacant_posts         INT         NOT NULL,
    intermediate_staff   INT         NOT NULL,
    directed_posts_used  INT         NOT NULL,
    updated_at           TIMESTAMP   NOT NULL,
    updated_by           VARCHAR(64) NOT NULL,
    CONSTRAINT pk_zc_unit_posts PRIMARY KEY (unit_credit_code, review_year, title_level),
    CONSTRAINT fk_zc_unit_posts_unit FOREIGN KEY (unit_credit_code) REFERENCES zc_organisation (credit_code)
) ${table_options};
