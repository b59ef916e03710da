package org.partnerhub.application.need;

import java.time.Instant;
import java.util.Set;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.need.PainPointAction;
import org.partnerhub.domain.need.PainPointStatus;

/** A governance pain point as its reader may see it, with what this reader may do with it. */
public record PainPointView(Long id, long version, CodedName street, CodedName category, String title,
        String description, PainPointStatus status, String statusReason, Instant createdAt, Instant updatedAt,
        Set<PainPointAction> allowedActions, boolean editable) {}
