-- Webhook subscriptions (issue 14, part 3): a URL that receives the events its owner may see, signed per the Standard
-- Webhooks specification with a secret the server generated and stores sealed (encrypted). The owner's scope is copied
-- at subscription (like the account's own region path) so that fanning an event out needs no join.
CREATE TABLE webhook_subscription (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    version             BIGINT       NOT NULL DEFAULT 0,
    owner_id            BIGINT       NOT NULL,
    owner_role          VARCHAR(32)  NOT NULL,
    owner_region_path   VARCHAR(255) NULL,
    owner_partner_id    BIGINT       NULL,
    url                 VARCHAR(2000) NOT NULL,
    event_types         VARCHAR(2000) NULL,
    secret_sealed       VARCHAR(255) NOT NULL,
    status              VARCHAR(16)  NOT NULL,
    failing_since       DATETIME(6)  NULL,
    last_success_at     DATETIME(6)  NULL,
    disabled_at         DATETIME(6)  NULL,
    created_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_webhook_owner (owner_id),
    KEY ix_webhook_status (status),
    CONSTRAINT fk_webhook_owner FOREIGN KEY (owner_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every HTTP attempt of a delivery, for the owner's delivery log: when, the answer's status (none when the connection
-- failed), how long it took, and the start of the answer or of the error.
CREATE TABLE webhook_attempt (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    subscription_id     BIGINT       NOT NULL,
    event_id            VARCHAR(64)  NOT NULL,
    event_sequence      BIGINT       NOT NULL,
    attempted_at        DATETIME(6)  NOT NULL,
    http_status         INT          NULL,
    duration_ms         BIGINT       NOT NULL,
    succeeded           BOOLEAN      NOT NULL,
    response_excerpt    VARCHAR(500) NULL,
    error               VARCHAR(500) NULL,
    PRIMARY KEY (id),
    KEY ix_attempt_subscription (subscription_id, id),
    CONSTRAINT fk_attempt_subscription FOREIGN KEY (subscription_id) REFERENCES webhook_subscription (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
