-- Issue 7: after the review meeting. Result publicity and revocation (R1–R3, X1), post-filing (PF1–PF3),
-- appointment (C3, DY10, DB8) and the cycle's archive (AR1, AR2).

-- The cycle after its meeting: the meeting, the deadlines it chose (pack), the result publicity.
CREATE TABLE zc_cycle_result (
    cycle_id                      VARCHAR(36)   NOT NULL,
    meeting_id                    VARCHAR(36)   NOT NULL,
    meeting_date                  DATE          NOT NULL,
    deadline_basis                VARCHAR(500)  NOT NULL,
    publicity_start_due_on        DATE          NOT NULL,
    result_publicity_id           VARCHAR(36),
    result_publicity_started_at   TIMESTAMP,
    results_published_at          TIMESTAMP,
    post_filing_due_on            DATE,
    qualification_document_number VARCHAR(64),
    certificates_issued           INT,
    created_at                    TIMESTAMP     NOT NULL,
    created_by                    VARCHAR(64)   NOT NULL,
    updated_at                    TIMESTAMP     NOT NULL,
    updated_by                    VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_cycle_result PRIMARY KEY (cycle_id)
) ${table_options};

-- R2, X1: a result revoked after an upheld complaint during the result publicity.
CREATE TABLE zc_result_revocation (
    application_id  VARCHAR(36)   NOT NULL,
    publicity_id    VARCHAR(36)   NOT NULL,
    complaint_id    VARCHAR(36)   NOT NULL,
    fraud           BOOLEAN       NOT NULL,
    reason          VARCHAR(1000) NOT NULL,
    integrity_record_id VARCHAR(36),
    revoked_at      TIMESTAMP     NOT NULL,
    revoked_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_result_revocation PRIMARY KEY (application_id)
) ${table_options};

-- PF1–PF3: the post-filing dossier, computed from the stored facts; one row per version.
CREATE TABLE zc_post_filing (
    id                  VARCHAR(36)   NOT NULL,
    cycle_id            VARCHAR(36)   NOT NULL,
    version             INT           NOT NULL,
    status              VARCHAR(24)   NOT NULL,
    meeting_id          VARCHAR(36)   NOT NULL,
    meeting_date        DATE          NOT NULL,
    meeting_opened_at   TIMESTAMP,
    committee_size      INT           NOT NULL,
    attending_count     INT           NOT NULL,
    applicant_count     INT           NOT NULL,
    passed_count        INT           NOT NULL,
    revoked_count       INT           NOT NULL,
    pass_rate           VARCHAR(16)   NOT NULL,
    group_figures       TEXT          NOT NULL,
    publicity_summary   TEXT          NOT NULL,
    complaint_count     INT           NOT NULL,
    supervision         TEXT          NOT NULL,
    work_summary        TEXT          NOT NULL,
    route               VARCHAR(500)  NOT NULL,
    step                INT           NOT NULL,
    due_on              DATE          NOT NULL,
    submitted_at        TIMESTAMP     NOT NULL,
    submitted_by        VARCHAR(64)   NOT NULL,
    check_opinion       VARCHAR(1000),
    checked_at          TIMESTAMP,
    checked_by          VARCHAR(64),
    decision_opinion    VARCHAR(1000),
    decided_at          TIMESTAMP,
    decided_by          VARCHAR(64),
    approved_on         DATE,
    CONSTRAINT pk_zc_post_filing PRIMARY KEY (id),
    CONSTRAINT uk_zc_post_filing_version UNIQUE (cycle_id, version)
) ${table_options};

-- C3, DY10, DB8: the unit's appointment and start of pay after the certificate.
CREATE TABLE zc_appointment (
    application_id                VARCHAR(36)   NOT NULL,
    certificate_number            VARCHAR(64),
    qualification_document_number VARCHAR(64),
    qualification_document_date   DATE          NOT NULL,
    due_on                        DATE          NOT NULL,
    deadline_rule                 VARCHAR(16)   NOT NULL,
    appointed_post                VARCHAR(200),
    appointed_on                  DATE,
    pay_starts_on                 DATE,
    note                          VARCHAR(1000),
    recorded_at                   TIMESTAMP,
    recorded_by                   VARCHAR(64),
    created_at                    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_zc_appointment PRIMARY KEY (application_id)
) ${table_options};

-- AR1, AR2: the cycle's archive, its items and the 评审工作情况表.
CREATE TABLE zc_archive (
    id                  VARCHAR(36)   NOT NULL,
    cycle_id            VARCHAR(36)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    work_report         ${blob_type}  NOT NULL,
    assembled_at        TIMESTAMP     NOT NULL,
    assembled_by        VARCHAR(64)   NOT NULL,
    acknowledged_at     TIMESTAMP,
    acknowledged_by     VARCHAR(64),
    acknowledgement     VARCHAR(1000),
    CONSTRAINT pk_zc_archive PRIMARY KEY (id),
    CONSTRAINT uk_zc_archive_cycle UNIQUE (cycle_id)
) ${table_options};

CREATE TABLE zc_archive_item (
    archive_id    VARCHAR(36)   NOT NULL,
    item_no       INT           NOT NULL,
    kind          VARCHAR(32)   NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    reference_id  VARCHAR(64),
    summary       TEXT          NOT NULL,
    CONSTRAINT pk_zc_archive_item PRIMARY KEY (archive_id, item_no)
) ${table_options};
