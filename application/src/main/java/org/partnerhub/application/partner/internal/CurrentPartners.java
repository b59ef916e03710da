package org.partnerhub.application.partner.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.partnerhub.domain.account.PartnerDirectory;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.partner.PartnerStatus;

/** Answers the account context's question about partners. */
@ApplicationScoped
class CurrentPartners implements PartnerDirectory {

    @Inject
    PartnerRepository partners;

    @Override
    public boolean isCurrentPartner(Long partnerId) {
        return partners.findPartner(partnerId)
                .map(p -> p.getStatus() == PartnerStatus.ACTIVE || p.getStatus() == PartnerStatus.SUSPENDED)
                .orElse(false);
    }

    @Override
    public boolean isActivePartner(Long partnerId) {
        return partnerId != null && partners.findPartner(partnerId).map(p -> p.getStatus() == PartnerStatus.ACTIVE)
                .orElse(false);
    }
}
