package org.partnerhub.web.region;

import java.time.OffsetDateTime;
import java.util.List;
import org.partnerhub.domain.region.Region;
import org.partnerhub.web.shared.ApiTime;

/** A region as the API shows it. {@code lineage} (top of the tree first) is filled on single-region answers only. */
public record RegionDto(
        String code,
        String nameZh,
        String nameEn,
        String level,
        String kind,
        String parentCode,
        Long childCount,
        String note,
        OffsetDateTime updatedAt,
        List<RegionRef> lineage) {

    /** A region named in passing. */
    public record RegionRef(String code, String nameZh, String nameEn, String level) {

        static RegionRef of(Region region) {
            return new RegionRef(region.getCode().value(), region.getNameZh(), region.getNameEn(), region.getLevel().name());
        }
    }

    static RegionDto of(Region region, Long childCount, List<Region> lineage) {
        return new RegionDto(
                region.getCode().value(),
                region.getNameZh(),
                region.getNameEn(),
                region.getLevel().name(),
                region.getKind().name(),
                region.getParentCode() == null ? null : region.getParentCode().value(),
                childCount,
                region.getNote(),
                ApiTime.of(region.getUpdatedAt()),
                lineage == null ? null : lineage.stream().map(RegionRef::of).toList());
    }
}
