package org.partnerhub.application.supply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.partnerhub.application.search.SearchIndex;
import org.partnerhub.application.search.SearchSource;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.search.SearchEntry;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.supply.SupplyItem;
import org.partnerhub.domain.supply.SupplyRepository;

/**
 * A supply item in the search index, like a need: its title, and as the body its description and its category's names
 * (an item of the category 养老服务 is found by 养老). Saved with the item; the start-up job asks here for items not yet
 * indexed.
 */
@ApplicationScoped
@Transactional
public class SupplyIndexing implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    SupplyRepository supplies;

    @Inject
    CategoryRepository categories;

    /** Indexes the item in the caller's transaction (after the item has its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(SupplyItem item) {
        index.put(entry(item, categories.findByCode(item.getCategoryCode()).orElse(null)));
    }

    /** The index entry of an item of this category. */
    public static SearchEntry entry(SupplyItem item, Category category) {
        return SearchEntry.of(SearchKind.SUPPLY, item.getId(), item.getTitle(), item.getDescription(),
                category == null ? null : category.getNameZh(), category == null ? null : category.getNameEn());
    }

    @Override
    public SearchKind kind() {
        return SearchKind.SUPPLY;
    }

    @Override
    public List<Long> unindexed(long afterId, int limit) {
        return index.unindexed(SearchKind.SUPPLY, "supply_item", afterId, limit);
    }

    @Override
    public void index(List<Long> ids) {
        supplies.findByIds(ids).forEach(this::put);
    }
}
