package org.partnerhub.domain.category;

import java.util.List;
import java.util.Optional;

/** The service categories. */
public interface CategoryRepository {

    /** Every category, parents before children, each level in its sort order. */
    List<Category> findAll();

    Optional<Category> findByCode(CategoryCode code);
}
