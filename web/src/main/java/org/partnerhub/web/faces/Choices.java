package org.partnerhub.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.category.CategoryService;
import org.partnerhub.application.region.RegionService;
import org.partnerhub.domain.category.CategoryTree;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.Region;

/** The options of the pickers every form shares: regions and categories in tree order, partner types. */
@Named
@RequestScoped
public class Choices {

    /** An option: its value, and its label indented by its depth in the tree. */
    public record Option(String value, String label) {}

    @Inject
    RegionService regions;

    @Inject
    CategoryService categories;

    @Inject
    LanguageBean lang;

    private List<Option> regionOptions;
    private List<Option> categoryOptions;

    public List<Option> getRegions() {
        if (regionOptions == null) {
            regionOptions = new ArrayList<>();
            for (Region region : regions.allInTreeOrder()) {
                int depth = region.getLevel().ordinal();
                regionOptions.add(new Option(region.getCode().value(), "\u3000".repeat(depth) + region.name(lang.isEnglish())));
            }
        }
        return regionOptions;
    }

    public List<Option> getCategories() {
        if (categoryOptions == null) {
            categoryOptions = new ArrayList<>();
            for (CategoryTree.Node root : categories.tree().roots()) {
                add(root, 0);
            }
        }
        return categoryOptions;
    }

    private void add(CategoryTree.Node node, int depth) {
        categoryOptions.add(new Option(node.category().getCode().value(),
                "\u3000".repeat(depth) + node.category().name(lang.isEnglish())));
        node.children().forEach(child -> add(child, depth + 1));
    }

    public PartnerType[] getPartnerTypes() {
        return PartnerType.values();
    }
}
