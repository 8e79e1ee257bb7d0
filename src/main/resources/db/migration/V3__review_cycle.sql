-- The review cycle (stages 1, 3 list side, 4): one per committee and review year, with its notice
-- (评审通知, N1, N2), application window, qualified list and pre-meeting filing (会前备案, F1).
-- Publicity (公示, Q2, R1) with its list and complaints (R2) is reusable by other stages.

CREATE TABLE zc_review_cycle (
    id                  VARCHAR(36)   NOT NULL,
    committee_code      VARCHAR(32)   NOT NULL,
    review_year         INT           NOT NULL,
    -- committee and year while the cycle is not cancelled: at most one live cycle per committee and year
    active_key          VARCHAR(48),
    status              VARCHAR(32)   NOT NULL,
    business_key        VARCHAR(64)   NOT NULL,
    process_instance_id VARCHAR(64),
    -- the notice (N2)
    basis               TEXT,
    review_scope        TEXT,
    specialties         TEXT,
    review_date         DATE,
    publicity_method    TEXT,
    materials           TEXT,
    contact_address     VARCHAR(200),
    contact_phone       VARCHAR(32),
    window_closes_on    DATE,
    published_on        DATE,
    approval_opinion    VARCHAR(1000),
    approved_by         VARCHAR(64),
    -- the qualified list (Q2) and its pre-meeting publicity
    qualified_count     INT,
    publicity_id        VARCHAR(36),
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_review_cycle PRIMARY KEY (id),
    CONSTRAINT uk_zc_review_cycle_active UNIQUE (active_key),
    CONSTRAINT fk_zc_review_cycle_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code)
) ${table_options};

CREATE INDEX ix_zc_review_cycle_committee ON zc_review_cycle (committee_code, review_year);

-- A publicity period (公示): pre-meeting (Q2) or result (R1). Entries are a snapshot of the list as
-- published, masked (names 杨**, ID numbers 5329**********1234) so the public pages never read zc_application.
CREATE TABLE zc_publicity (
    id                  VARCHAR(36)   NOT NULL,
    subject             VARCHAR(16)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    cycle_id            VARCHAR(36),
    committee_code      VARCHAR(32)   NOT NULL,
    review_year         INT           NOT NULL,
    owner_group_id      VARCHAR(64)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    working_days        INT           NOT NULL,
    starts_at           TIMESTAMP,
    ends_at             TIMESTAMP,
    closed_at           TIMESTAMP,
    process_instance_id VARCHAR(64),
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_publicity PRIMARY KEY (id),
    CONSTRAINT fk_zc_publicity_committee FOREIGN KEY (committee_code) REFERENCES zc_committee (code)
) ${table_options};

CREATE TABLE zc_publicity_entry (
    publicity_id        VARCHAR(36)   NOT NULL,
    application_id      VARCHAR(36)   NOT NULL,
    entry_number        INT           NOT NULL,
    masked_name         VARCHAR(64)   NOT NULL,
    masked_id_number    VARCHAR(18)   NOT NULL,
    unit_name           VARCHAR(128)  NOT NULL,
    series              VARCHAR(64)   NOT NULL,
    specialty           VARCHAR(64)   NOT NULL,
    title_level         VARCHAR(24)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    removed_reason      VARCHAR(1000),
    removed_at          TIMESTAMP,
    CONSTRAINT pk_zc_publicity_entry PRIMARY KEY (publicity_id, application_id),
    CONSTRAINT uk_zc_publicity_entry_position UNIQUE (publicity_id, entry_number),
    CONSTRAINT fk_zc_publicity_entry_publicity FOREIGN KEY (publicity_id) REFERENCES zc_publicity (id),
    CONSTRAINT fk_zc_publicity_entry_application FOREIGN KEY (application_id) REFERENCES zc_application (id)
) ${table_options};

-- Complaints received during a publicity (Q2, R2). client_key is a SHA-256 of the sender's network
-- address, kept only to bound submissions per address and hour on every node (no address is stored).
CREATE TABLE zc_complaint (
    id                  VARCHAR(36)   NOT NULL,
    publicity_id        VARCHAR(36)   NOT NULL,
    application_id      VARCHAR(36),
    complainant_name    VARCHAR(64)   NOT NULL,
    complainant_phone   VARCHAR(32)   NOT NULL,
    content             TEXT          NOT NULL,
    client_key          CHAR(64)      NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    outcome_reason      VARCHAR(1000),
    received_at         TIMESTAMP     NOT NULL,
    decided_at          TIMESTAMP,
    decided_by          VARCHAR(64),
    CONSTRAINT pk_zc_complaint PRIMARY KEY (id),
    CONSTRAINT fk_zc_complaint_publicity FOREIGN KEY (publicity_id) REFERENCES zc_publicity (id)
) ${table_options};

CREATE INDEX ix_zc_complaint_client ON zc_complaint (publicity_id, client_key, received_at);
CREATE INDEX ix_zc_complaint_received ON zc_complaint (publicity_id, received_at);

-- The pre-meeting filing dossier (会前备案, F1), one version per submission to the filing authority.
CREATE TABLE zc_filing (
    id                      VARCHAR(36)   NOT NULL,
    cycle_id                VARCHAR(36)   NOT NULL,
    version                 INT           NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    meeting_date            DATE          NOT NULL,
    applications_submitted  INT           NOT NULL,
    applications_withdrawn  INT           NOT NULL,
    not_recommended         INT           NOT NULL,
    not_qualified           INT           NOT NULL,
    qualified               INT           NOT NULL,
    removed_by_complaint    INT           NOT NULL,
    publicity_summary       TEXT          NOT NULL,
    work_plan               TEXT          NOT NULL,
    submitted_at            TIMESTAMP     NOT NULL,
    submitted_by            VARCHAR(64)   NOT NULL,
    decision_opinion        VARCHAR(1000),
    decided_at              TIMESTAMP,
    decided_by              VARCHAR(64),
    approved_on             DATE,
    -- F1: the meeting date the authority approved, when it had to move afterwards
    approved_meeting_date   DATE,
    CONSTRAINT pk_zc_filing PRIMARY KEY (id),
    CONSTRAINT uk_zc_filing_version UNIQUE (cycle_id, version),
    CONSTRAINT fk_zc_filing_cycle FOREIGN KEY (cycle_id) REFERENCES zc_review_cycle (id)
) ${table_options};
