package org.partnerhub.domain.webhook;

/** Whether an endpoint receives events: a disabled one (by its failures, or by its owner) receives nothing. */
public enum WebhookStatus {
    ENABLED,
    DISABLED
}
