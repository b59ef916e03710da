-- Needs (需求清单) with their field-level history, community visits (串门走访), the streets' governance pain points
-- (治理痛点) and the communities' yearly funds (社区保障资金).

CREATE TABLE visit (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    community_code         VARCHAR(40)   NOT NULL,
    region_path            VARCHAR(255)  NOT NULL,
    visit_date             DATE          NOT NULL,
    format                 VARCHAR(24)   NOT NULL,
    participant_count      INT           NOT NULL,
    participants           VARCHAR(1000) NOT NULL,
    summary                VARCHAR(4000) NOT NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    recorded_by_name       VARCHAR(50)   NULL,
    recorded_by_partner_id BIGINT        NULL,
    created_at             DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_visit_community FOREIGN KEY (community_code) REFERENCES region (code),
    KEY ix_visit_path_date (region_path, visit_date),
    KEY ix_visit_partner (recorded_by_partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need (
    id                     BIGINT        NOT NULL AUTO_INCREMENT,
    version                BIGINT        NOT NULL DEFAULT 0,
    community_code         VARCHAR(40)   NOT NULL,
    region_path            VARCHAR(255)  NOT NULL,
    category_code          VARCHAR(40)   NOT NULL,
    title                  VARCHAR(100)  NOT NULL,
    description            VARCHAR(4000) NOT NULL,
    beneficiaries          INT           NOT NULL,
    target_groups          VARCHAR(300)  NOT NULL,
    urgency                VARCHAR(16)   NOT NULL,
    funding_mode           VARCHAR(16)   NOT NULL,
    budget_fen             BIGINT        NOT NULL,
    fund_year              INT           NOT NULL,
    status                 VARCHAR(16)   NOT NULL,
    status_reason          VARCHAR(1000) NULL,
    -- not "merged_into_id": MySQL Connector/J takes a SELECT naming a column with the word "into" for SELECT … INTO
    -- and refuses to read its result set
    merge_target_id        BIGINT        NULL,
    source_channel         VARCHAR(24)   NOT NULL,
    visit_id               BIGINT        NULL,
    recorded_by            VARCHAR(64)   NOT NULL,
    recorded_by_name       VARCHAR(50)   NULL,
    recorded_by_partner_id BIGINT        NULL,
    -- a spreadsheet row's key: importing the same row again finds it and adds nothing
    import_key             CHAR(64)      NULL,
    created_at             DATETIME(6)   NOT NULL,
    updated_at             DATETIME(6)   NOT NULL,
    published_at           DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_need_import_key UNIQUE (import_key),
    CONSTRAINT fk_need_community FOREIGN KEY (community_code) REFERENCES region (code),
    CONSTRAINT fk_need_category FOREIGN KEY (category_code) REFERENCES category (code),
    CONSTRAINT fk_need_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_need_merge_target FOREIGN KEY (merge_target_id) REFERENCES need (id),
    KEY ix_need_path_created (region_path, created_at),
    KEY ix_need_status_created (status, created_at),
    KEY ix_need_category_status (category_code, status),
    KEY ix_need_updated (updated_at),
    KEY ix_need_fund (community_code, fund_year),
    KEY ix_need_partner (recorded_by_partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    need_id       BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    action        VARCHAR(24)   NOT NULL,
    actor_name    VARCHAR(64)   NULL,
    actor_display VARCHAR(50)   NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_need_event_need FOREIGN KEY (need_id) REFERENCES need (id),
    KEY ix_need_event_need (need_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE need_event_change (
    event_id  BIGINT      NOT NULL,
    position  INT         NOT NULL,
    field     VARCHAR(40) NOT NULL,
    old_value TEXT        NULL,
    new_value TEXT        NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_need_event_change_event FOREIGN KEY (event_id) REFERENCES need_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pain_point (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    version        BIGINT        NOT NULL DEFAULT 0,
    street_code    VARCHAR(40)   NOT NULL,
    region_path    VARCHAR(255)  NOT NULL,
    category_code  VARCHAR(40)   NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    description    VARCHAR(4000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    status_reason  VARCHAR(1000) NULL,
    recorded_by    VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pain_point_street FOREIGN KEY (street_code) REFERENCES region (code),
    CONSTRAINT fk_pain_point_category FOREIGN KEY (category_code) REFERENCES category (code),
    KEY ix_pain_point_path (region_path, created_at),
    KEY ix_pain_point_updated (updated_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pain_point_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    pain_point_id BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    action        VARCHAR(24)   NOT NULL,
    actor_name    VARCHAR(64)   NULL,
    actor_display VARCHAR(50)   NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pain_point_event_point FOREIGN KEY (pain_point_id) REFERENCES pain_point (id),
    KEY ix_pain_point_event_point (pain_point_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pain_point_event_change (
    event_id  BIGINT      NOT NULL,
    position  INT         NOT NULL,
    field     VARCHAR(40) NOT NULL,
    old_value TEXT        NULL,
    new_value TEXT        NULL,
    PRIMARY KEY (event_id, position),
    CONSTRAINT fk_pain_point_event_change_event FOREIGN KEY (event_id) REFERENCES pain_point_event (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE community_fund (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    version        BIGINT       NOT NULL DEFAULT 0,
    community_code VARCHAR(40)  NOT NULL,
    region_path    VARCHAR(255) NOT NULL,
    fund_year      INT          NOT NULL,
    amount_fen     BIGINT       NOT NULL,
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_community_fund UNIQUE (community_code, fund_year),
    CONSTRAINT fk_community_fund_community FOREIGN KEY (community_code) REFERENCES region (code),
    KEY ix_community_fund_path (region_path, fund_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
