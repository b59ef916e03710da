-- The service-category tree, seeded with the domains the district named for its conferences.
CREATE TABLE category (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    version     BIGINT       NOT NULL DEFAULT 0,
    code        VARCHAR(40)  NOT NULL,
    parent_code VARCHAR(40)  NULL,
    name_zh     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(200) NULL,
    sort_order  INT          NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_category_code UNIQUE (code),
    CONSTRAINT fk_category_parent FOREIGN KEY (parent_code) REFERENCES category (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO category (code, parent_code, name_zh, name_en, sort_order, updated_at) VALUES
    ('elderly-children',          NULL, '一老一小',         'Elderly and children',                   10, UTC_TIMESTAMP(6)),
    ('neighbour-aid',             NULL, '邻里互助',         'Neighbour mutual aid',                   20, UTC_TIMESTAMP(6)),
    ('environment',               NULL, '环境优化',         'Environment',                            30, UTC_TIMESTAMP(6)),
    ('convenience',               NULL, '便民服务',         'Convenience services',                   40, UTC_TIMESTAMP(6)),
    ('micro-grid',                NULL, '微网实格',         'Micro-grid governance',                  50, UTC_TIMESTAMP(6)),
    ('volunteering',              NULL, '志愿服务',         'Volunteering',                           60, UTC_TIMESTAMP(6)),
    ('resident-autonomy',         NULL, '居民自治能力提升', 'Resident self-governance capacity',      70, UTC_TIMESTAMP(6)),
    ('community-culture',         NULL, '社区文化创意',     'Community culture and creativity',       80, UTC_TIMESTAMP(6)),
    ('governance-talent',         NULL, '治理人才培育',     'Governance talent',                      90, UTC_TIMESTAMP(6)),
    ('smart-community',           NULL, '智慧社区建设',     'Smart community',                       100, UTC_TIMESTAMP(6)),
    ('public-space',              NULL, '公共空间营造',     'Public space',                          110, UTC_TIMESTAMP(6)),
    ('old-neighbourhood-renewal', NULL, '老旧小区更新',     'Old-neighbourhood renewal',             120, UTC_TIMESTAMP(6)),
    ('new-employment',            NULL, '新就业群体服务',   'Services for new-employment groups',    130, UTC_TIMESTAMP(6)),
    ('rural-culture-tourism',     NULL, '乡村文旅融合',     'Rural culture and tourism',             140, UTC_TIMESTAMP(6)),
    ('villager-autonomy',         NULL, '村民自治赋能',     'Villager self-governance',              150, UTC_TIMESTAMP(6));

INSERT INTO category (code, parent_code, name_zh, name_en, sort_order, updated_at) VALUES
    ('elderly-meals',          'elderly-children', '养老助餐', 'Meal assistance for the elderly', 11, UTC_TIMESTAMP(6)),
    ('parent-child-education', 'elderly-children', '亲子教育', 'Parent-child education',          12, UTC_TIMESTAMP(6));
