package org.partnerhub.application.discovery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.search.SearchKind;
import org.partnerhub.domain.search.SearchPlan;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/**
 * One search across needs, supply items and partners: each kind's own list
 * query runs with the text — so each keeps its own visibility rules (drafts and non-public needs only for those who
 * may read them, suspended partners never) — and the best hits of all kinds are merged by the same relevance the
 * lists rank by ({@link SearchPlan#rank}), then the newer first.
 */
@ApplicationScoped
public class DiscoveryService {

    /** The kinds this search answers for today. */
    public static final Set<SearchKind> KINDS = EnumSet.of(SearchKind.NEED, SearchKind.SUPPLY, SearchKind.PARTNER);

    public static final int MAX_SIZE = 50;
    private static final int SUMMARY_LENGTH = 80;

    @Inject
    NeedService needs;

    @Inject
    PartnerService partners;

    @Inject
    SupplyService supplies;

    /** The best {@code size} hits of {@code kinds} (all kinds when empty) for {@code q}; a blank query is a 400. */
    public SearchResults search(Actor actor, String q, Collection<SearchKind> kinds, int size) {
        SearchPlan plan = SearchPlan.of(q);
        if (plan.isEmpty()) {
            throw InvalidInputException.of("q", "text.required");
        }
        Set<SearchKind> asked = kinds == null || kinds.isEmpty() ? KINDS : EnumSet.copyOf(kinds);
        for (SearchKind kind : asked) {
            if (!KINDS.contains(kind)) {
                throw InvalidInputException.of("kinds", "param.enum", kind.name(), "NEED, SUPPLY, PARTNER");
            }
        }
        int limit = Math.max(1, Math.min(size, MAX_SIZE));
        PageRequest first = new PageRequest(0, limit);
        List<SearchHit> hits = new ArrayList<>();
        Map<SearchKind, Long> totals = new EnumMap<>(SearchKind.class);
        if (asked.contains(SearchKind.NEED)) {
            Page<NeedView> found = needs.list(actor, new NeedFilter(null, null, null, null, null, null, null, null, q,
                    null, null), first);
            totals.put(SearchKind.NEED, found.total());
            for (NeedView n : found.items()) {
                hits.add(new SearchHit(SearchKind.NEED, n.id(), n.title(), summary(n.description()), plan.rank(n.title()),
                        n.createdAt()));
            }
        }
        if (asked.contains(SearchKind.SUPPLY)) {
            Page<SupplyView> found = supplies.list(actor, new SupplyFilter(null, null, null, null, null, null, q, null),
                    first);
            totals.put(SearchKind.SUPPLY, found.total());
            for (SupplyView s : found.items()) {
                hits.add(new SearchHit(SearchKind.SUPPLY, s.id(), s.title(), summary(s.description()),
                        plan.rank(s.title()), s.createdAt()));
            }
        }
        if (asked.contains(SearchKind.PARTNER)) {
            Page<PartnerView> found = partners.directory(new PartnerQuery(null, null, null, q, true), first);
            totals.put(SearchKind.PARTNER, found.total());
            for (PartnerView p : found.items()) {
                hits.add(new SearchHit(SearchKind.PARTNER, p.id(), p.name(), summary(p.introduction()),
                        plan.rank(p.name()), p.admittedAt()));
            }
        }
        hits.sort(Comparator.comparingInt(SearchHit::relevance).reversed()
                .thenComparing(SearchHit::at, Comparator.reverseOrder())
                .thenComparing(SearchHit::kind)
                .thenComparing(SearchHit::id, Comparator.reverseOrder()));
        return new SearchResults(q.strip(), List.copyOf(hits.subList(0, Math.min(limit, hits.size()))), totals);
    }

    private static String summary(String text) {
        if (text == null) {
            return "";
        }
        return text.codePointCount(0, text.length()) <= SUMMARY_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
