package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.search.SearchIndex;
import org.partnerhub.application.search.SearchSource;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.need.Need;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.search.SearchEntry;
import org.partnerhub.domain.search.SearchKind;

/**
 * A need in the search index: its title, and as the body its description and its category's names (a need of the
 * category 养老服务 is found by 养老). Saved with the need; the start-up job asks here for needs not yet indexed.
 */
@ApplicationScoped
@Transactional
public class NeedIndexing implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    NeedRepository needs;

    @Inject
    CategoryRepository categories;

    /** Indexes the need in the caller's transaction (after the need has its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(Need need) {
        index.put(entry(need, categories.findByCode(need.getCategoryCode()).orElse(null)));
    }

    /** The index entry of a need of this category. */
    public static SearchEntry entry(Need need, Category category) {
        return entry(need.getId(), need, category);
    }

    /** Indexes needs just written in bulk (not managed, so their ids come separately, by import key). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void putImported(List<Need> imported, Map<String, Long> idsByImportKey) {
        List<SearchEntry> entries = new ArrayList<>();
        for (Need need : imported) {
            entries.add(entry(idsByImportKey.get(need.getImportKey()), need,
                    categories.findByCode(need.getCategoryCode()).orElse(null)));
        }
        index.putNew(entries);
    }

    private static SearchEntry entry(long id, Need need, Category category) {
        return SearchEntry.of(SearchKind.NEED, id, need.getTitle(), need.getDescription(),
                category == null ? null : category.getNameZh(), category == null ? null : category.getNameEn());
    }

    @Override
    public SearchKind kind() {
        return SearchKind.NEED;
    }

    @Override
    public List<Long> unindexed(long afterId, int limit) {
        return index.unindexed(SearchKind.NEED, "need", afterId, limit);
    }

    @Override
    public void index(List<Long> ids) {
        needs.findByIds(ids).forEach(this::put);
    }
}
