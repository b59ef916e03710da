package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnerhub.application.events.DomainEvents;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.EventBody;
import org.partnerhub.domain.partner.Partner;
import org.partnerhub.domain.partner.PartnerApplication;
import org.partnerhub.domain.partner.ServiceArea;

/**
 * The onboarding context's durable events (docs/EVENTS.md), written in the caller's transaction. A partner's standing
 * is public (the resource library lists it); an application is the district's business only.
 */
@ApplicationScoped
public class PartnerEvents {

    @Inject
    DomainEvents events;

    /** partner.admitted, .changed, .suspended, .reinstated, .removed, .withdrawn */
    public void partner(String act, Partner partner) {
        events.publish("partner." + act, "partner", partner.getId(), EventAudience.everyone(), body(partner).build());
    }

    /** application.submitted: a new, resubmitted or identity-change application awaits review. */
    public void applicationSubmitted(PartnerApplication application, boolean resubmitted) {
        events.publish("application.submitted", "application", application.getNumber(),
                EventAudience.restricted(null, application.getPartnerId()),
                EventBody.create()
                        .text("applicationNumber", application.getNumber())
                        .text("kind", application.getKind())
                        .id("partnerId", application.getPartnerId())
                        .text("organisationName", application.getOrganisation().getName())
                        .flag("resubmitted", resubmitted)
                        .build());
    }

    static EventBody body(Partner partner) {
        return EventBody.create()
                .id("partnerId", partner.getId())
                .text("name", partner.getOrganisation().getName())
                .text("type", partner.getOrganisation().getType())
                .text("creditCode", partner.getOrganisation().getCreditCode())
                .text("status", partner.getStatus())
                .text("homeRegionCode", partner.getOrganisation().getHomeRegionCode().value())
                .texts("serviceRegionCodes", partner.getServiceAreas().stream().map(ServiceArea::getRegionCode)
                        .map(c -> c.value()).toList())
                .texts("categoryCodes", partner.getCategoryCodes().stream().map(c -> c.value()).toList())
                .time("updatedAt", partner.getUpdatedAt());
    }
}
