package org.partnerhub.application.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import org.partnerhub.domain.account.AccountRepository;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.region.RegionCode;

/**
 * The account context's API for whoever tells people something (cooperation, matching): whose enabled accounts a
 * notice to a partner or a community reaches, as user ids in id order.
 */
@ApplicationScoped
@Transactional
public class Recipients {

    @Inject
    AccountRepository accounts;

    /** Every account with the role. */
    public List<Long> withRole(Role role) {
        return accounts.enabledIdsWithRole(role);
    }

    /** The partner's own users (role PARTNER). */
    public List<Long> partnerUsers(Long partnerId) {
        return accounts.enabledPartnerUserIds(partnerId);
    }

    /** The staff of the community of {@code communityPath} and of its street (their region holds the community). */
    public List<Long> communityStaff(String communityPath) {
        return accounts.enabledStaffOver(communityPath);
    }

    /** The accounts with one of these roles whose region is one of these. */
    public List<Long> inRegions(Collection<Role> roles, Collection<RegionCode> regions) {
        return accounts.enabledIdsInRegions(roles, regions);
    }
}
