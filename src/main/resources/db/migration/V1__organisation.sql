-- Organisation tree, committees, people and expert pools (architecture.md "Departments and inboxes").
-- ${table_options} is utf8mb4 on MySQL (application-mysql.yaml) and empty on H2.

CREATE TABLE zc_region (
    code         CHAR(6)      NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    region_level VARCHAR(16)  NOT NULL,
    parent_code  CHAR(6),
    created_at   TIMESTAMP    NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP    NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_region PRIMARY KEY (code),
    CONSTRAINT fk_zc_region_parent FOREIGN KEY (parent_code) REFERENCES zc_region (code)
) ${table_options};

CREATE TABLE zc_organisation (
    credit_code        CHAR(18)     NOT NULL,
    name               VARCHAR(128) NOT NULL,
    kind               VARCHAR(32)  NOT NULL,
    region_code        CHAR(6)      NOT NULL,
    parent_credit_code CHAR(18),
    unit_level         VARCHAR(16),
    group_id           VARCHAR(64)  NOT NULL,
    created_at         TIMESTAMP    NOT NULL,
    created_by         VARCHAR(64)  NOT NULL,
    updated_at         TIMESTAMP    NOT NULL,
    updated_by         VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_organisation PRIMARY KEY (credit_code),
    CONSTRAINT uk_zc_organisation_group UNIQUE (group_id),
    CONSTRAINT fk_zc_organisation_region FOREIGN KEY (region_code) REFERENCES zc_region (code),
    CONSTRAINT fk_zc_organisation_parent FOREIGN KEY (parent_credit_code) REFERENCES zc_organisation (credit_code)
) ${table_options};

CREATE TABLE zc_committee (
    code                      VARCHAR(32)  NOT NULL,
    name                      VARCHAR(128) NOT NULL,
    series                    VARCHAR(64)  NOT NULL,
    title_level               VARCHAR(32)  NOT NULL,
    organised_by              VARCHAR(16)  NOT NULL,
    region_code               CHAR(6)      NOT NULL,
    office_credit_code        CHAR(18)     NOT NULL,
    filing_authority_code     CHAR(18),
    supervision_credit_code   CHAR(18),
    member_count              INT          NOT NULL,
    created_at                TIMESTAMP    NOT NULL,
    created_by                VARCHAR(64)  NOT NULL,
    updated_at                TIMESTAMP    NOT NULL,
    updated_by                VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_committee PRIMARY KEY (code),
    CONSTRAINT fk_zc_committee_region FOREIGN KEY (region_code) REFERENCES zc_region (code),
    CONSTRAINT fk_zc_committee_office FOREIGN KEY (office_credit_code) REFERENCES zc_organisation (credit_code),
    CONSTRAINT fk_zc_committee_filing FOREIGN KEY (filing_authority_code) REFERENCES zc_organisation (credit_code),
    CONSTRAINT fk_zc_committee_supervision FOREIGN KEY (supervision_credit_code) REFERENCES zc_organisation (credit_code)
) ${table_options};

CREATE TABLE zc_person (
    user_id     VARCHAR(64)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    phone       VARCHAR(32),
    email       VARCHAR(128),
    created_at  TIMESTAMP    NOT NULL,
    created_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_person PRIMARY KEY (user_id)
) ${table_options};

-- Which department's inbox a person works in (one Camunda membership each).
CREATE TABLE zc_membership (
    user_id      VARCHAR(64) NOT NULL,
    credit_code  CHAR(18)    NOT NULL,
    created_at   TIMESTAMP   NOT NULL,
    created_by   VARCHAR(64) NOT NULL,
    CONSTRAINT pk_zc_membership PRIMARY KEY (user_id, credit_code),
    CONSTRAINT fk_zc_membership_person FOREIGN KEY (user_id) REFERENCES zc_person (user_id),
    CONSTRAINT fk_zc_membership_org FOREIGN KEY (credit_code) REFERENCES zc_organisation (credit_code)
) ${table_options};

-- Reviewing experts (E1-E8): employer unit, series and specialty; pools per committee.
CREATE TABLE zc_expert (
    user_id             VARCHAR(64)  NOT NULL,
    employer_code       CHAR(18)     NOT NULL,
    series              VARCHAR(64)  NOT NULL,
    specialty           VARCHAR(64)  NOT NULL,
    title_level         VARCHAR(32)  NOT NULL,
    active              BOOLEAN      NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    updated_by          VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_zc_expert PRIMARY KEY (user_id),
    CONSTRAINT fk_zc_expert_person FOREIGN KEY (user_id) REFERENCES zc_person (user_id),
    CONSTRAINT fk_zc_expert_employer FOREIGN KEY (employer_code) REFERENCES zc_organisation (credit_code)
) ${table_options};

CREATE TABLE zc_committee_expert (
    committee_code VARCHAR(32) NOT NULL,
    user_id        VARCHAR(64) NOT NULL,
    created_at     TIMESTAMP   NOT NULL,
    created_by     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_zc_committee_expert PRIMARY KEY (committee_code, user_id),
    CONSTRAINT fk_zc_committee_expert_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code),
    CONSTRAINT fk_zc_committee_expert_expert FOREIGN KEY (user_id) REFERENCES zc_expert (user_id)
) ${table_options};
