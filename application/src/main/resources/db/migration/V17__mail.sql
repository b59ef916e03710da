-- E-mail notifications (issue 14, part 6). The address is personal data: sealed (encrypted) plus a masked copy, like
-- the phone number. The language of the e-mails and the kinds of notification the user wants by e-mail
-- (comma-separated NotificationKind names; all of them unless the user opts out).
ALTER TABLE user_account
    ADD COLUMN email_sealed VARCHAR(512) NULL,
    ADD COLUMN email_masked VARCHAR(255) NULL,
    ADD COLUMN language     VARCHAR(8)   NOT NULL DEFAULT 'zh-CN',
    ADD COLUMN mail_kinds   VARCHAR(255) NOT NULL DEFAULT 'APPLICATIONS,MATCHES,INTENTS,PROJECTS,ACCOUNT';

-- What was sent (or deliberately not sent) on an outbound channel for an event: a redelivered event finds its row and
-- sends nothing twice.
CREATE TABLE sent_message (
    channel             VARCHAR(64)  NOT NULL,
    event_id            VARCHAR(64)  NOT NULL,
    recipient_id        BIGINT       NULL,
    outcome             VARCHAR(16)  NOT NULL,
    sent_at             DATETIME(6)  NOT NULL,
    PRIMARY KEY (channel, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
