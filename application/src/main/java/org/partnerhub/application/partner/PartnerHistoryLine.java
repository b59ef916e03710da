package org.partnerhub.application.partner;

import java.time.Instant;

/** A line of a partner's history. */
public record PartnerHistoryLine(Instant at, String action, String actor, String detail, String reason) {}
