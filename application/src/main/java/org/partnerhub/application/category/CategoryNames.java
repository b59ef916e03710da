package org.partnerhub.application.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;

/**
 * The category context's API for the others: every category's names and parent, from the copy each server keeps
 * (categories change only by migrations).
 */
@ApplicationScoped
@Transactional
public class CategoryNames {

    @Inject
    CategoryRepository categories;

    /** Every category's names by code, parents before children, each level in its sort order. */
    public Map<CategoryCode, CodedName> all() {
        Map<CategoryCode, CodedName> names = new LinkedHashMap<>();
        for (Category c : categories.findAll()) {
            names.put(c.getCode(), new CodedName(c.getCode().value(), c.getNameZh(), c.getNameEn()));
        }
        return names;
    }

    /** Each category's parent (top-level categories are absent). */
    public Map<CategoryCode, CategoryCode> parents() {
        Map<CategoryCode, CategoryCode> parents = new LinkedHashMap<>();
        for (Category c : categories.findAll()) {
            if (c.getParentCode() != null) {
                parents.put(c.getCode(), c.getParentCode());
            }
        }
        return parents;
    }

    /** Every category's code, parents before children. */
    public List<CategoryCode> codes() {
        return categories.findAll().stream().map(Category::getCode).toList();
    }
}
