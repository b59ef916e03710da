package org.partnerhub.domain.need;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/** Needs, with the queries that the fund, the duplicate check and the import ask. */
public interface NeedRepository {

    Optional<Need> find(Long id);

    /** The need, locked for this transaction (the version still guards edits made from a form read earlier). */
    Optional<Need> findForUpdate(Long id);

    Page<Need> find(NeedQuery query, PageRequest page);

    /** All needs of the query, in list order, at most {@code limit} (for exports). */
    List<Need> findAll(NeedQuery query, int limit);

    /** Open needs of a street in one category, newest first, at most {@code limit}: the duplicate candidates. */
    List<Need> findOpen(String streetPath, CategoryCode category, int limit);

    /**
     * What the needs of a community hold of its fund for {@code year}, leaving out {@code exceptNeed} if given: the
     * budgets of its needs that are not closed and that the community's side has taken on ({@link Need#earmark()}).
     */
    long earmarked(RegionCode community, int year, Long exceptNeed);

    /** What the needs hold of their communities' funds for {@code year}, per community under {@code regionPath}. */
    Map<RegionCode, Long> earmarkedUnder(String regionPath, int year);

    /** Which of these import keys are already taken. */
    Set<String> existingImportKeys(Collection<String> keys);

    List<Need> findByVisit(Long visitId);

    /** These needs (those that exist), by id. */
    List<Need> findByIds(Collection<Long> ids);

    void add(Need need);

    /**
     * Stores new needs from a spreadsheet, each with its own import key not yet taken, with their histories, written
     * in batches, and answers their ids by import key. The needs are not managed afterwards: read them again to change
     * them.
     */
    Map<String, Long> addImported(List<Need> needs);

    void flush();
}
