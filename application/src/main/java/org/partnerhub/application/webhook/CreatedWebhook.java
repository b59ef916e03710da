package org.partnerhub.application.webhook;

/** A new endpoint and its signing secret, which is shown this once and never again. */
public record CreatedWebhook(WebhookView webhook, String secret) {}
