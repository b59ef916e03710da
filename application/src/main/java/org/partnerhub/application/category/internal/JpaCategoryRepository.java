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

    /**
     * The categories come only from migrations (no page or endpoint changes them), so every server reads them once:
     * a list page then names its records' categories without a statement of its own.
     */
    private volatile List<Category> all;

    @Override
    public List<Category> findAll() {
        List<Category> known = all;
        if (known == null) {
            known = List.copyOf(em.createQuery("SELECT c FROM Category c ORDER BY c.sortOrder, c.code", Category.class)
                    .getResultList());
            all = known;
        }
        return known;
    }

    @Override
    public Optional<Category> findByCode(CategoryCode code) {
        return findAll().stream().filter(c -> c.getCode().equals(code)).findFirst();
    }
}
