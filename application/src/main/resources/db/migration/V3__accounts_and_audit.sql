-- Accounts, their password history and API tokens; the audit log.

CREATE TABLE user_account (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    version              BIGINT       NOT NULL DEFAULT 0,
    username             VARCHAR(32)  NOT NULL,
    display_name         VARCHAR(50)  NOT NULL,
    role                 VARCHAR(32)  NOT NULL,
    region_code          VARCHAR(40)  NULL,
    region_path          VARCHAR(255) NULL,
    partner_id           BIGINT       NULL,
    -- personal data: AES-256-GCM ciphertext, and a masked copy for lists
    phone_sealed         VARCHAR(255) NULL,
    phone_masked         VARCHAR(32)  NULL,
    password_hash        VARCHAR(255) NOT NULL,
    password_changed_at  DATETIME(6)  NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         DATETIME(6)  NULL,
    enabled              BOOLEAN      NOT NULL,
    session_epoch        INT          NOT NULL DEFAULT 0,
    last_login_at        DATETIME(6)  NULL,
    created_at           DATETIME(6)  NOT NULL,
    updated_at           DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_username UNIQUE (username),
    CONSTRAINT fk_user_account_region FOREIGN KEY (region_code) REFERENCES region (code),
    KEY ix_user_account_role (role),
    KEY ix_user_account_region (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE password_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    user_id       BIGINT       NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_password_history_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    KEY ix_password_history_user (user_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE api_token (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    version       BIGINT      NOT NULL DEFAULT 0,
    user_id       BIGINT      NOT NULL,
    username      VARCHAR(32) NOT NULL,
    -- SHA-256 of the token; the token itself is never stored
    token_hash    CHAR(64)    NOT NULL,
    token_prefix  VARCHAR(12) NOT NULL,
    session_epoch INT         NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    expires_at    DATETIME(6) NOT NULL,
    revoked_at    DATETIME(6) NULL,
    revoked_by    VARCHAR(32) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_api_token_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    KEY ix_api_token_user (user_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Append-only: the application inserts and reads, never updates or deletes (see docs/SECURITY.md for the grants
-- that make the database enforce it too). Kept at least 180 days; nothing here removes old lines.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    actor_user_id  BIGINT       NULL,
    actor_name     VARCHAR(64)  NULL,
    actor_role     VARCHAR(32)  NULL,
    client_address VARCHAR(64)  NULL,
    action         VARCHAR(40)  NOT NULL,
    object_type    VARCHAR(40)  NULL,
    object_id      VARCHAR(100) NULL,
    outcome        VARCHAR(16)  NOT NULL,
    detail         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_audit_time (occurred_at),
    KEY ix_audit_actor (actor_name, occurred_at),
    KEY ix_audit_action (action, occurred_at),
    KEY ix_audit_object (object_type, object_id),
    KEY ix_audit_login_address (action, outcome, client_address, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
