package org.partnerhub.application.file.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.file.FileRepository;
import org.partnerhub.domain.file.StoredFile;

@ApplicationScoped
class JpaFileRepository implements FileRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public void add(StoredFile file) {
        em.persist(file);
    }

    @Override
    public Optional<StoredFile> find(String key) {
        return em.createQuery("SELECT f FROM StoredFile f WHERE f.key = :key", StoredFile.class)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    @Override
    public int removeUnclaimedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM StoredFile f WHERE f.claimed = FALSE AND f.createdAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
