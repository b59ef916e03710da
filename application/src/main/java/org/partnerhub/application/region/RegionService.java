package org.partnerhub.application.region;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Reading the region tree. Everyone may read it; only the import changes it. */
@ApplicationScoped
@Transactional
public class RegionService {

    @Inject
    RegionRepository regions;

    public Region get(RegionCode code) {
        return regions.findByCode(code).orElseThrow(() -> notFound(code));
    }

    public Page<Region> find(RegionQuery query, PageRequest page) {
        return regions.find(query, page);
    }

    /** The children of a region, in their sort order; an unknown region is a not-found, not an empty list. */
    public Page<Region> children(RegionCode parent, PageRequest page) {
        get(parent);
        return regions.find(RegionQuery.childrenOf(parent), page);
    }

    /** The regions from the top of the tree down to {@code region}, inclusive. */
    public List<Region> lineage(Region region) {
        return regions.findByCodes(region.lineage());
    }

    public Map<RegionCode, Long> childCounts(Collection<RegionCode> parents) {
        return regions.countChildren(parents);
    }

    /** Every region in tree order, for pickers (the first 5,000). */
    public List<Region> allInTreeOrder() {
        return regions.allInTreeOrder(5_000);
    }

    public long count() {
        return regions.count();
    }

    private static NotFoundException notFound(RegionCode code) {
        return new NotFoundException(Message.of("region.notFound", code.value()));
    }

    /** A region's names by its code; a code no longer in the tree stands for itself. */
    public CodedName named(RegionCode code) {
        return regions.findByCode(code).map(r -> new CodedName(code.value(), r.getNameZh(), r.getNameEn()))
                .orElse(CodedName.unknown(code.value()));
    }
}
