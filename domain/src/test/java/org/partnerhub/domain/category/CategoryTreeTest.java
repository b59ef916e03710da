package org.partnerhub.domain.category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.InvalidValueException;

class CategoryTreeTest {

    private static final Instant NOW = Instant.parse("2025-11-27T01:30:00Z");

    @Test
    void categoriesAreArrangedUnderTheirParentsInSortOrder() {
        CategoryTree tree = CategoryTree.of(List.of(
                Category.create(CategoryCode.of("elderly-meals"), CategoryCode.of("elderly-children"), "养老助餐", null, 1, NOW),
                Category.create(CategoryCode.of("neighbour-aid"), null, "邻里互助", null, 2, NOW),
                Category.create(CategoryCode.of("parent-child"), CategoryCode.of("elderly-children"), "亲子教育", null, 2, NOW),
                Category.create(CategoryCode.of("elderly-children"), null, "一老一小", null, 1, NOW)));

        assertThat(tree.roots()).extracting(n -> n.category().getCode().value())
                .containsExactly("elderly-children", "neighbour-aid");
        assertThat(tree.roots().get(0).children()).extracting(n -> n.category().getNameZh())
                .containsExactly("养老助餐", "亲子教育");
        assertThat(tree.size()).isEqualTo(4);
    }

    @Test
    void categoryCodesAreLowerCaseWords() {
        assertThat(CategoryCode.of(" Elderly-Meals ").value()).isEqualTo("elderly-meals");
        assertThatThrownBy(() -> CategoryCode.of("elderly meals")).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CategoryCode.of("-x")).isInstanceOf(InvalidValueException.class);
    }
}
