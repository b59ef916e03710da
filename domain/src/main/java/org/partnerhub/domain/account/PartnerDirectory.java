package org.partnerhub.domain.account;

/**
 * What the account context needs to know about partners, answered by the partner context (so that accounts depend
 * on no partner class): whether an organisation exists that a partner user may belong to.
 */
public interface PartnerDirectory {

    boolean isCurrentPartner(Long partnerId);

    /** Whether the organisation is admitted and not suspended: only such a partner acts (records, publishes). */
    boolean isActivePartner(Long partnerId);
}
