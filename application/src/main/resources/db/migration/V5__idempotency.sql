-- The first answers to POSTs that carried an Idempotency-Key (the body sealed), so that retries repeat them.
CREATE TABLE idempotency_record (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    scope        VARCHAR(100) NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    status       INT          NULL,
    content_type VARCHAR(100) NULL,
    location     VARCHAR(500) NULL,
    body_sealed  MEDIUMTEXT   NULL,
    created_at   DATETIME(6)  NOT NULL,
    completed_at DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_idempotency_key UNIQUE (scope, idem_key),
    KEY ix_idempotency_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
