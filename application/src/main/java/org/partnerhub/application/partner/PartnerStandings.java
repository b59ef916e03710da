package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.partner.PartnerStanding;
import org.partnerhub.domain.shared.PageRequest;

/**
 * The partner context's API for the others: a partner's name and standing (all another context's list shows of it),
 * for a whole page in one query.
 */
@ApplicationScoped
@Transactional
public class PartnerStandings {

    @Inject
    PartnerRepository partners;

    /** The names and standings of these partners (those that exist), by id. */
    public Map<Long, PartnerStanding> of(Collection<Long> ids) {
        return partners.standings(ids);
    }

    /** Whether the partner is in the public library (active) now. */
    public boolean isListed(Long id) {
        return id != null && of(id).map(PartnerStanding::listed).orElse(false);
    }

    /** The partners in the public library (active), at most {@code max}, in the library's order. */
    public List<PartnerStanding> listed(int max) {
        return partners.findPartners(new PartnerQuery(null, null, null, null, true), new PageRequest(0, max)).items()
                .stream().map(p -> new PartnerStanding(p.getId(), p.getOrganisation().getName(), p.getStatus()))
                .toList();
    }

    /** One partner's name and standing, if it exists. */
    public Optional<PartnerStanding> of(Long id) {
        return Optional.ofNullable(partners.standings(List.of(id)).get(id));
    }
}
