package org.partnerhub.application.cooperation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.partnerhub.application.events.DomainEvents;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.EventBody;
import org.partnerhub.domain.cooperation.CooperationIntent;
import org.partnerhub.domain.cooperation.IntentRepository;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.cooperation.PartnershipProject;
import org.partnerhub.domain.cooperation.ProjectRepository;

/**
 * The cooperation context's durable events (docs/EVENTS.md), written in the act's transaction. An intent and a project
 * belong to their two sides: the need's community (region path) and the item's partner; a showcase case is public.
 * Notes' texts and evaluation comments are never in a body (people write names and phone numbers into them).
 */
@ApplicationScoped
public class CooperationEvents {

    @Inject
    DomainEvents events;

    @Inject
    IntentRepository intents;

    @Inject
    ProjectRepository projects;

    /** Every proposal and move of an intent (fired inside its transaction, also by the expiry): its durable event. */
    void onMoved(@Observes IntentMoved moved) {
        CooperationIntent intent = intents.find(moved.intentId()).orElseThrow();
        String act = switch (moved.action()) {
            case "PROPOSED" -> "proposed";
            case "ACCEPT" -> "accepted";
            case "DECLINE" -> "declined";
            case "AGREE" -> moved.status() == IntentStatus.AGREED ? "agreed" : "agreement-offered";
            case "WITHDRAW" -> "withdrawn";
            case "EXPIRE" -> "expired";
            default -> moved.action().toLowerCase(java.util.Locale.ROOT);
        };
        events.publish("intent." + act, "intent", intent.getId(),
                EventAudience.restricted(intent.getCommunityPath(), intent.getPartnerId()), EventBody.create()
                        .id("intentId", intent.getId())
                        .id("needId", intent.getNeedId())
                        .id("supplyId", intent.getSupplyId())
                        .id("partnerId", intent.getPartnerId())
                        .text("communityPath", intent.getCommunityPath())
                        .text("needTitle", moved.title())
                        .text("action", moved.action())
                        .text("by", moved.side())
                        .text("status", intent.getStatus())
                        .time("expiresAt", intent.getExpiresAt())
                        .time("updatedAt", intent.getUpdatedAt())
                        .build());
    }

    /** project.created, .planned, .reported, .delivered, .evaluated, .cancelled, .showcased, .unshowcased */
    public void project(String act, PartnershipProject project) {
        EventAudience audience = project.isShowcase() ? EventAudience.everyone()
                : EventAudience.restricted(project.getCommunityPath(), project.getPartnerId());
        events.publish("project." + act, "project", project.getId(), audience, EventBody.create()
                .id("projectId", project.getId())
                .id("intentId", project.getIntentId())
                .id("needId", project.getNeedId())
                .id("supplyId", project.getSupplyId())
                .id("partnerId", project.getPartnerId())
                .text("communityPath", project.getCommunityPath())
                .text("categoryCode", project.getCategoryCode() == null ? null : project.getCategoryCode().value())
                .text("title", project.getTitle())
                .text("status", project.getStatus())
                .text("statusReason", act.equals("cancelled") ? project.getStatusReason() : null)
                .number("reports", project.getReports().size())
                .number("rating", project.getRating())
                .time("evaluatedAt", project.getEvaluatedAt())
                .flag("showcase", project.isShowcase())
                .time("updatedAt", project.getUpdatedAt())
                .build());
    }
}
