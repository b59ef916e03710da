-- Durable domain events (issue 14): the outbox every context writes in the transaction of its change, the
-- deliveries of each event to each consumer channel, and what idempotent consumers have already processed.
-- docs/EVENTS.md is the contract of the events' bodies.

-- The outbox. sequence = global order of writing (and of deliveries per aggregate); feed_position = the event
-- feed's gap-free order, given by the dispatcher when it fans the committed event out (see docs/EVENTS.md).
CREATE TABLE domain_event (
    sequence       BIGINT       NOT NULL AUTO_INCREMENT,
    event_id       VARCHAR(40)  NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    aggregate_type VARCHAR(32)  NOT NULL,
    aggregate_id   VARCHAR(64)  NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    body           LONGTEXT     NOT NULL,
    internal       BOOLEAN      NOT NULL,
    is_public      BOOLEAN      NOT NULL,
    region_path    VARCHAR(255) NULL,
    partner_id     BIGINT       NULL,
    feed_position  BIGINT       NULL,
    PRIMARY KEY (sequence),
    CONSTRAINT uk_domain_event_id UNIQUE (event_id),
    CONSTRAINT uk_domain_event_position UNIQUE (feed_position),
    CONSTRAINT ck_domain_event_body CHECK (JSON_VALID(body)),
    KEY ix_domain_event_aggregate (aggregate_type, aggregate_id, sequence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last feed position given; its row lock serialises fan-outs, so positions are handed out in commit order.
CREATE TABLE domain_event_feed (
    id            TINYINT NOT NULL,
    last_position BIGINT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO domain_event_feed (id, last_position) VALUES (1, 0);

-- One row per event and consumer channel (and one more per redelivery or replay). A delivery waits while an
-- earlier one of the same channel and aggregate is PENDING or RETRYING; claim_id/lease_until: the dispatcher's
-- claim by conditional UPDATE (IntentExpiry's pattern), retaken by any server once the lease has run out.
CREATE TABLE event_delivery (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    channel         VARCHAR(64)  NOT NULL,
    consumer        VARCHAR(200) NOT NULL,
    sequence        BIGINT       NOT NULL,
    aggregate_type  VARCHAR(32)  NOT NULL,
    aggregate_id    VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_attempt_at DATETIME(6)  NULL,
    delivered_at    DATETIME(6)  NULL,
    last_error      VARCHAR(500) NULL,
    claim_id        VARCHAR(36)  NULL,
    lease_until     DATETIME(6)  NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_event_delivery_event FOREIGN KEY (sequence) REFERENCES domain_event (sequence),
    KEY ix_event_delivery_due (status, next_attempt_at),
    KEY ix_event_delivery_order (channel, aggregate_type, aggregate_id, sequence),
    KEY ix_event_delivery_channel (channel, id),
    KEY ix_event_delivery_claim (claim_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What a consumer has done, per channel and event: a consumer that is handed an event twice (at least once)
-- does its work once, in the transaction that inserts this row.
CREATE TABLE event_processed (
    channel      VARCHAR(64) NOT NULL,
    event_id     VARCHAR(40) NOT NULL,
    processed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (channel, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
