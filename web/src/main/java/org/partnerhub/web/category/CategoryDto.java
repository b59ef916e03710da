package org.partnerhub.web.category;

import java.util.List;
import org.partnerhub.domain.category.CategoryTree;

/** A service category with its children. */
public record CategoryDto(String code, String nameZh, String nameEn, String parentCode, List<CategoryDto> children) {

    static CategoryDto of(CategoryTree.Node node) {
        var category = node.category();
        return new CategoryDto(
                category.getCode().value(),
                category.getNameZh(),
                category.getNameEn(),
                category.getParentCode() == null ? null : category.getParentCode().value(),
                node.children().stream().map(CategoryDto::of).toList());
    }
}
