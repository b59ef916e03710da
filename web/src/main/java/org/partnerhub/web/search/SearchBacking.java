package org.partnerhub.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.partnerhub.application.discovery.DiscoveryService;
import org.partnerhub.application.discovery.SearchHit;
import org.partnerhub.application.discovery.SearchResults;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ChineseText;
import org.partnerhub.web.faces.Forms;
import org.partnerhub.web.security.RequestActor;

/** The search across needs and partners ({@code /search?q=}), for anyone: the best hits, each linking to its page. */
@Named
@RequestScoped
public class SearchBacking {

    private static final int SIZE = 30;

    @Inject
    DiscoveryService discovery;

    @Inject
    RequestActor actor;

    private String q;
    private SearchResults result;

    public void load() {
        if (q == null || ChineseText.terms(q).isEmpty()) {
            return;
        }
        try {
            result = discovery.search(actor.get(), q, List.of(), SIZE);
        } catch (BusinessException e) {
            Forms.report(e, "search-form");
        }
    }

    /** The page of a hit. */
    public String href(SearchHit hit) {
        return switch (hit.kind()) {
            case NEED -> "/need?id=" + hit.id();
            case PARTNER -> "/partner?id=" + hit.id();
            case SUPPLY -> "/supply?id=" + hit.id();
        };
    }

    public List<SearchHit> getHits() {
        return result == null ? List.of() : result.hits();
    }

    public Map<SearchKind, Long> getTotals() {
        return result == null ? Map.of() : result.totals();
    }

    public boolean isSearched() {
        return result != null;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
