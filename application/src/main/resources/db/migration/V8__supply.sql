-- Supply items (供给) of the partners, with the regions they serve (paths copied, so that "serves this community, its
-- street or its district" is a prefix question) and their field-level history.

CREATE TABLE supply_item (
    id                   BIGINT        NOT NULL AUTO_INCREMENT,
    version              BIGINT        NOT NULL DEFAULT 0,
    partner_id           BIGINT        NOT NULL,
    category_code        VARCHAR(40)   NOT NULL,
    title                VARCHAR(100)  NOT NULL,
    description          VARCHAR(4000) NOT NULL,
    capacity             INT           NOT NULL,
    capacity_in_use      INT           NOT NULL DEFAULT 0,
    funding_mode         VARCHAR(16)   NOT NULL,
    price_note           VARCHAR(200)  NULL,
    target_groups        VARCHAR(300)  NOT NULL,
    -- the partner's standing (active = listed), kept in step by the application when the partner is suspended or back
    partner_listed       BOOLEAN       NOT NULL DEFAULT TRUE,
    contact_name         VARCHAR(50)   NULL,
    -- personal data: AES-GCM sealed by the application; lists and the public see only the masked copy
    contact_phone_sealed VARCHAR(255)  NULL,
    contact_phone_masked VARCHAR(32)   NULL,
    status               VARCHAR(16)   NOT NULL,
    status_reason        VARCHAR(1000) NULL,
    created_by           VARCHAR(64)   NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    updated_at           DATETIME(6)   NOT NULL,
    published_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_supply_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_supply_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT ck_supply_capacity CHECK (capacity BETWEEN 1 AND 999 AND capacity_in_use BETWEEN 0 AND capacity),
    KEY ix_supply_public (status, partner_listed, created_at),
    KEY ix_supply_category_status (category_code, status),
    KEY ix_supply_partner_status (partner_id, status),
    KEY ix_supply_funding_status (funding_mode, status),
    KEY ix_supply_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supply_service_area (
    supply_id   BIGINT       NOT NULL,
    position    INT          NOT NULL,
    region_code VARCHAR(40)  NOT NULL,
    region_path VARCHAR(255) NOT NULL,
    PRIMARY KEY (supply_id, position),
    CONSTRAINT fk_supply_service_area_supply FOREIGN KEY (supply_id) REFERENCES supply_item (id),
    CONSTRAINT fk_supply_service_area_region FOREIGN KEY (region_code) REFERENCES region (code),
    KEY ix_supply_service_area_path (region_path)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supply_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    supply_id     BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    action        VARCHAR(24)   NOT NULL,
    actor_name    VARCHAR(64)   NULL,
    actor_display VARCHAR(50)   NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_supply_event_supply FOREIGN KEY (supply_id) REFERENCES supply_item (id),
    KEY ix_supply_event_supply (supply_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supply_event_change (
    event_id  BIGINT      NOT NULL,
    position  INT         NOT NULL,
    field     VARCHAR(40) NOT NULL,
    old_value TEXT        NULL,
    new_value TEXT        NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_supply_event_change_event FOREIGN KEY (event_id) REFERENCES supply_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
