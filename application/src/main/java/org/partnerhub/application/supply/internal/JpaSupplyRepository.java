package org.partnerhub.application.supply.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnerhub.application.search.TextSearch;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.search.SearchPlan;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.supply.SupplyItem;
import org.partnerhub.domain.supply.SupplyQuery;
import org.partnerhub.domain.supply.SupplyRepository;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.domain.supply.SupplyVisibility;

@ApplicationScoped
class JpaSupplyRepository implements SupplyRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public Optional<SupplyItem> find(Long id) {
        return Optional.ofNullable(em.find(SupplyItem.class, id));
    }

    @Override
    public Optional<SupplyItem> findForUpdate(Long id) {
        SupplyItem item = em.find(SupplyItem.class, id);
        if (item == null) {
            return Optional.empty();
        }
        em.refresh(item, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(item);
    }

    @Override
    public Page<SupplyItem> find(SupplyQuery query, PageRequest page) {
        Filter filter = new Filter()
                // serves the region: one of its regions is that region or above it (an index lookup of those paths)
                .and("s.id IN (SELECT r.supplyId FROM ServedRegionRow r WHERE r.regionPath IN :served)",
                        "served", query.servedPaths().isEmpty() ? null : query.servedPaths())
                .and("s.categoryCode IN :categories", "categories",
                        query.categories().isEmpty() ? null : query.categories())
                .and("s.fundingMode = :fundingMode", "fundingMode", query.fundingMode())
                .andContains("s.targetGroups LIKE :targetGroup ESCAPE '!'", "targetGroup",
                        query.targetGroup() == null ? null : query.targetGroup().name())
                .and("s.partnerId = :partnerId", "partnerId", query.partnerId())
                .and("s.status = :status", "status", query.status())
                .and("s.updatedAt >= :updatedSince", "updatedSince", query.updatedSince());
        boolean feed = query.updatedSince() != null;
        String order = TextSearch.apply(filter, SearchKind.SUPPLY, "s.id", "s.title", SearchPlan.of(query.terms()),
                feed ? "s.updatedAt, s.id" : "s.createdAt DESC, s.id DESC", !feed);
        // the page's served regions in one statement, not one per item
        filter.hint("eclipselink.batch.type", "IN").hint("eclipselink.batch", "s.serviceAreas");
        return visible(filter, query.visibility(), query.tombstones()).page(em, SupplyItem.class, "SupplyItem s", order, page);
    }

    @Override
    public List<SupplyItem> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM SupplyItem s WHERE s.id IN :ids ORDER BY s.id", SupplyItem.class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList();
    }

    /**
     * The public catalogue (published items of listed partners), and beyond it the reader's own organisation's; for a
     * sync with tombstones also the items that were published once, which the service turns into tombstones.
     */
    private static Filter visible(Filter filter, SupplyVisibility visibility, boolean withTombstones) {
        if (visibility.all()) {
            return filter;
        }
        List<Object> namesAndValues = new ArrayList<>(List.of("publicStatuses", List.copyOf(SupplyStatus.PUBLIC)));
        // the partner's standing as the item keeps it (SupplyStanding), indexed with the status
        StringBuilder condition = new StringBuilder("((s.status IN :publicStatuses AND s.partnerListed = TRUE)");
        if (visibility.partnerId() != null) {
            condition.append(" OR s.partnerId = :ownPartner");
            namesAndValues.addAll(List.of("ownPartner", visibility.partnerId()));
        }
        if (withTombstones) {
            condition.append(" OR s.publishedAt IS NOT NULL");
        }
        return filter.andEach(condition.append(')').toString(), namesAndValues.toArray());
    }

    @Override
    public void setPartnerListed(Long partnerId, boolean listed) {
        // a change of every item's visibility: a sync (?updatedSince=) must see the items leave and come back
        em.createQuery("UPDATE SupplyItem s SET s.partnerListed = :listed, s.updatedAt = :now "
                        + "WHERE s.partnerId = :partner AND s.partnerListed <> :listed")
                .setParameter("listed", listed)
                .setParameter("now", clock.instant())
                .setParameter("partner", partnerId)
                .executeUpdate();
    }

    @Override
    public void setPartnerName(Long partnerId, String name) {
        em.createQuery("UPDATE SupplyItem s SET s.partnerName = :name WHERE s.partnerId = :partner")
                .setParameter("name", name)
                .setParameter("partner", partnerId)
                .executeUpdate();
    }

    @Override
    public void add(SupplyItem item) {
        em.persist(item);
    }

    @Override
    public Set<String> existingImportKeys(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT s.importKey FROM SupplyItem s WHERE s.importKey IN :keys", String.class)
                .setParameter("keys", List.copyOf(keys))
                .getResultList());
    }

    @Override
    public void flush() {
        em.flush();
    }
}
