package org.partnerhub.application.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.partnerhub.application.search.SearchIndex;
import org.partnerhub.application.search.SearchSource;
import org.partnerhub.domain.category.Category;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.partner.Partner;
import org.partnerhub.domain.partner.PartnerRepository;
import org.partnerhub.domain.search.SearchEntry;
import org.partnerhub.domain.search.SearchKind;

/**
 * A partner in the search index: its name as the title, and as the body its introduction and the names of the
 * categories it serves. Saved with the partner (admission, profile edit, identity change); the start-up job asks here
 * for partners not yet indexed. Whether a partner is listed is not the index's business: the library's query keeps to
 * active partners.
 */
@ApplicationScoped
@Transactional
public class PartnerIndexing implements SearchSource {

    @Inject
    SearchIndex index;

    @Inject
    PartnerRepository partners;

    @Inject
    CategoryRepository categories;

    /** Indexes the partner in the caller's transaction (after the partner has its id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void put(Partner partner) {
        List<String> body = new ArrayList<>();
        body.add(partner.getOrganisation().getIntroduction());
        for (CategoryCode code : partner.getCategoryCodes()) {
            categories.findByCode(code).ifPresent(c -> {
                body.add(c.getNameZh());
                body.add(c.getNameEn());
            });
        }
        index.put(entry(partner, body));
    }

    static SearchEntry entry(Partner partner, List<String> body) {
        return SearchEntry.of(SearchKind.PARTNER, partner.getId(), partner.getOrganisation().getName(),
                body.toArray(String[]::new));
    }

    /** The body parts of a partner of these categories, for loaders that index without a transaction of ours. */
    public static List<String> body(String introduction, List<Category> served) {
        List<String> body = new ArrayList<>();
        body.add(introduction);
        served.forEach(c -> {
            body.add(c.getNameZh());
            body.add(c.getNameEn());
        });
        return body;
    }

    @Override
    public SearchKind kind() {
        return SearchKind.PARTNER;
    }

    @Override
    public List<Long> unindexed(long afterId, int limit) {
        return index.unindexed(SearchKind.PARTNER, "partner", afterId, limit);
    }

    @Override
    public void index(List<Long> ids) {
        for (Long id : ids) {
            partners.findPartner(id).ifPresent(this::put);
        }
    }
}
