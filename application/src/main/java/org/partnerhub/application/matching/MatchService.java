package org.partnerhub.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.partnerhub.application.category.CategoryNames;
import org.partnerhub.application.need.CandidateNeed;
import org.partnerhub.application.need.MatchableNeed;
import org.partnerhub.application.need.NeedMatching;
import org.partnerhub.application.partner.PartnerStandings;
import org.partnerhub.application.region.RegionNames;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.supply.CandidateItem;
import org.partnerhub.application.supply.MatchableItem;
import org.partnerhub.application.supply.SupplyMatching;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.matching.ItemSide;
import org.partnerhub.domain.matching.MatchScore;
import org.partnerhub.domain.matching.MatchScorer;
import org.partnerhub.domain.matching.NeedSide;
import org.partnerhub.domain.matching.TrackRecord;
import org.partnerhub.domain.matching.TrackRecordRepository;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.partner.PartnerStanding;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * Matching (供需匹配), both ways: the supply items that fit a need and the needs a supply item could serve, each with
 * a score and its reasons. Whoever may read the need (or item) may read its matches; the other side is always
 * something the public may see (published needs; published items of active partners with capacity left). Candidates
 * come from the need and supply contexts' query APIs ({@link NeedMatching#candidatesFor},
 * {@link SupplyMatching#candidatesFor}: their own index-driven SQL), the score from the domain's {@link MatchScorer}.
 */
@ApplicationScoped
@Transactional
public class MatchService {

    /** The most matches one answer lists. */
    public static final int MAX_LIMIT = 50;

    @Inject
    TrackRecordRepository trackRecords;

    @Inject
    NeedMatching needs;

    @Inject
    SupplyMatching supplies;

    @Inject
    PartnerStandings partners;

    @Inject
    RegionNames regionNames;

    @Inject
    CategoryNames categories;

    @Inject
    MatchSettings settings;

    /** A counterpart and its score, before names are read. */
    record Scored<T>(T candidate, MatchScore score) {}

    /** An item found for a need, with the served regions that hold the need's community (none: cross-region). */
    record ItemCandidate(ItemSide side, String title) {}

    /** A need found for an item. */
    record NeedCandidate(NeedSide side, String title, RegionCode community) {}

    /** The best supply items for the need, best first ({@code limit}: 1–50). */
    public List<MatchView> forNeed(Actor actor, Long needId, int limit) {
        checkLimit(limit);
        MatchableNeed need = needs.readable(actor, needId)
                .orElseThrow(() -> new NotFoundException(Message.of("need.notFound", needId)));
        List<Scored<ItemCandidate>> ranked = rankItems(side(need), limit);
        boolean mayPropose = need.readerOwns();
        Map<Long, PartnerStanding> standings = partners.of(
                ranked.stream().map(s -> s.candidate().side().partnerId()).toList());
        Map<CategoryCode, CodedName> names = categories.all();
        List<MatchView> views = new ArrayList<>();
        for (Scored<ItemCandidate> s : ranked) {
            ItemSide item = s.candidate().side();
            PartnerStanding partner = standings.get(item.partnerId());
            views.add(new MatchView(needId, item.id(), s.score().score(), s.score().reasons(),
                    new Counterpart(Counterpart.Kind.SUPPLY, item.id(), s.candidate().title(),
                            names.get(item.category()), item.fundingMode(), item.partnerId(),
                            partner == null ? null : partner.name(), item.left(), item.capacity(), null, null),
                    mayPropose));
        }
        return views;
    }

    /** The best needs for the supply item, best first ({@code limit}: 1–50). */
    public List<MatchView> forSupply(Actor actor, Long supplyId, int limit) {
        checkLimit(limit);
        MatchableItem item = supplies.readable(actor, supplyId)
                .orElseThrow(() -> new NotFoundException(Message.of("supply.notFound", supplyId)));
        List<Scored<NeedCandidate>> ranked = rankNeeds(side(item), limit);
        boolean mayPropose = item.readerOwns();
        Set<RegionCode> communities = new HashSet<>();
        ranked.forEach(s -> communities.add(s.candidate().community()));
        Map<RegionCode, CodedName> places = regionNames.current(communities);
        Map<CategoryCode, CodedName> names = categories.all();
        List<MatchView> views = new ArrayList<>();
        for (Scored<NeedCandidate> s : ranked) {
            NeedSide need = s.candidate().side();
            RegionCode community = s.candidate().community();
            views.add(new MatchView(need.id(), supplyId, s.score().score(), s.score().reasons(),
                    new Counterpart(Counterpart.Kind.NEED, need.id(), s.candidate().title(), names.get(need.category()),
                            need.fundingMode(), null, null, null, null,
                            places.getOrDefault(community, CodedName.unknown(community.value())), need.budgetFen()),
                    mayPropose));
        }
        return views;
    }

    /** The need's best items, scored and ranked (for any reader: the caller has checked who asks). */
    List<Scored<ItemCandidate>> rankItems(NeedSide side, int limit) {
        MatchScorer scorer = scorer();
        if (!side.open()) {
            return List.of();
        }
        List<ItemCandidate> found = new ArrayList<>();
        for (CandidateItem c : supplies.candidatesFor(side.communityPath(), family(scorer, side.category()),
                side.category(), settings.candidatesPerRegion(), settings.crossRegionCandidates())) {
            found.add(new ItemCandidate(new ItemSide(c.id(), c.partnerId(), SupplyStatus.PUBLISHED, true,
                    c.category(), c.servedPaths(), c.capacity(), c.inUse(), c.fundingMode()), c.title()));
        }
        // scored first without track records: only a candidate whose score plus the most a track record can add
        // reaches the limit-th best can end in the top, so only those partners' records are read
        Map<Long, MatchScore> base = new HashMap<>();
        for (ItemCandidate c : found) {
            scorer.score(side, c.side(), TrackRecord.NONE).ifPresent(s -> base.put(c.side().id(), s));
        }
        int bar = bar(base.values(), limit);
        Set<Long> partnerIds = new LinkedHashSet<>();
        for (ItemCandidate c : found) {
            MatchScore s = base.get(c.side().id());
            if (s != null && s.score() + scorer.maxTrackRecordPoints() >= bar) {
                partnerIds.add(c.side().partnerId());
            }
        }
        Map<Long, TrackRecord> records = trackRecords.forPartners(partnerIds);
        List<Scored<ItemCandidate>> scored = new ArrayList<>();
        List<MatchScorer.Ranked> ranking = new ArrayList<>();
        Map<Long, Scored<ItemCandidate>> byId = new HashMap<>();
        for (ItemCandidate c : found) {
            MatchScore score = base.get(c.side().id());
            if (score == null) {
                continue;
            }
            TrackRecord record = records.get(c.side().partnerId());
            if (record != null) {
                score = scorer.score(side, c.side(), record).orElseThrow();
            }
            byId.put(c.side().id(), new Scored<>(c, score));
            ranking.add(new MatchScorer.Ranked(c.side().id(), score));
        }
        ranking.sort(MatchScorer.RANKING);
        for (MatchScorer.Ranked r : ranking.subList(0, Math.min(limit, ranking.size()))) {
            scored.add(byId.get(r.counterpartId()));
        }
        return scored;
    }

    /** The limit-th best of these scores (any score passes when there are fewer). */
    private static int bar(Collection<MatchScore> scores, int limit) {
        if (scores.size() < limit) {
            return Integer.MIN_VALUE;
        }
        return scores.stream().map(MatchScore::score).sorted(Comparator.reverseOrder()).skip(limit - 1L)
                .findFirst().orElse(Integer.MIN_VALUE);
    }

    /** The item's best needs, scored and ranked (for any reader: the caller has checked who asks). */
    List<Scored<NeedCandidate>> rankNeeds(ItemSide side, int limit) {
        MatchScorer scorer = scorer();
        if (!side.open()) {
            return List.of();
        }
        List<NeedCandidate> found = new ArrayList<>();
        for (CandidateNeed c : needs.candidatesFor(side.servedPaths(), family(scorer, side.category()),
                side.category(), settings.candidatesPerRegion(), settings.crossRegionCandidates())) {
            found.add(new NeedCandidate(new NeedSide(c.id(), NeedStatus.PUBLISHED, c.category(), c.communityPath(),
                    c.fundingMode(), c.budgetFen()), c.title(), c.community()));
        }
        TrackRecord record = trackRecords.forPartners(List.of(side.partnerId()))
                .getOrDefault(side.partnerId(), TrackRecord.NONE);
        List<MatchScorer.Ranked> ranking = new ArrayList<>();
        Map<Long, Scored<NeedCandidate>> byId = new HashMap<>();
        for (NeedCandidate c : found) {
            Optional<MatchScore> score = scorer.score(c.side(), side, record);
            if (score.isPresent()) {
                byId.put(c.side().id(), new Scored<>(c, score.get()));
                ranking.add(new MatchScorer.Ranked(c.side().id(), score.get()));
            }
        }
        ranking.sort(MatchScorer.RANKING);
        List<Scored<NeedCandidate>> scored = new ArrayList<>();
        for (MatchScorer.Ranked r : ranking.subList(0, Math.min(limit, ranking.size()))) {
            scored.add(byId.get(r.counterpartId()));
        }
        return scored;
    }

    static NeedSide side(MatchableNeed need) {
        return new NeedSide(need.id(), need.status(), need.category(), need.communityPath(), need.fundingMode(),
                need.budgetFen());
    }

    static ItemSide side(MatchableItem item) {
        return new ItemSide(item.id(), item.partnerId(), item.status(), item.partnerListed(), item.category(),
                item.servedPaths(), item.capacity(), item.inUse(), item.fundingMode());
    }

    private MatchScorer scorer() {
        return new MatchScorer(settings.weights(), new HashMap<>(categories.parents()));
    }

    /** Every category of the same top-level domain as {@code code} (the domain itself included). */
    private List<CategoryCode> family(MatchScorer scorer, CategoryCode code) {
        CategoryCode root = scorer.root(code);
        List<CategoryCode> family = new ArrayList<>();
        for (CategoryCode c : categories.codes()) {
            if (scorer.root(c).equals(root)) {
                family.add(c);
            }
        }
        if (!family.contains(code)) {
            family.add(code);
        }
        return family;
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw InvalidInputException.of("size", "number.range", 1, MAX_LIMIT);
        }
    }
}
