package org.partnerhub.application.shared;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionRepository;

/**
 * The names of the regions and categories a page of records mentions, loaded with one query each instead of one per
 * record. Build one per list (or per record), then ask it.
 */
public final class NameBook {

    private final Map<String, CodedName> regions = new HashMap<>();
    private final Map<String, CodedName> categories = new HashMap<>();

    public NameBook(RegionRepository regionRepository, Collection<RegionCode> regionCodes,
            CategoryRepository categoryRepository) {
        if (!regionCodes.isEmpty()) {
            for (Region r : regionRepository.findByCodes(regionCodes)) {
                regions.put(r.getCode().value(), new CodedName(r.getCode().value(), r.getNameZh(), r.getNameEn()));
            }
        }
        for (Category c : categoryRepository.findAll()) {
            categories.put(c.getCode().value(), new CodedName(c.getCode().value(), c.getNameZh(), c.getNameEn()));
        }
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
