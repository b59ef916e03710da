package org.partnerhub.application.category;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.category.CategoryTree;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;

/** Reading the service-category tree. */
@ApplicationScoped
@Transactional
public class CategoryService {

    @Inject
    CategoryRepository categories;

    public CategoryTree tree() {
        return CategoryTree.of(categories.findAll());
    }

    public Category get(CategoryCode code) {
        return categories.findByCode(code)
                .orElseThrow(() -> new NotFoundException(Message.of("category.notFound", code.value())));
    }

    /** A category's names by its code; a code no longer in the tree stands for itself. */
    public CodedName named(CategoryCode code) {
        return categories.findByCode(code).map(c -> new CodedName(code.value(), c.getNameZh(), c.getNameEn()))
                .orElse(CodedName.unknown(code.value()));
    }
}
