package org.partnerhub.application.need.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.shared.Queries;
import org.partnerhub.domain.need.CommunityFund;
import org.partnerhub.domain.need.CommunityFundRepository;
import org.partnerhub.domain.region.RegionCode;

@ApplicationScoped
class JpaCommunityFundRepository implements CommunityFundRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public Optional<CommunityFund> find(RegionCode community, int year) {
        return fund(community, year, LockModeType.NONE);
    }

    @Override
    public Optional<CommunityFund> findForUpdate(RegionCode community, int year) {
        return fund(community, year, LockModeType.PESSIMISTIC_WRITE);
    }

    private Optional<CommunityFund> fund(RegionCode community, int year, LockModeType lock) {
        return em.createQuery("SELECT f FROM CommunityFund f WHERE f.communityCode = :community AND f.year = :year",
                        CommunityFund.class)
                .setParameter("community", community)
                .setParameter("year", year)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<CommunityFund> findUnder(String regionPath, int year) {
        return em.createQuery("SELECT f FROM CommunityFund f WHERE f.regionPath LIKE :path ESCAPE '!' AND f.year = :year "
                        + "ORDER BY f.communityCode", CommunityFund.class)
                .setParameter("path", Queries.escapeLike(regionPath) + "%")
                .setParameter("year", year)
                .getResultList();
    }

    @Override
    public void add(CommunityFund fund) {
        em.persist(fund);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
