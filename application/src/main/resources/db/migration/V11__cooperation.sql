-- The cooperation context: intents between a need's community and a supply item's partner (with their history and
-- negotiation thread), the partnership projects agreed intents turn into (plan, milestones, progress reports with
-- photos, evaluation, showcase), and what agreed cooperations draw of a community's fund.

ALTER TABLE community_fund ADD COLUMN drawn_fen BIGINT NOT NULL DEFAULT 0;

CREATE TABLE cooperation_intent (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    need_id             BIGINT       NOT NULL,
    supply_id           BIGINT       NOT NULL,
    partner_id          BIGINT       NOT NULL,
    community_code      VARCHAR(40)  NOT NULL,
    community_path      VARCHAR(255) NOT NULL,
    category_code       VARCHAR(40)  NOT NULL,
    proposed_by         VARCHAR(16)  NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    community_agreed_at DATETIME(6)  NULL,
    community_agreed_by VARCHAR(64)  NULL,
    partner_agreed_at   DATETIME(6)  NULL,
    partner_agreed_by   VARCHAR(64)  NULL,
    expires_at          DATETIME(6)  NULL,
    -- which run of the expiry job expired it (several servers may run the job at once; each intent expires once)
    expiry_run          VARCHAR(36)  NULL,
    -- "<need>:<supply>" while the intent is open (PROPOSED, NEGOTIATING), else NULL: at most one open intent per pair,
    -- also when two sides propose at the same moment
    open_pair           VARCHAR(41)  NULL,
    created_by          VARCHAR(64)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_intent_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_intent_supply FOREIGN KEY (supply_id) REFERENCES supply_item (id),
    CONSTRAINT fk_intent_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_intent_community FOREIGN KEY (community_code) REFERENCES region (code),
    -- the foreign keys' own indexes hold no column that moves: InnoDB checks a foreign key (a shared lock on the
    -- parent row) whenever its index entry is rewritten, and an agreement later locks the need and the item for update
    KEY ix_intent_need (need_id),
    KEY ix_intent_supply (supply_id),
    KEY ix_intent_partner (partner_id, status, updated_at),
    KEY ix_intent_path (community_path, status),
    KEY ix_intent_expiry (status, expires_at),
    KEY ix_intent_run (expiry_run),
    UNIQUE KEY uq_intent_open_pair (open_pair)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE intent_event (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    intent_id     BIGINT        NOT NULL,
    occurred_at   DATETIME(6)   NOT NULL,
    action        VARCHAR(24)   NOT NULL,
    party         VARCHAR(16)   NULL,
    from_status   VARCHAR(16)   NULL,
    to_status     VARCHAR(16)   NOT NULL,
    actor_name    VARCHAR(64)   NULL,
    actor_display VARCHAR(50)   NULL,
    reason        VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_intent_event_intent FOREIGN KEY (intent_id) REFERENCES cooperation_intent (id),
    KEY ix_intent_event_intent (intent_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE intent_note (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    intent_id      BIGINT        NOT NULL,
    party          VARCHAR(16)   NOT NULL,
    author_name    VARCHAR(64)   NOT NULL,
    author_display VARCHAR(50)   NULL,
    text           VARCHAR(1000) NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_intent_note_intent FOREIGN KEY (intent_id) REFERENCES cooperation_intent (id),
    KEY ix_intent_note_intent (intent_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partnership_project (
    id                 BIGINT        NOT NULL AUTO_INCREMENT,
    version            BIGINT        NOT NULL DEFAULT 0,
    intent_id          BIGINT        NOT NULL,
    need_id            BIGINT        NOT NULL,
    supply_id          BIGINT        NOT NULL,
    partner_id         BIGINT        NOT NULL,
    community_code     VARCHAR(40)   NOT NULL,
    community_path     VARCHAR(255)  NOT NULL,
    category_code      VARCHAR(40)   NOT NULL,
    title              VARCHAR(100)  NOT NULL,
    plan               VARCHAR(4000) NULL,
    start_date         DATE          NULL,
    end_date           DATE          NULL,
    status             VARCHAR(16)   NOT NULL,
    status_reason      VARCHAR(1000) NULL,
    rating             INT           NULL,
    evaluation_comment VARCHAR(1000) NULL,
    evaluated_by       VARCHAR(64)   NULL,
    evaluated_at       DATETIME(6)   NULL,
    showcase           BOOLEAN       NOT NULL DEFAULT FALSE,
    showcase_at        DATETIME(6)   NULL,
    showcase_by        VARCHAR(64)   NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_project_intent UNIQUE (intent_id),
    CONSTRAINT fk_project_intent FOREIGN KEY (intent_id) REFERENCES cooperation_intent (id),
    CONSTRAINT fk_project_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_project_supply FOREIGN KEY (supply_id) REFERENCES supply_item (id),
    CONSTRAINT fk_project_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_project_rating CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    KEY ix_project_partner (partner_id, status, updated_at),
    KEY ix_project_path (community_path, status),
    KEY ix_project_showcase (showcase, showcase_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_milestone (
    project_id BIGINT       NOT NULL,
    position   INT          NOT NULL,
    title      VARCHAR(100) NOT NULL,
    due_date   DATE         NULL,
    done       BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (project_id, position),
    CONSTRAINT fk_project_milestone_project FOREIGN KEY (project_id) REFERENCES partnership_project (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_report (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    project_id     BIGINT        NOT NULL,
    text           VARCHAR(2000) NOT NULL,
    people_served  INT           NOT NULL,
    author_name    VARCHAR(64)   NOT NULL,
    author_display VARCHAR(50)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_project_report_project FOREIGN KEY (project_id) REFERENCES partnership_project (id),
    KEY ix_project_report_project (project_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE project_report_photo (
    report_id BIGINT      NOT NULL,
    position  INT         NOT NULL,
    file_key  VARCHAR(36) NOT NULL,
    PRIMARY KEY (report_id, position),
    CONSTRAINT fk_project_report_photo_report FOREIGN KEY (report_id) REFERENCES project_report (id),
    KEY ix_project_report_photo_key (file_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
