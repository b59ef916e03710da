package org.partnerhub.it.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.application.account.AccountService;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.application.account.CreatedUser;
import org.partnerhub.application.account.LoginResult;
import org.partnerhub.application.account.NewUser;
import org.partnerhub.application.cooperation.ProjectEvaluated;
import org.partnerhub.application.matching.MatchService;
import org.partnerhub.application.matching.MatchView;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.matching.MatchReason;
import org.partnerhub.domain.matching.ReasonCode;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.notification.Notification;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.it.support.Deployments;
import org.partnerhub.it.support.OutboxDrain;

/**
 * The matching context inside the server, on the run's MariaDB, in regions of its own (two fresh streets of Chenghua with
 * three communities) so that other tests' records never land in the local tiers: hand-built rankings both
 * ways, what never appears, who may read matches, the track record kept from ProjectEvaluated, and the notifications
 * of a publishing (once per pair and side, after the commit, none after a rollback).
 */
@ExtendWith(ArquillianExtension.class)
class MatchingContextIT {

    private static final String MEALS = "elderly-meals";
    private static final String EDUCATION = "parent-child-education";
    private static final String HEADER = "level,code,name_zh,name_en,parent_code,note\n";

    private static Actor admin;
    private static Places places;

    /** The regions of this run: street S1 holds communities C1 and C2, street S2 holds C3. */
    record Places(RegionCode district, RegionCode s1, RegionCode c1, RegionCode c2, RegionCode s2, RegionCode c3) {}

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(MatchingContextIT.class, Places.class, OutboxDrain.class);
    }

    @Inject
    MatchService matches;

    @Inject
    NeedService needs;

    @Inject
    SupplyService supplies;

    @Inject
    PartnerService partners;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    OnboardingService onboarding;

    @Inject
    RegionImportService regionImport;

    @Inject
    NotificationService notifications;

    @Inject
    Event<ProjectEvaluated> evaluated;


    @Inject
    UserTransaction transaction;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    // --- actors, places, records ---

    private Actor admin() {
        if (admin == null) {
            admin = ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                    "10.8.4.1")).actor();
        }
        return admin;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    /** Runs set-up work, turning refused input into a failure that names the fields (and their messages). */
    private static <T> T setUp(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException e) {
            throw new AssertionError("refused: " + e.errors().stream()
                    .map(f -> f.field() + " " + f.message().render(java.util.Locale.ENGLISH)).toList(), e);
        }
    }

    private Places places() {
        if (places == null) {
            // under the district the administrator governs; street names of this run only
            String tag = suffix();
            String file = HEADER
                    + "street,,甲街道" + tag + ",,510108,\n"
                    + "street,,乙街道" + tag + ",,510108,\n"
                    + "community,,甲一社区,,甲街道" + tag + ",\n"
                    + "community,,甲二社区,,甲街道" + tag + ",\n"
                    + "community,,乙一社区,,乙街道" + tag + ",\n";
            setUp(() -> regionImport.importCsv(admin(), file.getBytes(StandardCharsets.UTF_8)));
            RegionCode district = RegionCode.of("510108");
            RegionCode s1 = RegionCode.generated(district, "甲街道" + tag);
            RegionCode s2 = RegionCode.generated(district, "乙街道" + tag);
            places = new Places(district, s1, RegionCode.generated(s1, "甲一社区"), RegionCode.generated(s1, "甲二社区"), s2,
                    RegionCode.generated(s2, "乙一社区"));
        }
        return places;
    }

    private Actor user(Role role, RegionCode region, Long partnerId) {
        String username = "mc-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix();
        CreatedUser created = setUp(() -> accounts.create(admin(), new NewUser(username, "匹配" + role.name(), role,
                region == null ? null : region.value(), partnerId, null)));
        return ((LoginResult.Success) authentication.login(username, created.temporaryPassword(), "10.8.4.2")).actor();
    }

    /** An admitted partner's first account, signed in. */
    private Actor partner() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        String code = first + String.valueOf(CreditCode.checkCharacter(first.toString()));
        SubmittedApplication submitted = setUp(() -> onboarding.submit(new ApplicationForm("匹配测试服务社" + suffix(),
                PartnerType.SOCIAL_ORGANIZATION, code, "王五", "赵六", "028-85123456", "510108", List.of("510108"),
                List.of(MEALS), "社区助餐服务。", true), null, "10.8.4.3"));
        ApplicationView admitted = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "材料齐全");
        onboarding.setAccountPassword(submitted.number(), submitted.statusToken(), "Partner#Pass-1", "10.8.4.3");
        return ((LoginResult.Success) authentication.login(admitted.accountUsername(), "Partner#Pass-1", "10.8.4.3"))
                .actor();
    }

    private SupplyView item(Actor partner, String category, String title, int capacity, FundingMode mode,
            boolean publish, RegionCode... served) {
        return setUp(() -> supplies.create(partner, new SupplyForm(category, title, "为社区老人提供服务。",
                java.util.Arrays.stream(served).map(RegionCode::value).toList(), capacity, mode, null,
                Set.of(TargetGroup.ELDERLY), "李四", "13800138000", publish)));
    }

    private NeedView need(Actor staff, RegionCode community, String category, String title, boolean publish) {
        return setUp(() -> needs.record(staff, new NeedForm(community.value(), category, title, "小区独居老人多，午餐没有着落。", 80,
                Set.of(TargetGroup.ELDERLY), Urgency.HIGH, FundingMode.PUBLIC_BENEFIT, 0L, SourceChannel.ONLINE, null,
                null, publish)).need());
    }

    private void fill(Long supplyId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE supply_item SET capacity_in_use = capacity WHERE id = ?")) {
            s.setLong(1, supplyId);
            s.executeUpdate();
        }
    }

    private static List<Long> supplyIds(List<MatchView> found) {
        return found.stream().map(MatchView::supplyId).toList();
    }

    private static MatchView of(List<MatchView> found, Long supplyId) {
        return found.stream().filter(m -> m.supplyId().equals(supplyId)).findFirst().orElseThrow();
    }

    private static List<ReasonCode> codes(MatchView match) {
        return match.reasons().stream().map(MatchReason::code).toList();
    }

    private List<Notification> inbox(Actor actor, String key) {
        OutboxDrain.await(dataSource);
        return notifications.inbox(actor, PageRequest.of(0, 100)).items().stream()
                .filter(n -> n.getMessageKey().equals(key)).toList();
    }

    // --- tests ---

    @Test
    void handBuiltCasesRankAsExplainedAndTheUnavailableNeverAppear() throws Exception {
        Places p = places();
        Actor staff = user(Role.COMMUNITY_STAFF, p.c1(), null);
        Actor a = partner();
        Actor b = partner();
        Actor suspended = partner();
        NeedView need = need(staff, p.c1(), MEALS, "独居老人午餐", true);

        SupplyView community = item(a, MEALS, "本社区长者食堂", 5, FundingMode.PUBLIC_BENEFIT, true, p.c1());
        SupplyView street = item(b, MEALS, "本街道助餐点", 5, FundingMode.PUBLIC_BENEFIT, true, p.s1());
        SupplyView district = item(b, MEALS, "全区助餐配送", 5, FundingMode.PUBLIC_BENEFIT, true, p.district());
        SupplyView cross = item(a, MEALS, "九龙坡助餐", 5, FundingMode.PUBLIC_BENEFIT, true, RegionCode.of("500107"));
        SupplyView related = item(a, EDUCATION, "本街道亲子课堂", 5, FundingMode.PUBLIC_BENEFIT, true, p.s1());
        SupplyView paid = item(b, MEALS, "本社区有偿助餐", 5, FundingMode.PAID, true, p.c1());
        SupplyView paused = item(a, MEALS, "暂停的助餐", 5, FundingMode.PUBLIC_BENEFIT, true, p.c1());
        supplies.transition(a, paused.id(), SupplyAction.PAUSE, "人手不足");
        SupplyView full = item(a, MEALS, "满员的助餐", 1, FundingMode.PUBLIC_BENEFIT, true, p.c1());
        fill(full.id());
        SupplyView draft = item(a, MEALS, "草稿助餐", 5, FundingMode.PUBLIC_BENEFIT, false, p.c1());
        SupplyView ofSuspended = item(suspended, MEALS, "被暂停机构的助餐", 5, FundingMode.PUBLIC_BENEFIT, true, p.c1());
        partners.transition(admin(), suspended.partnerId(), PartnerStatus.Action.SUSPEND, "核查投诉");
        SupplyView otherDomain = item(a, "environment", "本社区环境整治", 5, FundingMode.PUBLIC_BENEFIT, true, p.c1());

        List<MatchView> found = matches.forNeed(Actor.anonymous("10.8.4.9"), need.id(), 50);
        assertThat(supplyIds(found)).doesNotContain(paused.id(), full.id(), draft.id(), ofSuspended.id(),
                otherDomain.id());
        assertThat(supplyIds(found)).containsSubsequence(community.id(), street.id(), district.id(), cross.id());
        assertThat(supplyIds(found).get(0)).isEqualTo(community.id());
        assertThat(of(found, community.id()).score()).isEqualTo(85);
        assertThat(of(found, street.id()).score()).isEqualTo(79).isGreaterThan(of(found, cross.id()).score());
        assertThat(of(found, cross.id()).score()).isEqualTo(61);
        assertThat(of(found, related.id()).score()).isEqualTo(64);
        assertThat(of(found, paid.id()).score()).isEqualTo(70);
        assertThat(codes(of(found, community.id()))).containsExactly(ReasonCode.CATEGORY_SAME,
                ReasonCode.REGION_COMMUNITY, ReasonCode.CAPACITY_LEFT, ReasonCode.FUNDING_FREE, ReasonCode.TRACK_NONE);
        assertThat(codes(of(found, street.id()))).contains(ReasonCode.REGION_STREET);
        assertThat(codes(of(found, district.id()))).contains(ReasonCode.REGION_DISTRICT);
        assertThat(codes(of(found, cross.id()))).contains(ReasonCode.REGION_CROSS);
        assertThat(codes(of(found, related.id()))).contains(ReasonCode.CATEGORY_RELATED);
        assertThat(codes(of(found, paid.id()))).contains(ReasonCode.FUNDING_MISMATCH);
        MatchView first = found.get(0);
        assertThat(first.counterpart().partnerId()).isEqualTo(a.partnerId());
        assertThat(first.counterpart().capacityLeft()).isEqualTo(5);
        assertThat(first.mayPropose()).isFalse();
        assertThat(matches.forNeed(staff, need.id(), 1)).singleElement()
                .satisfies(m -> assertThat(m.mayPropose()).isTrue());

        // the other way: the street item finds the published needs of its street, not closed ones or other streets'
        NeedView closed = need(staff, p.c1(), MEALS, "已关闭的助餐需求", true);
        needs.transition(staff, closed.id(), NeedAction.CLOSE, "已由街道解决");
        NeedView unpublished = need(staff, p.c1(), MEALS, "未发布的助餐需求", false);
        Actor staff3 = user(Role.COMMUNITY_STAFF, p.c3(), null);
        NeedView elsewhere = need(staff3, p.c3(), MEALS, "乙街道的助餐需求", true);
        NeedView sibling = need(user(Role.COMMUNITY_STAFF, p.c2(), null), p.c2(), MEALS, "甲二社区助餐", true);
        List<MatchView> forStreet = matches.forSupply(Actor.anonymous("10.8.4.9"), street.id(), 50);
        List<Long> needIds = forStreet.stream().map(MatchView::needId).toList();
        assertThat(needIds).contains(need.id(), sibling.id()).doesNotContain(closed.id(), unpublished.id());
        MatchView local = forStreet.stream().filter(m -> m.needId().equals(need.id())).findFirst().orElseThrow();
        assertThat(codes(local)).contains(ReasonCode.REGION_STREET);
        assertThat(local.counterpart().community().code()).isEqualTo(p.c1().value());
        forStreet.stream().filter(m -> m.needId().equals(elsewhere.id())).findFirst()
                .ifPresent(m -> assertThat(codes(m)).contains(ReasonCode.REGION_CROSS));
        assertThat(local.score()).isGreaterThan(forStreet.stream().filter(m -> m.needId().equals(elsewhere.id()))
                .mapToInt(MatchView::score).max().orElse(0));

        // unavailable subjects have no matches
        assertThat(matches.forSupply(a, paused.id(), 10)).isEmpty();
        assertThat(matches.forSupply(a, full.id(), 10)).isEmpty();
        assertThat(matches.forNeed(staff, closed.id(), 10)).isEmpty();
        assertThat(matches.forSupply(a, draft.id(), 50)).extracting(MatchView::needId).contains(need.id());
    }

    @Test
    void whoMayReadTheNeedOrItemMayReadItsMatchesAndNobodyElse() {
        Places p = places();
        Actor staff = user(Role.COMMUNITY_STAFF, p.c1(), null);
        Actor otherStreet = user(Role.STREET_STAFF, p.s2(), null);
        Actor ownStreet = user(Role.STREET_STAFF, p.s1(), null);
        NeedView draft = need(staff, p.c1(), MEALS, "草稿需求", false);
        assertThat(matches.forNeed(staff, draft.id(), 10)).isNotNull();
        assertThat(matches.forNeed(ownStreet, draft.id(), 10)).isNotNull();
        for (Actor outsider : List.of(Actor.anonymous("10.8.4.9"), otherStreet, partner())) {
            assertThatThrownBy(() -> matches.forNeed(outsider, draft.id(), 10)).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> matches.forNeed(staff, Long.MAX_VALUE, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> matches.forSupply(staff, Long.MAX_VALUE, 10)).isInstanceOf(NotFoundException.class);
        Actor a = partner();
        SupplyView itemDraft = item(a, MEALS, "机构草稿", 5, FundingMode.LOW_FEE, false, p.c1());
        assertThat(matches.forSupply(a, itemDraft.id(), 10)).isNotNull();
        assertThatThrownBy(() -> matches.forSupply(partner(), itemDraft.id(), 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> matches.forSupply(staff, itemDraft.id(), 10)).isInstanceOf(NotFoundException.class);
        for (int bad : new int[] {0, 51}) {
            assertThatThrownBy(() -> matches.forNeed(staff, draft.id(), bad))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
        }
    }

    @Test
    void anEvaluatedProjectCountsOnceInThePartnersTrackRecordAndARolledBackOneNotAtAll() throws Exception {
        Places p = places();
        Actor staff = user(Role.COMMUNITY_STAFF, p.c2(), null);
        Actor a = partner();
        Actor b = partner();
        SupplyView ofA = item(a, MEALS, "甲的全区助餐", 5, FundingMode.PUBLIC_BENEFIT, true, p.district());
        SupplyView ofB = item(b, MEALS, "乙的全区助餐", 5, FundingMode.PUBLIC_BENEFIT, true, p.district());
        NeedView need = need(staff, p.c2(), MEALS, "甲二社区老人助餐", true);
        List<MatchView> before = matches.forNeed(staff, need.id(), 50);
        assertThat(of(before, ofA.id()).score()).isEqualTo(of(before, ofB.id()).score());
        long project = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
        // evaluated in C1, a community of the same street as the need's C2
        String c1Path = needPath(need.id()).replace(p.c2().value(), p.c1().value());

        transaction.begin();
        evaluated.fire(new ProjectEvaluated(project, b.partnerId(), ofB.id(), CategoryCode.of(MEALS), c1Path, 5,
                Instant.now()));
        transaction.commit();
        transaction.begin();
        evaluated.fire(new ProjectEvaluated(project, b.partnerId(), ofB.id(), CategoryCode.of(MEALS), c1Path, 5,
                Instant.now()));
        transaction.commit();
        transaction.begin();
        evaluated.fire(new ProjectEvaluated(project + 1, b.partnerId(), ofB.id(), CategoryCode.of(MEALS), c1Path, 1,
                Instant.now()));
        transaction.rollback();

        List<MatchView> after = matches.forNeed(staff, need.id(), 50);
        MatchView b1 = of(after, ofB.id());
        // one project in the category (and the street: C1 and C2 share S1) rated 5: 15 × 1/3 = 5 points
        assertThat(b1.score()).isEqualTo(of(before, ofB.id()).score() + 5);
        assertThat(codes(b1)).contains(ReasonCode.TRACK_CATEGORY, ReasonCode.TRACK_STREET, ReasonCode.TRACK_RATING);
        assertThat(b1.reasons().stream().filter(r -> r.code() == ReasonCode.TRACK_CATEGORY).findFirst().orElseThrow()
                .message().args()).containsExactly(1);
        assertThat(supplyIds(after).indexOf(ofB.id())).isLessThan(supplyIds(after).indexOf(ofA.id()));
        assertThat(codes(of(after, ofA.id()))).contains(ReasonCode.TRACK_NONE);
    }

    private String needPath(Long needId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT region_path FROM need WHERE id = ?")) {
            s.setLong(1, needId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    @Test
    void aPublishedNeedTellsThePartnersOfItsBestMatchesOnceAndAPublishedItemTellsTheNeedsStaffOnce() throws Exception {
        Places p = places();
        Actor staff = user(Role.COMMUNITY_STAFF, p.c1(), null);
        Actor streetStaff = user(Role.STREET_STAFF, p.s1(), null);
        Actor farStaff = user(Role.COMMUNITY_STAFF, p.c3(), null);
        Actor good = partner();
        Actor goodColleague = user(Role.PARTNER, null, good.partnerId());
        Actor weak = partner();
        item(good, MEALS, "通知测试：本社区食堂", 5, FundingMode.PUBLIC_BENEFIT, true, p.c1());
        item(weak, MEALS, "通知测试：远方助餐", 5, FundingMode.PAID, true, RegionCode.of("500107"));

        NeedView need = need(staff, p.c1(), MEALS, "通知测试：老人午餐", false);
        assertThat(inbox(good, "notify.match.need")).isEmpty();
        needs.transition(staff, need.id(), NeedAction.PUBLISH, null);
        for (Actor told : List.of(good, goodColleague)) {
            assertThat(inbox(told, "notify.match.need")).singleElement().satisfies(n -> {
                assertThat(n.getMessageArgs()).containsExactly("通知测试：老人午餐", "甲一社区", "通知测试：本社区食堂", "85");
                assertThat(n.getLink()).isEqualTo("/need?id=" + need.id());
            });
        }
        assertThat(inbox(weak, "notify.match.need")).noneMatch(n -> n.getLink().equals("/need?id=" + need.id()));

        // closed, reopened and published again: nobody is told twice
        needs.transition(staff, need.id(), NeedAction.CLOSE, "重复");
        needs.transition(staff, need.id(), NeedAction.REOPEN, null);
        needs.transition(staff, need.id(), NeedAction.PUBLISH, null);
        assertThat(inbox(good, "notify.match.need")).hasSize(1);

        // a publishing that rolls back tells nobody; the same publishing committed does
        NeedView quiet = need(staff, p.c1(), MEALS, "通知测试：回滚的需求", false);
        transaction.begin();
        needs.transition(staff, quiet.id(), NeedAction.PUBLISH, null);
        transaction.rollback();
        assertThat(inbox(good, "notify.match.need")).hasSize(1);
        needs.transition(staff, quiet.id(), NeedAction.PUBLISH, null);
        assertThat(inbox(good, "notify.match.need")).hasSize(2);

        // a new item tells the staff of the needs it matches (community and street), once
        Actor other = partner();
        SupplyView fresh = item(other, MEALS, "通知测试：新开的助餐点", 5, FundingMode.PUBLIC_BENEFIT, true, p.s1());
        for (Actor told : List.of(staff, streetStaff)) {
            assertThat(inbox(told, "notify.match.supply")).filteredOn(n -> n.getLink().equals("/supply?id=" + fresh.id()))
                    .extracting(n -> n.getMessageArgs().get(2)).contains("通知测试：老人午餐");
        }
        assertThat(inbox(farStaff, "notify.match.supply")).noneMatch(n -> n.getLink().equals("/supply?id=" + fresh.id()));
        int toldOnce = inbox(staff, "notify.match.supply").size();
        supplies.transition(other, fresh.id(), SupplyAction.PAUSE, null);
        supplies.transition(other, fresh.id(), SupplyAction.RESUME, null);
        assertThat(inbox(staff, "notify.match.supply")).hasSize(toldOnce);
    }
}
