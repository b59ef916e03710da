package org.partnerhub.application.imports.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.imports.ImportJob;
import org.partnerhub.domain.imports.ImportJobRepository;
import org.partnerhub.domain.imports.ImportJobStatus;
import org.partnerhub.domain.imports.ImportRowError;

@ApplicationScoped
class JpaImportJobRepository implements ImportJobRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void add(ImportJob job) {
        em.persist(job);
    }

    @Override
    public Optional<ImportJob> find(Long id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    @Override
    public Optional<ImportJob> findForUpdate(Long id) {
        ImportJob job = em.find(ImportJob.class, id);
        if (job == null) {
            return Optional.empty();
        }
        em.refresh(job, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(job);
    }

    @Override
    public void addErrors(List<ImportRowError> errors) {
        errors.forEach(em::persist);
    }

    @Override
    public List<ImportRowError> errors(Long jobId, int limit) {
        return em.createQuery("SELECT e FROM ImportRowError e WHERE e.jobId = :job ORDER BY e.rowNumber, e.id",
                        ImportRowError.class)
                .setParameter("job", jobId)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<ImportJob> findStale(Instant silentSince) {
        return em.createQuery("SELECT j FROM ImportJob j WHERE j.status IN :open AND j.updatedAt < :since", ImportJob.class)
                .setParameter("open", List.of(ImportJobStatus.QUEUED, ImportJobStatus.RUNNING))
                .setParameter("since", silentSince)
                .getResultList();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
