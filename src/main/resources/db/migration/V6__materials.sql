-- Evidence attachments of applications (issue 12, A18, A21): stored in the database so that every node
-- reaches them. ${blob_type} is BLOB on H2 and LONGBLOB on MySQL (spring.flyway.placeholders).
-- Deleting an attachment only marks it (deleted_at/deleted_by): evidence stays for fraud checks (X1).

CREATE TABLE zc_attachment (
    id              VARCHAR(36)   NOT NULL,
    application_id  VARCHAR(36)   NOT NULL,
    kind            VARCHAR(32)   NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    content_type    VARCHAR(64)   NOT NULL,
    size_bytes      BIGINT        NOT NULL,
    sha256          CHAR(64)      NOT NULL,
    content         ${blob_type}  NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    deleted_at      TIMESTAMP     NULL,
    deleted_by      VARCHAR(64),
    CONSTRAINT pk_zc_attachment PRIMARY KEY (id),
    CONSTRAINT fk_zc_attachment_application FOREIGN KEY (application_id) REFERENCES zc_application (id)
) ${table_options};

CREATE INDEX ix_zc_attachment_application ON zc_attachment (application_id, deleted_at);

-- Spreadsheet imports that went through (all rows or none): who imported which file when.
CREATE TABLE zc_import (
    id           VARCHAR(36)   NOT NULL,
    kind         VARCHAR(32)   NOT NULL,
    file_name    VARCHAR(255)  NOT NULL,
    sha256       CHAR(64)      NOT NULL,
    row_count    INT           NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT pk_zc_import PRIMARY KEY (id)
) ${table_options};
