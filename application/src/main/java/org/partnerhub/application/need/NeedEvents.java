package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnerhub.application.events.DomainEvents;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.EventBody;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.PainPoint;

/**
 * The need context's durable events (docs/EVENTS.md), written in the caller's transaction. A need that was ever
 * published is public (its later moves too, so that an integrator hears it closed); before that only its community's
 * staff and the drafting partner see it. No recorder names or phone numbers are in the bodies.
 */
@ApplicationScoped
public class NeedEvents {

    @Inject
    DomainEvents events;

    /** need.recorded, .published, .changed, .closed, .reopened, .merged, .cooperation-started, .resumed, .fulfilled */
    public void need(String act, Need need) {
        need(act, need, need.getId());
    }

    /** For needs written in bulk, whose entity does not carry its id. */
    public void need(String act, Need need, Long id) {
        need(act, need, id, false);
    }

    /** {@code imported}: the act is part of a spreadsheet import (the matching context tells nobody of those). */
    public void need(String act, Need need, Long id, boolean imported) {
        EventAudience audience = need.getPublishedAt() != null ? EventAudience.everyone()
                : EventAudience.restricted(need.getRegionPath(), need.getRecordedByPartnerId());
        events.publish("need." + act, "need", id, audience, EventBody.create()
                .id("needId", id)
                .text("title", need.getTitle())
                .text("status", need.getStatus())
                .text("categoryCode", need.getCategoryCode().value())
                .text("communityCode", need.getCommunityCode().value())
                .text("regionPath", need.getRegionPath())
                .text("urgency", need.getUrgency())
                .text("fundingMode", need.getFundingMode())
                .number("budgetFen", need.getBudgetFen())
                .number("beneficiaries", need.getBeneficiaries())
                .id("mergedIntoId", need.getMergedIntoId())
                .text("statusReason", need.getStatusReason())
                .time("publishedAt", need.getPublishedAt())
                .time("updatedAt", need.getUpdatedAt())
                .flag("imported", imported)
                .build());
    }

    /** painPoint.published (and .recorded, .changed, .closed…): a pain point of a street or community. */
    public void painPoint(String act, PainPoint point) {
        EventAudience audience = isPublic(point) ? EventAudience.everyone()
                : EventAudience.restricted(point.getRegionPath(), null);
        events.publish("painPoint." + act, "painPoint", point.getId(), audience, EventBody.create()
                .id("painPointId", point.getId())
                .text("title", point.getTitle())
                .text("status", point.getStatus())
                .text("categoryCode", point.getCategoryCode() == null ? null : point.getCategoryCode().value())
                .text("regionPath", point.getRegionPath())
                .time("updatedAt", point.getUpdatedAt())
                .build());
    }

    private static boolean isPublic(PainPoint point) {
        return point.getStatus() != null && !"DRAFT".equals(point.getStatus().name());
    }
}
