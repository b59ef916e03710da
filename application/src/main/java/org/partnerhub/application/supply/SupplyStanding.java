package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.partnerhub.application.partner.PartnerRenamed;
import org.partnerhub.application.partner.PartnerStandingChanged;
import org.partnerhub.domain.supply.SupplyRepository;

/**
 * Keeps the items' copy of their partner's standing in step, in the transaction that suspends or reinstates the
 * partner: the public catalogue then filters on a column of its own table (indexed with the status) rather than asking
 * the partner table once per candidate row.
 */
@ApplicationScoped
public class SupplyStanding {

    @Inject
    SupplyRepository supplies;

    void on(@Observes PartnerStandingChanged change) {
        supplies.setPartnerListed(change.partnerId(), change.listed());
    }

    void on(@Observes PartnerRenamed renamed) {
        supplies.setPartnerName(renamed.partnerId(), renamed.name());
    }
}
