package org.partnerhub.domain.category;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The categories arranged as a tree: top-level domains in order, each with its children in order. */
public record CategoryTree(List<Node> roots) {

    public record Node(Category category, List<Node> children) {}

    public static CategoryTree of(List<Category> categories) {
        List<Category> sorted = new ArrayList<>(categories);
        sorted.sort(Comparator.comparingInt(Category::getSortOrder).thenComparing(c -> c.getCode().value()));
        Map<CategoryCode, List<Category>> childrenByParent = new HashMap<>();
        List<Category> tops = new ArrayList<>();
        for (Category category : sorted) {
            if (category.isTopLevel()) {
                tops.add(category);
            } else {
                childrenByParent.computeIfAbsent(category.getParentCode(), k -> new ArrayList<>()).add(category);
            }
        }
        return new CategoryTree(tops.stream().map(c -> node(c, childrenByParent)).toList());
    }

    private static Node node(Category category, Map<CategoryCode, List<Category>> childrenByParent) {
        List<Node> children = childrenByParent.getOrDefault(category.getCode(), List.of()).stream()
                .map(c -> node(c, childrenByParent))
                .toList();
        return new Node(category, children);
    }

    public int size() {
        return count(roots);
    }

    private static int count(List<Node> nodes) {
        return nodes.stream().mapToInt(n -> 1 + count(n.children())).sum();
    }
}
