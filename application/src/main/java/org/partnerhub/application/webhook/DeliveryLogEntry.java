package org.partnerhub.application.webhook;

import java.util.List;
import org.partnerhub.application.events.DeliveryView;

/** One delivery of an event to an endpoint (the dispatcher's view) with the HTTP attempts made for it, newest first. */
public record DeliveryLogEntry(DeliveryView delivery, List<AttemptView> attempts) {}
