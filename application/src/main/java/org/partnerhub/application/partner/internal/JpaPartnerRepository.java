package org.partnerhub.application.partner.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.application.search.TextSearch;
import org.partnerhub.application.shared.Filter;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.partner.ApplicationQuery;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.Partner;
import org.partnerhub.domain.partner.PartnerApplication;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.partner.PartnerStanding;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.search.SearchPlan;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

@ApplicationScoped
class JpaPartnerRepository implements PartnerRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<PartnerApplication> findApplication(String number) {
        return application(number, LockModeType.NONE);
    }

    @Override
    public Optional<PartnerApplication> findApplicationForUpdate(String number) {
        return application(number, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<PartnerApplication> application(String number, LockModeType lock) {
        return em.createQuery("SELECT a FROM PartnerApplication a WHERE a.number = :number", PartnerApplication.class)
                .setParameter("number", number)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<PartnerApplication> findOpenApplication(CreditCode creditCode) {
        return em.createQuery("SELECT a FROM PartnerApplication a WHERE a.organisation.creditCode = :code "
                        + "AND a.status IN :open", PartnerApplication.class)
                .setParameter("code", creditCode.value())
                .setParameter("open", java.util.List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<PartnerApplication> findApplications(ApplicationQuery query, PageRequest page) {
        return new Filter()
                .and("a.status = :status", "status", query.status())
                .and("a.organisation.type = :type", "type", query.type())
                .and("a.submittedAt >= :from", "from", query.submittedFrom())
                .and("a.submittedAt < :to", "to", query.submittedTo())
                .and("EXISTS (SELECT r FROM Region r WHERE r.code = a.organisation.homeRegionCode "
                        + "AND r.path LIKE :path ESCAPE '!')", "path",
                        query.regionPath() == null ? null : Queries.escapeLike(query.regionPath()) + "%")
                .page(em, PartnerApplication.class, "PartnerApplication a", "a.submittedAt DESC, a.id DESC", page);
    }

    @Override
    public void addApplication(PartnerApplication application) {
        em.persist(application);
    }

    @Override
    public Optional<Partner> findPartner(Long id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    @Override
    public Map<Long, PartnerStanding> standings(Collection<Long> ids) {
        Map<Long, PartnerStanding> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        for (Object[] row : em.createQuery("SELECT p.id, p.organisation.name, p.status FROM Partner p WHERE p.id IN :ids",
                        Object[].class)
                .setParameter("ids", List.copyOf(ids))
                .getResultList()) {
            found.put((Long) row[0], new PartnerStanding((Long) row[0], (String) row[1], (PartnerStatus) row[2]));
        }
        return found;
    }

    @Override
    public Optional<Partner> findPartnerForUpdate(Long id) {
        return Optional.ofNullable(em.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Partner> findCurrentPartner(CreditCode creditCode) {
        return em.createQuery("SELECT p FROM Partner p WHERE p.organisation.creditCode = :code AND p.status IN :current",
                        Partner.class)
                .setParameter("code", creditCode.value())
                .setParameter("current", List.of(PartnerStatus.ACTIVE, PartnerStatus.SUSPENDED))
                .getResultStream()
                .findFirst();
    }

    @Override
    public Page<Partner> findPartners(PartnerQuery query, PageRequest page) {
        String served = query.servesPath();
        Filter filter = new Filter()
                .and("p.status = :status", "status", query.listedOnly() ? PartnerStatus.ACTIVE : null)
                .and("p.organisation.type = :type", "type", query.type())
                .and(":category MEMBER OF p.categoryCodes", "category", query.category())
                // serves the region: one of its areas is that region, above it, or inside it
                .andEach("EXISTS (SELECT a FROM Partner q JOIN q.serviceAreas a WHERE q = p AND "
                        + "(LOCATE(a.regionPath, :served) = 1 OR a.regionPath LIKE :servedPrefix ESCAPE '!'))",
                        "served", served, "servedPrefix", served == null ? null : Queries.escapeLike(served) + "%")
                // the page's areas and categories in one statement each, not one per partner
                .hint("eclipselink.batch.type", "IN")
                .hint("eclipselink.batch", "p.serviceAreas")
                .hint("eclipselink.batch", "p.categoryCodes");
        String order = TextSearch.apply(filter, SearchKind.PARTNER, "p.id", "p.organisation.name",
                SearchPlan.of(query.text()), "p.admittedAt DESC, p.id DESC", true);
        return filter.page(em, Partner.class, "Partner p", order, page);
    }

    @Override
    public void addPartner(Partner partner) {
        em.persist(partner);
        em.flush();
    }

    @Override
    public void flush() {
        em.flush();
    }

    @Override
    public long nextInSequence(String name, int year) {
        // one atomic statement: the first caller of a year starts at 1, every later one gets the next number
        em.createNativeQuery("INSERT INTO sequence_counter (name, year, next_value) VALUES (?, ?, LAST_INSERT_ID(1)) "
                        + "ON DUPLICATE KEY UPDATE next_value = LAST_INSERT_ID(next_value + 1)")
                .setParameter(1, name)
                .setParameter(2, year)
                .executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }
}
