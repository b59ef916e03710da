-- Spreadsheet imports processed in the background (needs now, supply items next): one job per uploaded file with its
-- progress and counts, and the reasons of the rows it refused (a bundle key and its arguments, rendered when read).

CREATE TABLE import_job (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    kind           VARCHAR(24)   NOT NULL,
    owner_id       BIGINT        NULL,
    owner_name     VARCHAR(64)   NOT NULL,
    region_path    VARCHAR(255)  NULL,
    file_name      VARCHAR(200)  NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    total_rows     INT           NOT NULL,
    processed_rows INT           NOT NULL DEFAULT 0,
    imported_rows  INT           NOT NULL DEFAULT 0,
    duplicate_rows INT           NOT NULL DEFAULT 0,
    invalid_rows   INT           NOT NULL DEFAULT 0,
    failure_key    VARCHAR(100)  NULL,
    failure_detail VARCHAR(1000) NULL,
    created_at     DATETIME(6)   NOT NULL,
    started_at     DATETIME(6)   NULL,
    finished_at    DATETIME(6)   NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_import_job_owner (owner_id, created_at),
    KEY ix_import_job_status (status, updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE import_row_error (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    job_id       BIGINT        NOT NULL,
    -- row_no, not row_number: ROW_NUMBER is a reserved word in MySQL 8
    row_no       INT           NOT NULL,
    column_name  VARCHAR(64)   NULL,
    message_key  VARCHAR(100)  NOT NULL,
    message_args VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_import_row_error_job FOREIGN KEY (job_id) REFERENCES import_job (id),
    KEY ix_import_row_error_job (job_id, row_no)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
