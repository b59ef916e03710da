package org.partnerhub.domain.webhook;

import java.util.List;
import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** The webhook endpoints and the log of their delivery attempts. */
public interface WebhookRepository {

    void add(WebhookSubscription subscription);

    Optional<WebhookSubscription> find(Long id);

    Optional<WebhookSubscription> findForUpdate(Long id);

    void remove(WebhookSubscription subscription);

    /** The endpoints that currently receive events. */
    List<WebhookSubscription> enabled();

    /** Every endpoint ({@code ownerId} null) or one owner's, newest first. */
    Page<WebhookSubscription> list(Long ownerId, PageRequest page);

    void addAttempt(WebhookAttempt attempt);

    /** An endpoint's attempts for these events, newest first. */
    List<WebhookAttempt> attempts(Long subscriptionId, java.util.Collection<String> eventIds);
}
