package org.partnerhub.domain.region;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** The regions of the tree. */
public interface RegionRepository {

    Optional<Region> findByCode(RegionCode code);

    /** Regions whose Chinese name is exactly {@code nameZh}; more than one means the name is ambiguous. */
    List<Region> findByNameZh(String nameZh);

    List<Region> findByCodes(Collection<RegionCode> codes);

    /**
     * The names of the given regions (unknown codes are absent), from a copy of every region's names each server keeps
     * for a short while: list pages name their records' regions without a statement of their own. A rename shows on
     * this server at once ({@link #forgetNames}), on others within a minute.
     */
    Map<RegionCode, RegionName> namesOf(Collection<RegionCode> codes);

    /** Drops this server's copy of the names (after an import changed the tree). */
    void forgetNames();

    /** The regions matching the query, ordered top-down by level and code (or by change time for a change feed). */
    Page<Region> find(RegionQuery query, PageRequest page);

    long count();

    /** How many children each of the given regions has (regions without children are absent). */
    Map<RegionCode, Long> countChildren(Collection<RegionCode> parents);

    /** The highest sort order in use, or 0 for an empty tree; new regions are placed after it. */
    int maxSortOrder();

    void add(Region region);

    /** Every region, parents before children and siblings in their order (for pickers); at most {@code limit}. */
    List<Region> allInTreeOrder(int limit);
}
