-- The search index shared by needs, partners and (with the supply context) supply items. MariaDB has no n-gram
-- full-text parser, so the index is ours: search_doc keeps each record's searchable text in one normalised form
-- (full-width folded, Latin lower-case, Chinese as written) compared byte by byte, so LIKE behaves the same whatever
-- the server's collation; search_gram lists, for each record, the distinct pairs of adjacent characters of that text
-- within runs of letters and digits. kind: 1 need, 2 partner, 3 supply item (SearchKind). The application fills both
-- tables in the transaction that saves a record; a start-up job indexes records that have no search_doc row yet.

CREATE TABLE search_doc (
    kind       TINYINT       NOT NULL,
    record_id  BIGINT        NOT NULL,
    title      VARCHAR(500)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    body       TEXT          CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (kind, record_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE search_gram (
    kind       TINYINT       NOT NULL,
    gram       VARCHAR(2)    CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    record_id  BIGINT        NOT NULL,
    -- the only key: a record's own pairs are found from its stored text (search_doc), not through a second index,
    -- which would double the table's size
    PRIMARY KEY (kind, gram, record_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
