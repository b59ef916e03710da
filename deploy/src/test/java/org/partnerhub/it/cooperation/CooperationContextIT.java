package org.partnerhub.it.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
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
import org.partnerhub.application.cooperation.IntentExpiry;
import org.partnerhub.application.cooperation.IntentFilter;
import org.partnerhub.application.cooperation.IntentService;
import org.partnerhub.application.cooperation.IntentView;
import org.partnerhub.application.cooperation.ProjectEvaluated;
import org.partnerhub.application.cooperation.ProjectService;
import org.partnerhub.application.cooperation.ProjectView;
import org.partnerhub.application.need.FundService;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.cooperation.IntentAction;
import org.partnerhub.domain.cooperation.IntentParty;
import org.partnerhub.domain.cooperation.IntentStatus;
import org.partnerhub.domain.cooperation.ProjectStatus;
import org.partnerhub.domain.need.CommunityFundRepository;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.it.support.Deployments;
import org.partnerhub.it.support.OutboxDrain;

/**
 * The cooperation context inside the server, on the run's MariaDB: the intent's moves and who may make them, capacity
 * never over-committed under 50 simultaneous agreements, the fund drawn exactly, the need's state following the
 * cooperation, the expiry job run by several "servers" at once, and the project from agreement to showcase.
 */
