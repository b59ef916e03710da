-- Matching (issue 7): what the matching context keeps of partners' track records, which match notifications were
-- sent, and an index for "published needs of these categories under this region".

-- Evaluated projects per partner, category and street, kept by the matching context when the cooperation context
-- records an evaluation (ProjectEvaluated, in the same transaction).
CREATE TABLE partner_track_record (
    partner_id     BIGINT       NOT NULL,
    category_code  VARCHAR(40)  NOT NULL,
    street_path    VARCHAR(255) NOT NULL,
    delivered      INT          NOT NULL,
    rating_sum     BIGINT       NOT NULL,
    last_evaluated DATETIME(6)  NOT NULL,
    PRIMARY KEY (partner_id, category_code, street_path),
    CONSTRAINT fk_track_record_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_track_record_category FOREIGN KEY (category_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The evaluations already counted (a project is counted once, even if the event were delivered twice).
CREATE TABLE track_record_project (
    project_id BIGINT NOT NULL,
    PRIMARY KEY (project_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per need, supply item and side told of their match (PARTNER: the item's partner, of a published need;
-- COMMUNITY: the need's staff, of a published item): each side hears of a pair once, however often either is
-- republished.
CREATE TABLE match_notice (
    need_id     BIGINT      NOT NULL,
    supply_id   BIGINT      NOT NULL,
    told        VARCHAR(16) NOT NULL,
    score       INT         NOT NULL,
    notified_at DATETIME(6) NOT NULL,
    PRIMARY KEY (need_id, supply_id, told),
    CONSTRAINT fk_match_notice_need FOREIGN KEY (need_id) REFERENCES need (id),
    CONSTRAINT fk_match_notice_supply FOREIGN KEY (supply_id) REFERENCES supply_item (id),
    KEY ix_match_notice_supply (supply_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Candidate needs of a supply item: published, of a category, under a region path — read from the index alone
-- (the id comes with it), newest first.
CREATE INDEX ix_need_match ON need (status, category_code, region_path);
