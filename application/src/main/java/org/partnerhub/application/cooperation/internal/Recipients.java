package org.partnerhub.application.cooperation.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.partnerhub.application.cooperation.IntentRecipients;
import org.partnerhub.application.shared.Persistence;

/** Whom a notification about an intent or project reaches: both sides' enabled accounts. */
@ApplicationScoped
class Recipients implements IntentRecipients {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public List<Long> partnerUsers(Long partnerId) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM user_account WHERE enabled = TRUE AND role = 'PARTNER' "
                        + "AND partner_id = ? ORDER BY id")
                .setParameter(1, partnerId)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public List<Long> communityStaff(String communityPath) {
        // the community's own staff and its street's: their region's path is a prefix of the community's
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM user_account WHERE enabled = TRUE "
                        + "AND role IN ('COMMUNITY_STAFF', 'STREET_STAFF') AND region_path IS NOT NULL "
                        + "AND LOCATE(region_path, ?) = 1 ORDER BY id")
                .setParameter(1, communityPath)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }
}