@ExtendWith(ArquillianExtension.class)
class CooperationContextIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final RegionCode QINGLONG = RegionCode.generated(DISTRICT, "青龙街道");
    private static final String MEALS = "elderly-meals";

    private static Actor admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(CooperationContextIT.class, EvaluatedProjects.class, OutboxDrain.class);
    }

    /** Keeps every ProjectEvaluated fired, as the matching context would observe it. */
    @ApplicationScoped
    public static class EvaluatedProjects {

        static final List<ProjectEvaluated> SEEN = new CopyOnWriteArrayList<>();

        void on(@Observes ProjectEvaluated event) {
            SEEN.add(event);
        }
    }

    @Inject
    IntentService intents;

    @Inject
    IntentExpiry expiry;

    @Inject
    ProjectService projects;

    @Inject
    NeedService needs;

    @Inject
    FundService funds;

    @Inject
    CommunityFundRepository fundRepository;

    @Inject
    SupplyService supplies;

    @Inject
    NotificationService notifications;

    @Inject
    RegionImportService regionImport;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    OnboardingService onboarding;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    // --- actors, places, records ---

    private Actor admin() {
        if (admin == null) {
            admin = ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                    "10.8.2.1")).actor();
        }
        return admin;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private Actor user(Role role, RegionCode region, Long partnerId) {
        String username = "co-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix();
        CreatedUser created = accounts.create(admin(), new NewUser(username, "测试" + role.name(), role,
                region == null ? null : region.value(), partnerId, null));
        return ((LoginResult.Success) authentication.login(username, created.temporaryPassword(), "10.8.2.2")).actor();
    }

    private RegionCode newCommunity() {
        String name = "合作" + suffix() + "社区";
        String csv = "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n";
        assertThat(regionImport.importCsv(admin(), csv.getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
        return RegionCode.generated(QINGLONG, name);
    }

    private Actor partner() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        String code = first + String.valueOf(CreditCode.checkCharacter(first.toString()));
        SubmittedApplication submitted = onboarding.submit(new ApplicationForm("合作测试服务社" + suffix(),
                PartnerType.SOCIAL_ORGANIZATION, code, "王五", "赵六", "028-85123456", "510108", List.of("510108"),
                List.of(MEALS), "社区助餐服务。", true), null, "10.8.2.3");
        ApplicationView admitted = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "材料齐全");
        onboarding.setAccountPassword(submitted.number(), submitted.statusToken(), "Partner#Pass-1", "10.8.2.3");
        return ((LoginResult.Success) authentication.login(admitted.accountUsername(), "Partner#Pass-1", "10.8.2.3"))
                .actor();
    }

    private SupplyView item(Actor partner, int capacity) {
        return supplies.create(partner, new SupplyForm(MEALS, "长者助餐" + suffix(), "为老人提供午餐与送餐上门。",
                List.of("510108"), capacity, FundingMode.LOW_FEE, "每餐 8 元", Set.of(TargetGroup.ELDERLY), "李四",
                "13800138000", true));
    }

    private NeedView need(Actor community, RegionCode where, long budget) {
        return needs.record(community, new NeedForm(where.value(), MEALS, "老年人助餐" + suffix(),
                "小区独居老人多，午餐没有着落。", 120, Set.of(TargetGroup.ELDERLY), Urgency.HIGH, FundingMode.PUBLIC_BENEFIT,
                budget, SourceChannel.ONLINE, null, null, true)).need();
    }

    private static int year() {
        return DistrictTime.year(Instant.now());
    }

    /** A community with a fund, its staff, a partner with an item: the cast of most tests. */
    private record Cast(RegionCode community, Actor staff, Actor partner, SupplyView item) {}

    private Cast cast(int capacity, long fund) {
        RegionCode community = newCommunity();
        Actor staff = user(Role.COMMUNITY_STAFF, community, null);
        if (fund > 0) {
            funds.set(admin(), community.value(), year(), fund);
        }
        Actor partner = partner();
        return new Cast(community, staff, partner, item(partner, capacity));
    }

    /** Proposed by the community, accepted and agreed by the partner: one AGREE of the community from AGREED. */
    private IntentView readyToAgree(Cast cast, NeedView need) {
        IntentView intent = intents.propose(cast.staff(), need.id(), cast.item().id(), "希望合作");
        intents.transition(cast.partner(), intent.id(), IntentAction.ACCEPT, null);
        return intents.transition(cast.partner(), intent.id(), IntentAction.AGREE, "我方同意");
    }

    // --- the moves and who makes them ---

    @Test
    void anIntentGoesFromProposedThroughNegotiationToAgreedAndTheNeedFollows() {
        Cast cast = cast(3, 100_000);
        NeedView need = need(cast.staff(), cast.community(), 20_000);

        IntentView proposed = intents.propose(cast.staff(), need.id(), cast.item().id(), "想请贵方开设助餐点");
        assertThat(proposed.status()).isEqualTo(IntentStatus.PROPOSED);
        assertThat(proposed.proposedBy()).isEqualTo(IntentParty.COMMUNITY);
        assertThat(proposed.mySide()).isEqualTo(IntentParty.COMMUNITY);
        assertThat(proposed.allowedActions()).containsExactly(IntentAction.WITHDRAW);
        assertThat(intents.get(cast.partner(), proposed.id()).allowedActions())
                .containsExactlyInAnyOrder(IntentAction.ACCEPT, IntentAction.DECLINE, IntentAction.WITHDRAW);
        OutboxDrain.await(dataSource);
        assertThat(notifications.inbox(cast.partner(), PageRequest.first(20)).items())
                .anySatisfy(n -> assertThat(n.getMessageKey()).isEqualTo("notify.intent.proposed"));

        IntentView negotiating = intents.transition(cast.partner(), proposed.id(), IntentAction.ACCEPT, "可以，谈谈细节");
        assertThat(negotiating.status()).isEqualTo(IntentStatus.NEGOTIATING);
        intents.addNote(cast.staff(), proposed.id(), "每周五天，每天 40 人");
        IntentView half = intents.transition(cast.staff(), proposed.id(), IntentAction.AGREE, null);
        assertThat(half.status()).isEqualTo(IntentStatus.NEGOTIATING);
        assertThat(half.communityAgreed()).isTrue();
        assertThat(half.allowedActions()).containsExactly(IntentAction.WITHDRAW);
        assertThat(needs.get(cast.staff(), need.id()).status()).isEqualTo(NeedStatus.PUBLISHED);

        IntentView agreed = intents.transition(cast.partner(), proposed.id(), IntentAction.AGREE, "同意");
        assertThat(agreed.status()).isEqualTo(IntentStatus.AGREED);
        assertThat(agreed.projectId()).isNotNull();
        assertThat(agreed.notes()).extracting(IntentView.Note::text)
                .containsExactly("想请贵方开设助餐点", "可以，谈谈细节", "每周五天，每天 40 人", "同意");
        assertThat(agreed.history()).extracting(IntentView.Entry::action)
                .containsExactly("PROPOSED", "ACCEPT", "AGREE", "AGREE");
        assertThat(needs.get(cast.staff(), need.id()).status()).isEqualTo(NeedStatus.IN_COOPERATION);
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityInUse()).isEqualTo(1);
        assertThat(fundRepository.find(cast.community(), year()).orElseThrow().getDrawnFen()).isEqualTo(20_000);

        // AGREED is final: every move is a conflict naming the move and the status
        for (IntentAction action : IntentAction.BY_PEOPLE) {
            assertThatThrownBy(() -> intents.transition(cast.staff(), proposed.id(), action, null))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.message().key()).isEqualTo("intent.transition");
                        assertThat(e.message().args()).containsExactly(action.name(), "AGREED");
                    });
        }
    }

    @Test
    void declineAndWithdrawEndAnIntentAndTheProposerCannotAnswerItself() {
        Cast cast = cast(3, 0);
        NeedView need = need(cast.staff(), cast.community(), 0);
        IntentView byPartner = intents.propose(cast.partner(), need.id(), cast.item().id(), null);
        assertThat(byPartner.proposedBy()).isEqualTo(IntentParty.PARTNER);
        assertThatThrownBy(() -> intents.transition(cast.partner(), byPartner.id(), IntentAction.ACCEPT, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("intent.transition.side"));
        assertThatThrownBy(() -> intents.transition(cast.partner(), byPartner.id(), IntentAction.AGREE, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().args()).containsExactly("AGREE", "PROPOSED"));
        assertThatThrownBy(() -> intents.propose(cast.staff(), need.id(), cast.item().id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("intent.duplicate"));
        assertThat(intents.transition(cast.staff(), byPartner.id(), IntentAction.DECLINE, "暂不需要").status())
                .isEqualTo(IntentStatus.DECLINED);

        IntentView again = intents.propose(cast.staff(), need.id(), cast.item().id(), null);
        intents.transition(cast.partner(), again.id(), IntentAction.ACCEPT, null);
        assertThat(intents.transition(cast.partner(), again.id(), IntentAction.WITHDRAW, "人手不足").status())
                .isEqualTo(IntentStatus.WITHDRAWN);
        assertThatThrownBy(() -> intents.addNote(cast.staff(), again.id(), "还能再谈吗"))
                .isInstanceOf(ConflictException.class);
        assertThat(needs.get(cast.staff(), need.id()).status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityInUse()).isZero();
    }

    @Test
    void onlyTheTwoSidesActAndBadProposalsSayWhatIsWrong() {
        Cast cast = cast(3, 0);
        NeedView need = need(cast.staff(), cast.community(), 0);
        Actor otherCommunity = user(Role.COMMUNITY_STAFF, newCommunity(), null);
        Actor street = user(Role.STREET_STAFF, QINGLONG, null);
        Actor otherPartner = partner();

        assertThatThrownBy(() -> intents.propose(otherPartner, need.id(), cast.item().id(), null))
                .isInstanceOfSatisfying(ForbiddenException.class,
                        e -> assertThat(e.message().key()).isEqualTo("intent.notParty"));
        assertThatThrownBy(() -> intents.propose(cast.staff(), 987_654_321L, cast.item().id(), null))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.message().key()).isEqualTo("need.notFound"));
        assertThatThrownBy(() -> intents.propose(cast.staff(), need.id(), 987_654_321L, null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> intents.propose(cast.staff(), null, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("needId", "supplyId"));
        // an account on both sides (an integrator of the community's region bound to the item's partner)
        Actor both = new Actor(cast.staff().userId(), cast.staff().username(), "双方", Role.INTEGRATOR,
                cast.community(), cast.staff().regionPath(), cast.partner().partnerId(), "10.8.2.9");
        assertThatThrownBy(() -> intents.propose(both, need.id(), cast.item().id(), null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("supplyId");
                    assertThat(e.errors().get(0).message().key()).isEqualTo("intent.self");
                });

        IntentView intent = intents.propose(street, need.id(), cast.item().id(), "街道代社区发起");
        assertThat(intent.proposedBy()).isEqualTo(IntentParty.COMMUNITY);
        for (Actor stranger : List.of(otherCommunity, otherPartner)) {
            assertThatThrownBy(() -> intents.get(stranger, intent.id())).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> intents.transition(stranger, intent.id(), IntentAction.ACCEPT, null))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> intents.addNote(stranger, intent.id(), "插一句"))
                    .isInstanceOf(ForbiddenException.class);
            assertThat(intents.list(stranger, IntentFilter.NONE, PageRequest.first(50)).items())
                    .extracting(IntentView::id).doesNotContain(intent.id());
        }
        // the district reads it but is no side
        assertThat(intents.get(admin(), intent.id()).mySide()).isNull();
        assertThatThrownBy(() -> intents.transition(admin(), intent.id(), IntentAction.WITHDRAW, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(intents.list(cast.partner(), new IntentFilter(IntentStatus.PROPOSED, null, null),
                PageRequest.first(50)).items()).extracting(IntentView::id).containsExactly(intent.id());
        assertThat(intents.counts(cast.staff(), IntentFilter.NONE).get(IntentStatus.PROPOSED)).isEqualTo(1);
        assertThatThrownBy(() -> intents.transition(cast.partner(), intent.id(), IntentAction.EXPIRE, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("action"));
        assertThatThrownBy(() -> intents.get(cast.staff(), 987_654_321L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anItemPausedDuringNegotiationCannotBeAgreedOnAndNothingIsTaken() {
        Cast cast = cast(3, 100_000);
        NeedView need = need(cast.staff(), cast.community(), 10_000);
        IntentView ready = readyToAgree(cast, need);
        supplies.transition(cast.partner(), cast.item().id(), org.partnerhub.domain.supply.SupplyAction.PAUSE, null);
        assertThatThrownBy(() -> intents.transition(cast.staff(), ready.id(), IntentAction.AGREE, null))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("intent.supply.status");
                    assertThat(e.message().args()).containsExactly("PAUSED");
                });
        assertThat(intents.get(cast.staff(), ready.id()).status()).isEqualTo(IntentStatus.NEGOTIATING);
        assertThat(intents.get(cast.staff(), ready.id()).communityAgreed()).isFalse();
        assertThat(needs.get(cast.staff(), need.id()).status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThat(fundRepository.find(cast.community(), year()).orElseThrow().getDrawnFen()).isZero();
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityInUse()).isZero();
    }

    // --- capacity and funds under concurrency ---

    @Test
    void fiftySimultaneousAgreementsOnAnItemOfCapacityTenAgreeExactlyTen() throws Exception {
        int attempts = 50;
        Cast cast = cast(10, 1_000_000);
        List<IntentView> ready = new ArrayList<>();
        List<Long> needIds = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            NeedView need = need(cast.staff(), cast.community(), 1_000);
            needIds.add(need.id());
            ready.add(readyToAgree(cast, need));
        }

        long started = System.nanoTime();
        List<Boolean> outcomes = race(attempts, n -> {
            intents.transition(cast.staff(), ready.get(n).id(), IntentAction.AGREE, null);
            return null;
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("50 simultaneous agreements on capacity 10: " + millis + " ms");

        assertThat(outcomes.stream().filter(Boolean::booleanValue).count()).isEqualTo(10);
        SupplyView item = supplies.get(cast.partner(), cast.item().id());
        assertThat(item.capacityInUse()).isEqualTo(10);
        assertThat(item.capacityLeft()).isZero();
        assertThat(intents.counts(cast.staff(), new IntentFilter(null, null, cast.item().id())))
                .containsEntry(IntentStatus.AGREED, 10L).containsEntry(IntentStatus.NEGOTIATING, 40L);
        long inCooperation = needIds.stream()
                .filter(id -> needs.get(cast.staff(), id).status() == NeedStatus.IN_COOPERATION).count();
        assertThat(inCooperation).isEqualTo(10);
        assertThat(fundRepository.find(cast.community(), year()).orElseThrow().getDrawnFen()).isEqualTo(10_000);
        assertThat(projects.list(cast.partner(), ProjectStatus.IN_PROGRESS, PageRequest.first(50)).total())
                .isEqualTo(10);
    }

    @Test
    void simultaneousAgreementsDrawTheFundExactlyAndNeverBeyondIt() throws Exception {
        Cast cast = cast(10, 100_000);
        List<IntentView> ready = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ready.add(readyToAgree(cast, need(cast.staff(), cast.community(), 20_000)));
        }
        List<Boolean> outcomes = race(5, n -> {
            intents.transition(cast.staff(), ready.get(n).id(), IntentAction.AGREE, null);
            return null;
        });
        assertThat(outcomes).containsOnly(true);
        var fund = fundRepository.find(cast.community(), year()).orElseThrow();
        assertThat(fund.getDrawnFen()).isEqualTo(100_000).isEqualTo(fund.getAmountFen());
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityInUse()).isEqualTo(5);
    }

    @Test
    void bothSidesProposingTheSamePairAtOnceOpenOneIntent() throws Exception {
        Cast cast = cast(3, 0);
        NeedView need = need(cast.staff(), cast.community(), 0);
        int attempts = 8;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CyclicBarrier start = new CyclicBarrier(attempts);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                Actor side = i % 2 == 0 ? cast.staff() : cast.partner();
                results.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        intents.propose(side, need.id(), cast.item().id(), null);
                        return "opened";
                    } catch (ConflictException e) {
                        return e.message().key();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn("opened"::equals).hasSize(1);
            assertThat(outcomes).filteredOn(o -> !o.equals("opened"))
                    .allSatisfy(o -> assertThat(o).isIn("intent.duplicate", "intent.duplicate.concurrent"));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Runs {@code attempts} calls at once (released together by a barrier), each in its own transaction; a refusal must
     * be the capacity's 409, anything else fails the test.
     */
    private static List<Boolean> race(int attempts, IntFunction<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CyclicBarrier start = new CyclicBarrier(attempts);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int n = i;
                results.add(pool.submit((Callable<Boolean>) () -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        call.apply(n);
                        return true;
                    } catch (ConflictException e) {
                        assertThat(e.message().key()).isEqualTo("supply.capacity.full");
                        return false;
                    }
                }));
            }
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> result : results) {
                outcomes.add(result.get(180, TimeUnit.SECONDS));
            }
            return Collections.unmodifiableList(outcomes);
        } finally {
            pool.shutdownNow();
        }
    }

    // --- expiry ---

    @Test
    void unansweredIntentsExpireOnceEvenWhenSeveralServersRunTheJobAtOnce() throws Exception {
        Cast cast = cast(5, 0);
        List<IntentView> open = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            NeedView need = need(cast.staff(), cast.community(), 0);
            IntentView intent = intents.propose(cast.staff(), need.id(), cast.item().id(), null);
            if (i == 2) {
                intents.transition(cast.partner(), intent.id(), IntentAction.ACCEPT, null);
            }
            open.add(intent);
        }
        IntentView fresh = intents.propose(cast.staff(), need(cast.staff(), cast.community(), 0).id(),
                cast.item().id(), null);
        assertThat(open.get(0).expiresAt()).isAfter(Instant.now().plusSeconds(13L * 24 * 3600));
        // nobody answered for the configured days: their deadline moves to within the hour, and the job runs as if two
        // hours had passed (so the server's own scheduled run, which uses the real time, cannot take them first)
        Instant later = Instant.now().plusSeconds(2 * 3600);
        try (Connection c = dataSource.getConnection();
                PreparedStatement back = c.prepareStatement(
                        "UPDATE cooperation_intent SET expires_at = ? WHERE id IN (?, ?, ?)")) {
            back.setTimestamp(1, Timestamp.from(Instant.now().plusSeconds(3600)));
            for (int i = 0; i < 3; i++) {
                back.setLong(i + 2, open.get(i).id());
            }
            assertThat(back.executeUpdate()).isEqualTo(3);
        }

        // four servers run the job at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CyclicBarrier together = new CyclicBarrier(4);
        int expired = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return expiry.expireBatch(later);
                }));
            }
            for (Future<Integer> run : runs) {
                expired += run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expired).isEqualTo(3);
        for (IntentView intent : open) {
            IntentView now = intents.get(cast.staff(), intent.id());
            assertThat(now.status()).isEqualTo(IntentStatus.EXPIRED);
            assertThat(now.expiresAt()).isNull();
            assertThat(now.history()).filteredOn(e -> e.action().equals("EXPIRE")).singleElement()
                    .satisfies(e -> assertThat(e.party()).isNull());
            assertThatThrownBy(() -> intents.transition(cast.partner(), intent.id(), IntentAction.DECLINE, null))
                    .isInstanceOf(ConflictException.class);
        }
        assertThat(intents.get(cast.staff(), open.get(2).id()).history()).last()
                .satisfies(e -> assertThat(e.fromStatus()).isEqualTo(IntentStatus.NEGOTIATING));
        assertThat(intents.get(cast.staff(), fresh.id()).status()).isEqualTo(IntentStatus.PROPOSED);
        assertThat(expiry.expireBatch(later)).isZero();
        // both sides are told
        OutboxDrain.await(dataSource);
        for (Actor side : List.of(cast.staff(), cast.partner())) {
            assertThat(notifications.inbox(side, PageRequest.first(50)).items())
                    .filteredOn(n -> n.getMessageKey().equals("notify.intent.expired")).hasSize(3);
        }
    }

    // --- projects ---

    @Test
    void aProjectRunsFromAgreementToDeliveryAndShowcaseAndTheNeedAndCapacityFollow() {
        Cast cast = cast(2, 100_000);
        NeedView need = need(cast.staff(), cast.community(), 30_000);
        IntentView agreed = intents.transition(cast.staff(), readyToAgree(cast, need).id(), IntentAction.AGREE, null);
        Long projectId = agreed.projectId();
        ProjectView project = projects.get(cast.partner(), projectId);
        assertThat(project.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(project.title()).isEqualTo(need.title());
        assertThat(project.mayPlan()).isTrue();
        assertThat(projects.get(cast.staff(), projectId).mayDeliver()).isTrue();

        assertThatThrownBy(() -> projects.plan(cast.staff(), projectId, null, "社区改计划", null, null, List.of()))
                .isInstanceOf(ForbiddenException.class);
        ProjectView planned = projects.plan(cast.partner(), projectId, project.version(), "每周一至周五供餐",
                java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 12, 31),
                List.of(new ProjectService.MilestoneForm("场地改造", java.time.LocalDate.of(2026, 2, 1), true)));
        assertThat(planned.milestones()).singleElement().satisfies(m -> assertThat(m.done()).isTrue());

        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> projects.report(cast.partner(), projectId, "第一周", 40,
                List.of(new ProjectService.Photo("plan.pdf", pdf))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("photos"));
        ProjectView reported = projects.report(cast.partner(), projectId, "第一周供餐 200 人次", 40,
                List.of(new ProjectService.Photo("meal.png", png)));
        assertThat(reported.peopleServed()).isEqualTo(40);
        String key = reported.reports().get(0).photoKeys().get(0);
        assertThat(projects.photo(cast.staff(), projectId, key)).get()
                .satisfies(f -> assertThat(f.getContent()).isEqualTo(png));
        assertThatThrownBy(() -> projects.deliver(cast.partner(), projectId, 5, "自评"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> projects.showcase(admin(), projectId, true)).isInstanceOf(ConflictException.class);

        int before = EvaluatedProjects.SEEN.size();
        ProjectView delivered = projects.deliver(cast.staff(), projectId, 5, "老人很满意");
        assertThat(delivered.status()).isEqualTo(ProjectStatus.DELIVERED);
        assertThat(EvaluatedProjects.SEEN.subList(before, EvaluatedProjects.SEEN.size()))
                .filteredOn(e -> e.projectId().equals(projectId)).singleElement().satisfies(e -> {
                    assertThat(e.rating()).isEqualTo(5);
                    assertThat(e.partnerId()).isEqualTo(cast.partner().partnerId());
                    assertThat(e.supplyItemId()).isEqualTo(cast.item().id());
                    assertThat(e.categoryCode().value()).isEqualTo(MEALS);
                });
        assertThat(needs.get(cast.staff(), need.id()).status()).isEqualTo(NeedStatus.FULFILLED);
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityInUse()).isZero();
        assertThatThrownBy(() -> projects.report(cast.partner(), projectId, "交付后", 1, List.of()))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> projects.showcase(cast.staff(), projectId, true))
                .isInstanceOf(ForbiddenException.class);
        assertThat(projects.showcase(admin(), projectId, true).showcase()).isTrue();
        Actor visitor = Actor.anonymous("10.8.2.8");
        assertThat(projects.showcase(visitor, PageRequest.first(50)).items()).extracting(ProjectView::id)
                .contains(projectId);
        assertThat(projects.get(visitor, projectId).rating()).isEqualTo(5);
    }

    @Test
    void aCancelledProjectGivesCapacityAndBudgetBackAndReopensTheNeed() {
        Cast cast = cast(1, 50_000);
        NeedView need = need(cast.staff(), cast.community(), 50_000);
        Long projectId = intents.transition(cast.staff(), readyToAgree(cast, need).id(), IntentAction.AGREE, null)
                .projectId();
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityLeft()).isZero();
        assertThatThrownBy(() -> projects.cancel(cast.partner(), projectId, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(projects.cancel(cast.partner(), projectId, "场地无法提供").status()).isEqualTo(ProjectStatus.CANCELLED);
        assertThat(supplies.get(cast.partner(), cast.item().id()).capacityLeft()).isEqualTo(1);
        assertThat(fundRepository.find(cast.community(), year()).orElseThrow().getDrawnFen()).isZero();
        assertThat(needs.get(cast.staff(), need.id()).status()).isEqualTo(NeedStatus.PUBLISHED);
    }
}
