package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidValueException;

/**
 * Turns the region and category codes people type into the regions and categories they name, or into a field error
 * that says what is wrong with them (unknown, or not of the level asked for).
 */
@ApplicationScoped
public class Places {

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    /** The region of {@code code}, which must exist and be of {@code level} (any level when null). */
    public Region region(String code, RegionLevel level, String field, String levelKey, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of(field, "text.required"));
            return null;
        }
        Optional<Region> found = find(code);
        if (found.isEmpty()) {
            errors.add(FieldError.of(field, "region.notFound", code.strip()));
            return null;
        }
        if (level != null && found.get().getLevel() != level) {
            errors.add(FieldError.of(field, levelKey, found.get().getNameZh()));
            return null;
        }
        return found.get();
    }

    public Optional<Region> find(String code) {
        try {
            return regions.findByCode(RegionCode.of(code.strip()));
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /**
     * The materialised path of a region, for list filters. A region never moves (an import does not change a parent),
     * so a path once read is kept for the life of the server: a filtered list page then spends no statement on it.
     */
    public Optional<String> path(String code) {
        String key = code.strip();
        String known = PATHS.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> path = find(key).map(Region::getPath);
        path.ifPresent(p -> {
            if (PATHS.size() < MAX_PATHS) {
                PATHS.put(key, p);
            }
        });
        return path;
    }

    private static final int MAX_PATHS = 20_000;
    private static final Map<String, String> PATHS = new ConcurrentHashMap<>();

    public CategoryCode category(String code, String field, List<FieldError> errors) {
        if (code == null || code.isBlank()) {
            errors.add(FieldError.of(field, "text.required"));
            return null;
        }
        try {
            CategoryCode parsed = CategoryCode.of(code.strip());
            if (categories.findByCode(parsed).isPresent()) {
                return parsed;
            }
        } catch (InvalidValueException e) {
            // reported below like an unknown one
        }
        errors.add(FieldError.of(field, "category.notFound", code.strip()));
        return null;
    }

    /** A category and its children (a list filter on a parent shows its children's records too). */
    public List<CategoryCode> withChildren(CategoryCode code) {
        List<CategoryCode> codes = new ArrayList<>();
        codes.add(code);
        for (Category c : categories.findAll()) {
            if (code.equals(c.getParentCode())) {
                codes.add(c.getCode());
            }
        }
        return codes;
    }
}
