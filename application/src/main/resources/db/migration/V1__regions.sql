-- The administrative tree: city -> district/county -> street/town -> community/village.
-- Every table is utf8mb4 with utf8mb4_unicode_ci, which exists on MySQL 8 and on MariaDB alike.
CREATE TABLE region (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    version      BIGINT       NOT NULL DEFAULT 0,
    code         VARCHAR(40)  NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    region_level VARCHAR(16)  NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(200) NULL,
    note         VARCHAR(500) NULL,
    parent_id    BIGINT       NULL,
    parent_code  VARCHAR(40)  NULL,
    path         VARCHAR(255) NOT NULL,
    sort_order   INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_region_code UNIQUE (code),
    CONSTRAINT fk_region_parent FOREIGN KEY (parent_id) REFERENCES region (id),
    KEY ix_region_parent (parent_code, sort_order),
    KEY ix_region_path (path),
    KEY ix_region_name_zh (name_zh),
    KEY ix_region_updated (updated_at, id),
    KEY ix_region_order (sort_order, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
