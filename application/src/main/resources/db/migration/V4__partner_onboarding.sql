-- Partner onboarding: applications (with their regions, categories, history and documents), the file store, the
-- partners of the resource library, the in-app inboxes, and yearly number sequences.

CREATE TABLE stored_file (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    file_key      CHAR(36)     NOT NULL,
    content       LONGBLOB     NOT NULL,
    document_type VARCHAR(8)   NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    original_name VARCHAR(120) NOT NULL,
    sha256        CHAR(64)     NOT NULL,
    claimed       BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_stored_file_key UNIQUE (file_key),
    KEY ix_stored_file_unclaimed (claimed, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL DEFAULT 0,
    name                 VARCHAR(100)  NOT NULL,
    partner_type         VARCHAR(40)   NOT NULL,
    credit_code          CHAR(18)      NOT NULL,
    legal_representative VARCHAR(50)   NOT NULL,
    contact_name         VARCHAR(50)   NOT NULL,
    contact_phone_sealed VARCHAR(255)  NOT NULL,
    contact_phone_masked VARCHAR(32)   NOT NULL,
    home_region_code     VARCHAR(40)   NOT NULL,
    introduction         VARCHAR(2000) NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    application_number   VARCHAR(20)   NOT NULL,
    admitted_at          DATETIME(6)   NOT NULL,
    status_reason        VARCHAR(1000) NULL,
    updated_at           DATETIME(6)   NOT NULL,
    -- one current (active or suspended) partner per credit code; withdrawn and removed ones may apply again. Kept by
    -- the entity (a generated column would be simpler, but MariaDB and MySQL disagree on which expressions they allow)
    current_credit_code  CHAR(18)      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_current_credit_code UNIQUE (current_credit_code),
    CONSTRAINT fk_partner_home_region FOREIGN KEY (home_region_code) REFERENCES region (code),
    KEY ix_partner_status_type (status, partner_type),
    KEY ix_partner_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_service_area (
    partner_id  BIGINT       NOT NULL,
    position    INT          NOT NULL,
    region_code VARCHAR(40)  NOT NULL,
    region_path VARCHAR(255) NOT NULL,
    PRIMARY KEY (partner_id, position),
    CONSTRAINT fk_partner_service_area_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_partner_service_area_region FOREIGN KEY (region_code) REFERENCES region (code),
    KEY ix_partner_service_area_path (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_category (
    partner_id    BIGINT      NOT NULL,
    position      INT         NOT NULL,
    category_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (partner_id, position),
    CONSTRAINT fk_partner_category_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_partner_category_category FOREIGN KEY (category_code) REFERENCES category (code),
    KEY ix_partner_category_code (category_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_event (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    partner_id  BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    action      VARCHAR(24)   NOT NULL,
    actor_name  VARCHAR(64)   NULL,
    detail      VARCHAR(4000) NULL,
    reason      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_partner_event_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    KEY ix_partner_event_partner (partner_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_application (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL DEFAULT 0,
    application_number   VARCHAR(20)   NOT NULL,
    kind                 VARCHAR(8)    NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    name                 VARCHAR(100)  NOT NULL,
    partner_type         VARCHAR(40)   NOT NULL,
    credit_code          CHAR(18)      NOT NULL,
    legal_representative VARCHAR(50)   NOT NULL,
    contact_name         VARCHAR(50)   NOT NULL,
    contact_phone_sealed VARCHAR(255)  NOT NULL,
    contact_phone_masked VARCHAR(32)   NOT NULL,
    home_region_code     VARCHAR(40)   NOT NULL,
    introduction         VARCHAR(2000) NOT NULL,
    consent_version      VARCHAR(20)   NOT NULL,
    consent_at           DATETIME(6)   NOT NULL,
    status_token_hash    CHAR(64)      NOT NULL,
    partner_id           BIGINT        NULL,
    account_username     VARCHAR(32)   NULL,
    account_password_set BOOLEAN       NOT NULL DEFAULT FALSE,
    submitted_at         DATETIME(6)   NOT NULL,
    decided_at           DATETIME(6)   NULL,
    decided_by           VARCHAR(64)   NULL,
    decision_reason      VARCHAR(1000) NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    -- at most one open (submitted or returned) application per credit code, even when two arrive at once; kept by the
    -- entity, like partner.current_credit_code
    open_credit_code     CHAR(18)      NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_application_number UNIQUE (application_number),
    CONSTRAINT uk_application_open_credit_code UNIQUE (open_credit_code),
    CONSTRAINT fk_application_home_region FOREIGN KEY (home_region_code) REFERENCES region (code),
    CONSTRAINT fk_application_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    KEY ix_application_queue (status, submitted_at),
    KEY ix_application_type (partner_type, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_service_region (
    application_id BIGINT      NOT NULL,
    position       INT         NOT NULL,
    region_code    VARCHAR(40) NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT fk_application_service_region_application FOREIGN KEY (application_id) REFERENCES partner_application (id),
    CONSTRAINT fk_application_service_region_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_category (
    application_id BIGINT      NOT NULL,
    position       INT         NOT NULL,
    category_code  VARCHAR(40) NOT NULL,
    PRIMARY KEY (application_id, position),
    CONSTRAINT fk_application_category_application FOREIGN KEY (application_id) REFERENCES partner_application (id),
    CONSTRAINT fk_application_category_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    application_id BIGINT        NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    kind           VARCHAR(24)   NOT NULL,
    actor_name     VARCHAR(64)   NULL,
    from_status    VARCHAR(16)   NULL,
    to_status      VARCHAR(16)   NULL,
    reason         VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_application_event_application FOREIGN KEY (application_id) REFERENCES partner_application (id),
    KEY ix_application_event_application (application_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_document (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    file_key       CHAR(36)     NOT NULL,
    original_name  VARCHAR(120) NOT NULL,
    content_type   VARCHAR(40)  NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    uploaded_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_application_document_application FOREIGN KEY (application_id) REFERENCES partner_application (id),
    CONSTRAINT fk_application_document_file FOREIGN KEY (file_key) REFERENCES stored_file (file_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id BIGINT        NOT NULL,
    message_key  VARCHAR(80)   NOT NULL,
    message_args VARCHAR(1000) NULL,
    link         VARCHAR(255)  NULL,
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id),
    KEY ix_notification_inbox (recipient_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE sequence_counter (
    name       VARCHAR(40) NOT NULL,
    year       INT         NOT NULL,
    next_value BIGINT      NOT NULL,
    PRIMARY KEY (name, year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE user_account
    ADD CONSTRAINT fk_user_account_partner FOREIGN KEY (partner_id) REFERENCES partner (id);
