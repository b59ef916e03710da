package org.partnerhub.application.category.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;

@ApplicationScoped
class JpaCategoryRepository implements CategoryRepository {

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Override
    public List<Category> findAll() {
        return em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.code", Category.class).getResultList();
    }

    @Override
    public Optional<Category> findByCode(CategoryCode code) {
        return em.createQuery("SELECT c FROM Category c WHERE c.code = :code", Category.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }
}
