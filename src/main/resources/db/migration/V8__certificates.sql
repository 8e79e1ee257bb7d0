-- Stage 9: the qualification document (任职资格文件, C1) of a cycle and the certificates of those who
-- passed (C2, C4, X1). Issued exactly once: one document per cycle, one certificate per application, unique
-- numbers; a concurrent second issue fails on these constraints and its retry finds the first one's rows.

-- Counters for numbers that must not repeat (文号 per issuer and year, certificate numbers per year and
-- region). A row is locked by the UPDATE that takes the next value until its transaction ends.
CREATE TABLE zc_number_sequence (
    scope       VARCHAR(64)  NOT NULL,
    last_value  INT          NOT NULL,
    updated_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_zc_number_sequence PRIMARY KEY (scope)
) ${table_options};

CREATE TABLE zc_qualification_document (
    id                  VARCHAR(36)   NOT NULL,
    cycle_id            VARCHAR(36)   NOT NULL,
    committee_code      VARCHAR(32)   NOT NULL,
    review_year         INT           NOT NULL,
    -- the HR bureau that issues it (credit code) and its 文号
    issuer_code         CHAR(18)      NOT NULL,
    document_year       INT           NOT NULL,
    document_sequence   INT           NOT NULL,
    document_number     VARCHAR(64)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    document_date       DATE          NOT NULL,
    -- C2: the committee office checked names and specialties of the list
    names_checked_at    TIMESTAMP,
    names_checked_by    VARCHAR(64),
    names_check_note    VARCHAR(1000),
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_qualification_document PRIMARY KEY (id),
    CONSTRAINT uk_zc_qualification_document_cycle UNIQUE (cycle_id),
    CONSTRAINT uk_zc_qualification_document_number UNIQUE (document_number),
    CONSTRAINT uk_zc_qualification_document_sequence UNIQUE (issuer_code, document_year, document_sequence),
    CONSTRAINT fk_zc_qualification_document_cycle FOREIGN KEY (cycle_id) REFERENCES zc_review_cycle (id),
    CONSTRAINT fk_zc_qualification_document_issuer FOREIGN KEY (issuer_code) REFERENCES zc_organisation (credit_code)
) ${table_options};

-- One certificate per passed application. What it certifies is copied at issue, so that the certificate
-- and its public verification stay as issued whatever later happens to the application.
CREATE TABLE zc_certificate (
    id                  VARCHAR(36)   NOT NULL,
    certificate_number  VARCHAR(24)   NOT NULL,
    application_id      VARCHAR(36)   NOT NULL,
    document_id         VARCHAR(36)   NOT NULL,
    cycle_id            VARCHAR(36)   NOT NULL,
    holder_name         VARCHAR(64)   NOT NULL,
    unit_credit_code    CHAR(18)      NOT NULL,
    unit_name           VARCHAR(128)  NOT NULL,
    series              VARCHAR(64)   NOT NULL,
    specialty           VARCHAR(64)   NOT NULL,
    title_level         VARCHAR(24)   NOT NULL,
    committee_name      VARCHAR(128)  NOT NULL,
    track               VARCHAR(16)   NOT NULL,
    -- C4, DY3, DG6, DB2: a directed certificate is valid only here (NULL: the ordinary title)
    valid_region        VARCHAR(200),
    issued_on           DATE          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    -- X1: revoked by whom, when and why
    revoked_at          TIMESTAMP,
    revoked_by          VARCHAR(64),
    revocation_reason   VARCHAR(1000),
    created_at          TIMESTAMP     NOT NULL,
    created_by          VARCHAR(64)   NOT NULL,
    updated_at          TIMESTAMP     NOT NULL,
    updated_by          VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_certificate PRIMARY KEY (id),
    CONSTRAINT uk_zc_certificate_application UNIQUE (application_id),
    CONSTRAINT uk_zc_certificate_number UNIQUE (certificate_number),
    CONSTRAINT fk_zc_certificate_application FOREIGN KEY (application_id) REFERENCES zc_application (id),
    CONSTRAINT fk_zc_certificate_document FOREIGN KEY (document_id) REFERENCES zc_qualification_document (id)
) ${table_options};

CREATE INDEX ix_zc_certificate_cycle ON zc_certificate (cycle_id);
