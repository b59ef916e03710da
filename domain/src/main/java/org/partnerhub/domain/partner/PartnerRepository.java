package org.partnerhub.domain.partner;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Applications and partners. */
public interface PartnerRepository {

    Optional<PartnerApplication> findApplication(String number);

    Optional<PartnerApplication> findApplicationForUpdate(String number);

    /** An application still being handled (submitted or returned) with this credit code, if any. */
    Optional<PartnerApplication> findOpenApplication(CreditCode creditCode);

    Page<PartnerApplication> findApplications(ApplicationQuery query, PageRequest page);

    void addApplication(PartnerApplication application);

    Optional<Partner> findPartner(Long id);

    Optional<Partner> findPartnerForUpdate(Long id);

    /** A partner with this credit code that is active or suspended (withdrawn and removed ones may apply again). */
    Optional<Partner> findCurrentPartner(CreditCode creditCode);

    Page<Partner> findPartners(PartnerQuery query, PageRequest page);

    /** The names and standings of these partners (those that exist), by id, in one query. */
    Map<Long, PartnerStanding> standings(Collection<Long> ids);

    void addPartner(Partner partner);

    /** Writes pending changes now, so that the database's constraints speak inside the use case. */
    void flush();

    /** The next number of a yearly sequence (application numbers), safe when several servers ask at once. */
    long nextInSequence(String name, int year);
}
