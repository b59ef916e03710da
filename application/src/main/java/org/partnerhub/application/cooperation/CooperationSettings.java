package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The cooperation settings, from MicroProfile Config (environment: {@code PARTNERHUB_INTENTS_ANSWER_DAYS},
 * {@code PARTNERHUB_INTENTS_EXPIRY_CHECK_MINUTES}).
 */
@ApplicationScoped
public class CooperationSettings {

    @Inject
    @ConfigProperty(name = "partnerhub.intents.answer-days", defaultValue = "14")
    int answerDays;

    @Inject
    @ConfigProperty(name = "partnerhub.intents.expiry-check-minutes", defaultValue = "10")
    int expiryCheckMinutes;

    /** How long an open intent waits for an answer (a move or a note) before it expires. */
    public Duration answerWithin() {
        return Duration.ofDays(Math.max(1, answerDays));
    }

    /** How often each server looks for intents to expire. */
    public int expiryCheckMinutes() {
        return Math.max(1, expiryCheckMinutes);
    }
}
