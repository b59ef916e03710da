package org.partnerhub.application.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionName;
import org.partnerhub.domain.region.RegionRepository;

/**
 * The names of the regions and categories a page of records mentions, from the copies each server keeps of them
 * (categories for good, region names for a minute; {@link RegionRepository#namesOf}), so that naming a page's records
 * costs no statement of its own. Build one per list (or per record), then ask it.
 */
public final class NameBook {

    private final Map<String, CodedName> regions = new HashMap<>();
    private final Map<String, CodedName> categories = new HashMap<>();

    public NameBook(RegionRepository regionRepository, Collection<RegionCode> regionCodes,
            CategoryRepository categoryRepository) {
        for (RegionName r : regionRepository.namesOf(regionCodes).values()) {
            regions.put(r.code().value(), new CodedName(r.code().value(), r.nameZh(), r.nameEn()));
        }
        for (Category c : categoryRepository.findAll()) {
            categories.put(c.getCode().value(), new CodedName(c.getCode().value(), c.getNameZh(), c.getNameEn()));
        }
    }

    /**
     * From names another context's API gave (the region context's {@code RegionNames}, the category context's
     * {@code CategoryNames}): what a context uses that does not own the reference data.
     */
    public NameBook(Map<RegionCode, CodedName> regionNames, Map<CategoryCode, CodedName> categoryNames) {
        regionNames.forEach((code, name) -> regions.put(code.value(), name));
        categoryNames.forEach((code, name) -> categories.put(code.value(), name));
    }

    public CodedName region(RegionCode code) {
        return code == null ? null : regions.getOrDefault(code.value(), CodedName.unknown(code.value()));
    }

    public CodedName category(CategoryCode code) {
        return code == null ? null : categories.getOrDefault(code.value(), CodedName.unknown(code.value()));
    }

    /**
     * The code of the street (or other parent) in a materialised region path: the second-last step of
     * {@code /city/district/street/community/}.
     */
    public static RegionCode parentIn(String path) {
        String[] steps = path.substring(1, path.length() - 1).split("/");
        return steps.length < 2 ? null : RegionCode.of(steps[steps.length - 2]);
    }
}
