package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnerhub.application.events.DomainEvents;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.EventBody;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.supply.SupplyItem;

/**
 * The supply context's durable events (docs/EVENTS.md), written in the caller's transaction. An item that was ever
 * published is public (its pause and withdrawal too); a draft is its partner's and the district's. The contact phone
 * is never in a body, not even masked.
 */
@ApplicationScoped
public class SupplyEvents {

    @Inject
    DomainEvents events;

    /** supply.created, .published, .changed, .paused, .resumed, .withdrawn, .capacityChanged */
    public void item(String act, SupplyItem item) {
        item(act, item, false);
    }

    /** {@code imported}: the act is part of a spreadsheet import (the matching context tells nobody of those). */
    public void item(String act, SupplyItem item, boolean imported) {
        EventAudience audience = item.getPublishedAt() != null ? EventAudience.everyone()
                : EventAudience.restricted(null, item.getPartnerId());
        events.publish("supply." + act, "supply", item.getId(), audience, EventBody.create()
                .id("supplyId", item.getId())
                .id("partnerId", item.getPartnerId())
                .text("partnerName", item.getPartnerName())
                .text("title", item.getTitle())
                .text("status", item.getStatus())
                .text("categoryCode", item.getCategoryCode().value())
                .texts("serviceRegionCodes", item.getServiceAreas().stream().map(ServiceArea::getRegionCode)
                        .map(c -> c.value()).toList())
                .number("capacityTotal", item.getCapacity().total())
                .number("capacityInUse", item.getCapacity().inUse())
                .text("fundingMode", item.getFundingMode())
                .text("statusReason", item.getStatusReason())
                .time("publishedAt", item.getPublishedAt())
                .time("updatedAt", item.getUpdatedAt())
                .flag("imported", imported)
                .build());
    }
}
