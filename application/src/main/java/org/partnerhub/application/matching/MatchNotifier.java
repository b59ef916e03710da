package org.partnerhub.application.matching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.partnerhub.application.account.Recipients;
import org.partnerhub.application.events.DomainEvents;
import org.partnerhub.application.events.EventAudience;
import org.partnerhub.application.events.EventBody;
import org.partnerhub.application.matching.MatchService.ItemCandidate;
import org.partnerhub.application.matching.MatchService.NeedCandidate;
import org.partnerhub.application.matching.MatchService.Scored;
import org.partnerhub.application.need.MatchableNeed;
import org.partnerhub.application.need.NeedMatching;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.application.partner.PartnerStandings;
import org.partnerhub.application.region.RegionNames;
import org.partnerhub.application.shared.CodedName;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.supply.MatchableItem;
import org.partnerhub.application.supply.SupplyMatching;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.matching.MatchNoticeRepository.Side;
import org.partnerhub.domain.matching.MatchNoticeRepository;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.partner.PartnerStanding;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.supply.SupplyStatus;

/**
 * Tells the other side of a newly published need's (or item's) best matches, each side of a pair once: the partner's
 * users of each item scoring at least the configured minimum for a need; the community's and street's staff of each
 * such need for an item. Each call is a transaction of its own (it runs after the publishing one committed): what was
 * told and the notifications commit together.
 */
@ApplicationScoped
public class MatchNotifier {

    @Inject
    MatchService matches;

    @Inject
    MatchSettings settings;

    @Inject
    NeedMatching needs;

    @Inject
    SupplyMatching supplies;

    @Inject
    PartnerStandings partners;

    @Inject
    RegionNames regions;

    @Inject
    Recipients accounts;

    @Inject
    MatchNoticeRepository notices;

    @Inject
    NotificationService notifications;

    @Inject
    Clock clock;

    @Inject
    DomainEvents events;

    /**
     * match.notified: one side of a pair was told (in the transaction that records it). Seen by the need's community
     * staff and the item's partner.
     */
    private void notified(Long needId, Long supplyId, Side told, int score, String needRegionPath, Long partnerId) {
        events.publish("match.notified", "match", needId + "-" + supplyId,
                EventAudience.restricted(needRegionPath, partnerId), EventBody.create()
                        .id("needId", needId)
                        .id("supplyId", supplyId)
                        .id("partnerId", partnerId)
                        .text("told", told)
                        .number("score", score)
                        .time("notifiedAt", clock.instant())
                        .build());
    }

    /** Answers how many partners were told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int needPublished(Long needId) {
        MatchableNeed need = needs.find(needId).orElse(null);
        if (need == null || need.status() != NeedStatus.PUBLISHED || settings.notifyMaxMatches() == 0) {
            return 0;
        }
        CodedName named = regions.current(List.of(need.community())).get(need.community());
        String community = named == null ? need.community().value() : named.nameZh();
        int told = 0;
        for (Scored<ItemCandidate> match : matches.rankItems(MatchService.side(need), settings.notifyMaxMatches())) {
            int score = match.score().score();
            Long supplyId = match.candidate().side().id();
            if (score < settings.notifyMinScore()
                    || !notices.claim(needId, supplyId, Side.PARTNER, score, clock.instant())) {
                continue;
            }
            List<Long> recipients = accounts.partnerUsers(match.candidate().side().partnerId());
            notified(needId, supplyId, Side.PARTNER, score, need.communityPath(), match.candidate().side().partnerId());
            notifications.notifyUsers(recipients, "notify.match.need",
                    List.of(need.title(), community, match.candidate().title(), String.valueOf(score)),
                    "/need?id=" + needId);
            told++;
        }
        return told;
    }

    /** Answers how many needs' staff were told. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int supplyPublished(Long supplyId) {
        MatchableItem item = supplies.find(supplyId).orElse(null);
        if (item == null || item.status() != SupplyStatus.PUBLISHED || settings.notifyMaxMatches() == 0) {
            return 0;
        }
        PartnerStanding partner = partners.of(item.partnerId()).orElse(null);
        String partnerName = partner == null ? String.valueOf(item.partnerId()) : partner.name();
        int told = 0;
        for (Scored<NeedCandidate> match : matches.rankNeeds(MatchService.side(item), settings.notifyMaxMatches())) {
            int score = match.score().score();
            Long needId = match.candidate().side().id();
            if (score < settings.notifyMinScore()
                    || !notices.claim(needId, supplyId, Side.COMMUNITY, score, clock.instant())) {
                continue;
            }
            notified(needId, supplyId, Side.COMMUNITY, score, match.candidate().side().communityPath(),
                    item.partnerId());
            RegionCode street = NameBook.parentIn(match.candidate().side().communityPath());
            List<Long> recipients = accounts.inRegions(Set.of(Role.COMMUNITY_STAFF, Role.STREET_STAFF),
                    street == null ? List.of(match.candidate().community())
                            : List.of(match.candidate().community(), street));
            notifications.notifyUsers(recipients, "notify.match.supply",
                    List.of(item.title(), partnerName, match.candidate().title(), String.valueOf(score)),
                    "/supply?id=" + supplyId);
            told++;
        }
        return told;
    }
}
