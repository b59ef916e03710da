package org.partnerhub.application.need;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.partnerhub.application.shared.AccessPolicy;
import org.partnerhub.application.shared.AuditLog;
import org.partnerhub.application.shared.NameBook;
import org.partnerhub.application.shared.Permission;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.audit.AuditAction;
import org.partnerhub.domain.audit.AuditOutcome;
import org.partnerhub.domain.category.CategoryRepository;
import org.partnerhub.domain.need.CommunityFund;
import org.partnerhub.domain.need.CommunityFundRepository;
import org.partnerhub.domain.need.NeedRepository;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionQuery;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.RuleViolationException;

/**
 * The communities' yearly funds (社区保障资金): the district sets any community's, a street its own communities'. A
 * need's budget is earmarked from its community's fund, and the earmarks never exceed it.
 */
@ApplicationScoped
@Transactional
public class FundService {

    @Inject
    CommunityFundRepository funds;

    @Inject
    NeedRepository needs;

    @Inject
    RegionRepository regions;

    @Inject
    CategoryRepository categories;

    @Inject
    Places places;

    @Inject
    AccessPolicy access;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Sets a community's fund for a year; it may not fall below what the community's needs already hold. */
    public FundView set(Actor actor, String communityCode, Integer year, Long amountFen) {
        access.require(actor, Permission.SET_FUNDS);
        List<FieldError> errors = new ArrayList<>();
        Region community = places.region(communityCode, RegionLevel.COMMUNITY, "communityCode", "fund.community.level",
                errors);
        if (community != null && !actor.covers(community)) {
            access.deny(actor, "fund", community.getCode().value());
        }
        Instant now = clock.instant();
        int current = DistrictTime.year(now);
        if (year == null || year < current - 1 || year > current + 1) {
            errors.add(FieldError.of("year", "fund.year.range", current - 1, current + 1));
        }
        if (amountFen == null || amountFen < 0 || amountFen > Money.MAX_FEN) {
            errors.add(FieldError.of("amountFen", "money.range", Money.yuan(Money.MAX_FEN)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        CommunityFund fund = funds.findForUpdate(community.getCode(), year).orElse(null);
        if (fund == null) {
            fund = new CommunityFund(community.getCode(), community.getPath(), year, actor.username(), now);
            funds.add(fund);
            funds.flush();
            // another administrator may have created it at the same moment: from here on, hold the row
            fund = funds.findForUpdate(community.getCode(), year).orElseThrow();
        }
        long before = fund.getAmountFen();
        long earmarked = needs.earmarked(community.getCode(), year, null);
        try {
            fund.setAmount(amountFen, earmarked, actor.username(), now);
        } catch (RuleViolationException e) {
            throw new InvalidInputException(new FieldError("amountFen", null, e.message()));
        }
        funds.flush();
        audit.record(actor, AuditAction.FUND_SET, "fund", community.getCode().value() + "/" + year, AuditOutcome.SUCCESS,
                Money.yuan(before) + " → " + Money.yuan(amountFen));
        return view(fund, earmarked, new NameBook(regions, codes(List.of(community)), categories));
    }

    /** The funds of one year for every community in the actor's region (or under {@code region}). */
    public List<FundView> list(Actor actor, String region, Integer year) {
        access.requireSignedIn(actor);
        if (!Permission.SET_FUNDS.grantedTo(actor.role()) && !Permission.EDIT_NEEDS.grantedTo(actor.role())
                && !Permission.READ_ALL_NEEDS.grantedTo(actor.role())) {
            access.deny(actor, "fund", null);
        }
        int wanted = year == null ? DistrictTime.year(clock.instant()) : year;
        String path = actor.regionPath();
        RegionCode within = actor.regionCode();
        if (region != null && !region.isBlank()) {
            Region chosen = places.find(region)
                    .orElseThrow(() -> InvalidInputException.of("region", "region.notFound", region.strip()));
            if (!Permission.READ_ALL_NEEDS.grantedTo(actor.role()) && !actor.covers(chosen)) {
                access.deny(actor, "fund", chosen.getCode().value());
            }
            path = chosen.getPath();
            within = chosen.getCode();
        }
        if (path == null || within == null) {
            return List.of();
        }
        List<Region> communities = regions.find(new RegionQuery(RegionLevel.COMMUNITY, null, within, null, null),
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
        Map<String, CommunityFund> byCommunity = new HashMap<>();
        for (CommunityFund fund : funds.findUnder(path, wanted)) {
            byCommunity.put(fund.getCommunityCode().value(), fund);
        }
        Map<RegionCode, Long> earmarks = needs.earmarkedUnder(path, wanted);
        NameBook names = new NameBook(regions, codes(communities), categories);
        List<FundView> views = new ArrayList<>();
        for (Region community : communities) {
            CommunityFund fund = byCommunity.get(community.getCode().value());
            long earmarked = earmarks.getOrDefault(community.getCode(), 0L);
            views.add(fund == null
                    ? new FundView(names.region(community.getCode()), names.region(community.getParentCode()), wanted,
                            null, earmarked, 0, null, null)
                    : view(fund, earmarked, names));
        }
        return views;
    }

    private static FundView view(CommunityFund fund, long earmarked, NameBook names) {
        return new FundView(names.region(fund.getCommunityCode()), names.region(NameBook.parentIn(fund.getRegionPath())),
                fund.getYear(), fund.getAmountFen(), earmarked, Math.max(0, fund.getAmountFen() - earmarked),
                fund.getUpdatedBy(), fund.getUpdatedAt());
    }

    private static Set<RegionCode> codes(List<Region> communities) {
        Set<RegionCode> codes = new HashSet<>();
        for (Region r : communities) {
            codes.add(r.getCode());
            if (r.getParentCode() != null) {
                codes.add(r.getParentCode());
            }
        }
        return codes;
    }
}
