package org.partnerhub.it.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
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
import org.partnerhub.application.need.FundService;
import org.partnerhub.application.need.FundView;
import org.partnerhub.application.need.NeedFilter;
import org.partnerhub.application.need.NeedForm;
import org.partnerhub.application.need.NeedRecorded;
import org.partnerhub.application.need.NeedService;
import org.partnerhub.application.need.NeedView;
import org.partnerhub.application.need.SimilarNeed;
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.region.RegionImportService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.need.NeedAction;
import org.partnerhub.domain.need.NeedStatus;
import org.partnerhub.domain.need.SourceChannel;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionLevel;
import org.partnerhub.domain.region.RegionRepository;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.it.support.Deployments;

/**
 * The need context inside the server, on the run's MariaDB: who may see and change which need, the field-level
 * history, stale edits, the community fund's limit (also under simultaneous earmarks), duplicates and merging. Each
 * test makes its own communities (under the seeded streets), accounts and needs.
 */
@ExtendWith(ArquillianExtension.class)
class NeedContextIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final RegionCode QINGLONG = RegionCode.generated(DISTRICT, "青龙街道");
    private static final RegionCode BAOHE = RegionCode.generated(DISTRICT, "保和街道");
    private static final RegionCode DONGLIN = RegionCode.generated(QINGLONG, "东林社区");
    private static final String MEALS = "elderly-meals";

    private static Actor admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(NeedContextIT.class);
    }

    @Inject
    NeedService needs;

    @Inject
    FundService funds;

    @Inject
    RegionRepository regions;

    @Inject
    RegionImportService regionImport;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    @Inject
    OnboardingService onboarding;

    @Inject
    org.partnerhub.domain.imports.ImportJobRepository importJobRepository;

    @Inject
    org.partnerhub.application.imports.ImportJobs importJobs;

    @Inject
    jakarta.transaction.UserTransaction transaction;

    // --- actors and places ---

    private Actor admin() {
        if (admin == null) {
            admin = ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                    "10.8.0.1")).actor();
        }
        return admin;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    /** A new account of {@code role} bound to {@code region}, signed in with its temporary password. */
    private Actor user(Role role, RegionCode region) {
        String username = "nc-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix();
        CreatedUser created = accounts.create(admin(), new NewUser(username, "测试" + role.name(), role, region.value(),
                null, null));
        return ((LoginResult.Success) authentication.login(username, created.temporaryPassword(), "10.8.0.2")).actor();
    }

    /** A new community (村/社区) under {@code street}, imported into the tree the way a district would add it. */
    private RegionCode newCommunity(String streetName, RegionCode street, String prefix) {
        String name = prefix + suffix() + "社区";
        String csv = "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",," + streetName + ",\n";
        assertThat(regionImport.importCsv(admin(), csv.getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
        RegionCode code = RegionCode.generated(street, name);
        assertThat(regions.findByCode(code)).get().extracting(Region::getLevel).isEqualTo(RegionLevel.COMMUNITY);
        return code;
    }

    /** An admitted partner's first account, signed in. */
    private Actor partner() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        String code = first + String.valueOf(CreditCode.checkCharacter(first.toString()));
        SubmittedApplication submitted = onboarding.submit(new ApplicationForm("走访测试服务社" + suffix(),
                PartnerType.SOCIAL_ORGANIZATION, code, "王五", "赵六", "028-85123456", "510108", List.of("510108"),
                List.of(MEALS), "社区走访与助餐服务。", true), null, "10.8.0.3");
        ApplicationView admitted = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "材料齐全");
        onboarding.setAccountPassword(submitted.number(), submitted.statusToken(), "Partner#Pass-1", "10.8.0.3");
        return ((LoginResult.Success) authentication.login(admitted.accountUsername(), "Partner#Pass-1", "10.8.0.3"))
                .actor();
    }

    private static NeedForm form(RegionCode community, String category, String title, String description, long budget,
            boolean publish) {
        return new NeedForm(community.value(), category, title, description, 120, Set.of(TargetGroup.ELDERLY),
                Urgency.HIGH, FundingMode.PUBLIC_BENEFIT, budget, SourceChannel.ONLINE, null, null, publish);
    }

    private static NeedForm form(RegionCode community, String title, long budget, boolean publish) {
        return form(community, MEALS, title, "小区独居老人多，午餐没有着落，希望开设助餐点。", budget, publish);
    }

    private static NeedForm edited(NeedView need, String title, Urgency urgency, long budget) {
        return new NeedForm(need.community().code(), need.category().code(), title, need.description(),
                need.beneficiaries(), need.targetGroups(), urgency, need.fundingMode(), budget, null, null, null, false);
    }

    private static int year() {
        return DistrictTime.year(Instant.now());
    }

    private static String messageKey(InvalidInputException e, String field) {
        return e.errors().stream().filter(f -> f.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no error on " + field + " in " + e.errors()))
                .message().key();
    }

    // --- who may do what ---

    @Test
    void theSeededTreeHasItsCommunitiesUnderTheirStreets() {
        Region donglin = regions.findByCode(DONGLIN).orElseThrow();
        assertThat(donglin.getLevel()).isEqualTo(RegionLevel.COMMUNITY);
        assertThat(donglin.getNameZh()).isEqualTo("东林社区");
        assertThat(donglin.getParentCode()).isEqualTo(QINGLONG);
        assertThat(regions.findByCode(QINGLONG).orElseThrow().getPath()).isEqualTo("/510100/510108/" + QINGLONG + "/");
    }

    @Test
    void oneCommunitysStaffCannotRecordEditOrMoveAnotherCommunitysNeeds() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "甲");
        RegionCode b = newCommunity("青龙街道", QINGLONG, "乙");
        Actor staffA = user(Role.COMMUNITY_STAFF, a);
        Actor staffB = user(Role.COMMUNITY_STAFF, b);

        NeedView draft = needs.record(staffA, form(a, "甲社区助餐", 0, false)).need();
        NeedView published = needs.record(staffA, form(a, "甲社区助浴", 0, true)).need();
        assertThat(draft.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(published.status()).isEqualTo(NeedStatus.PUBLISHED);

        assertThatThrownBy(() -> needs.record(staffB, form(a, "替别人记录", 0, false))).isInstanceOf(ForbiddenException.class);
        for (NeedView need : List.of(draft, published)) {
            assertThatThrownBy(() -> needs.edit(staffB, need.id(), need.version(), edited(need, "改别人的", Urgency.LOW, 0)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> needs.transition(staffB, need.id(), NeedAction.CLOSE, "不要了"))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> needs.transition(staffB, draft.id(), NeedAction.PUBLISH, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> needs.get(staffB, draft.id())).as("another community's draft is not even seen")
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> needs.history(staffB, published.id())).isInstanceOf(ForbiddenException.class);
        assertThat(needs.get(staffB, published.id()).editable()).isFalse();
        assertThat(needs.get(staffB, published.id()).allowedActions()).isEmpty();

        NeedView after = needs.get(staffA, draft.id());
        assertThat(after.title()).isEqualTo("甲社区助餐");
        assertThat(after.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(after.version()).isEqualTo(draft.version());
        assertThat(after.editable()).isTrue();
        assertThat(after.allowedActions()).containsExactlyInAnyOrder(NeedAction.PUBLISH, NeedAction.CLOSE);
        assertThat(needs.edit(staffA, draft.id(), draft.version(), edited(draft, "甲社区长者助餐", Urgency.LOW, 0)).title())
                .isEqualTo("甲社区长者助餐");
    }

    @Test
    void streetStaffActOnTheirStreetsCommunitiesAndNoOtherStreets() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "街");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        Actor street = user(Role.STREET_STAFF, QINGLONG);
        Actor otherStreet = user(Role.STREET_STAFF, BAOHE);

        NeedView byCommunity = needs.record(community, form(a, "社区记录的需求", 0, false)).need();
        NeedView byStreet = needs.record(street, form(a, "街道代社区记录的需求", 0, false)).need();
        assertThat(byStreet.community().code()).isEqualTo(a.value());

        NeedView edited = needs.edit(street, byCommunity.id(), byCommunity.version(),
                edited(byCommunity, "街道修改后的需求", Urgency.URGENT, 0));
        assertThat(edited.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(needs.transition(street, byCommunity.id(), NeedAction.PUBLISH, null).status())
                .isEqualTo(NeedStatus.PUBLISHED);
        assertThat(needs.get(community, byStreet.id()).editable()).as("the community owns what its street recorded")
                .isTrue();

        assertThatThrownBy(() -> needs.record(otherStreet, form(a, "别的街道", 0, false)))
                .isInstanceOf(ForbiddenException.class);
        NeedView current = needs.get(street, byCommunity.id());
        assertThatThrownBy(() -> needs.edit(otherStreet, current.id(), current.version(),
                edited(current, "别的街道改", Urgency.LOW, 0))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> needs.transition(otherStreet, current.id(), NeedAction.CLOSE, "别的街道关"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> needs.get(otherStreet, byStreet.id())).isInstanceOf(NotFoundException.class);
        assertThat(needs.get(street, byCommunity.id()).status()).isEqualTo(NeedStatus.PUBLISHED);
    }

    @Test
    void aPartnerRecordsOnlyDraftsAndEditsOnlyItsOwnDraftsUntilTheyArePublished() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "伙");
        Actor partner = partner();
        Actor otherPartner = partner();
        Actor community = user(Role.COMMUNITY_STAFF, a);

        assertThatThrownBy(() -> needs.record(partner, form(a, "合伙人想直接发布", 0, true)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "publish")).isEqualTo("need.partnerDraftOnly"));

        NeedView draft = needs.record(partner, form(a, "走访发现的助餐需求", 0, false)).need();
        assertThat(draft.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(draft.recordedByPartnerId()).isEqualTo(partner.partnerId());
        assertThat(draft.allowedActions()).containsExactly(NeedAction.CLOSE);

        NeedView corrected = needs.edit(partner, draft.id(), draft.version(), edited(draft, "走访发现的长者助餐需求",
                Urgency.MEDIUM, 0));
        assertThat(corrected.title()).isEqualTo("走访发现的长者助餐需求");
        assertThatThrownBy(() -> needs.transition(partner, draft.id(), NeedAction.PUBLISH, null))
                .isInstanceOf(ForbiddenException.class);

        assertThatThrownBy(() -> needs.get(otherPartner, draft.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> needs.edit(otherPartner, draft.id(), corrected.version(),
                edited(corrected, "别家合伙人改", Urgency.LOW, 0))).isInstanceOf(ForbiddenException.class);
        assertThat(needs.list(otherPartner, new NeedFilter(a.value(), null, null, null, null, null, null, null, null,
                null, null), PageRequest.first(50)).items()).extracting(NeedView::id).doesNotContain(draft.id());
        assertThat(needs.list(partner, new NeedFilter(a.value(), null, null, null, null, null, null, null, null, null,
                null), PageRequest.first(50)).items()).extracting(NeedView::id).contains(draft.id());

        NeedView published = needs.transition(community, draft.id(), NeedAction.PUBLISH, null);
        assertThat(published.status()).isEqualTo(NeedStatus.PUBLISHED);
        assertThatThrownBy(() -> needs.edit(partner, draft.id(), published.version(),
                edited(published, "发布后合伙人再改", Urgency.LOW, 0))).isInstanceOf(ForbiddenException.class);
        assertThat(needs.get(community, draft.id()).title()).isEqualTo("走访发现的长者助餐需求");
    }

    @Test
    void aPartnerMayCloseItsOwnDraftButNotAnothersOrAPublishedOne() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "关");
        Actor partner = partner();
        Actor community = user(Role.COMMUNITY_STAFF, a);
        NeedView mine = needs.record(partner, form(a, "记错了的需求", 0, false)).need();
        NeedView theirs = needs.record(community, form(a, "社区自己的需求", 0, false)).need();

        assertThatThrownBy(() -> needs.transition(partner, theirs.id(), NeedAction.CLOSE, "不是我的"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(needs.transition(partner, mine.id(), NeedAction.CLOSE, "记录有误").status()).isEqualTo(NeedStatus.CLOSED);
        assertThatThrownBy(() -> needs.transition(partner, mine.id(), NeedAction.REOPEN, null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theDistrictAdministratorReadsEverythingButChangesNothing() {
        RegionCode a = newCommunity("保和街道", BAOHE, "区");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        NeedView draft = needs.record(community, form(a, "区里能看到的草稿", 0, false)).need();

        NeedView seen = needs.get(admin(), draft.id());
        assertThat(seen.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(seen.recordedBy()).isEqualTo(community.username());
        assertThat(seen.editable()).isFalse();
        assertThat(seen.allowedActions()).isEmpty();
        assertThat(needs.history(admin(), draft.id())).extracting(TraceEntry::action).containsExactly("CREATED");
        assertThat(needs.list(admin(), new NeedFilter(a.value(), null, NeedStatus.DRAFT, null, null, null, null, null,
                null, null, null), PageRequest.first(50)).items()).extracting(NeedView::id).containsExactly(draft.id());

        assertThatThrownBy(() -> needs.edit(admin(), draft.id(), draft.version(), edited(draft, "区里改", Urgency.LOW, 0)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> needs.transition(admin(), draft.id(), NeedAction.PUBLISH, null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> needs.record(admin(), form(a, "区里记录", 0, false))).isInstanceOf(ForbiddenException.class);
        assertThat(needs.get(community, draft.id()).version()).isEqualTo(draft.version());
    }

    @Test
    void thePublicSeesPublishedNeedsOnly() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "公");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        NeedView draft = needs.record(community, form(a, "公众看不到的草稿", 0, false)).need();
        NeedView published = needs.record(community, form(a, "公众能看到的需求", 0, true)).need();
        Actor anonymous = Actor.anonymous("10.8.0.9");

        assertThat(needs.list(anonymous, new NeedFilter(a.value(), null, null, null, null, null, null, null, null, null,
                null), PageRequest.first(50)).items()).extracting(NeedView::id).containsExactly(published.id());
        assertThatThrownBy(() -> needs.get(anonymous, draft.id())).isInstanceOf(NotFoundException.class);
        NeedView seen = needs.get(anonymous, published.id());
        assertThat(seen.recordedBy()).as("the recorder is not public").isNull();
        assertThat(seen.editable()).isFalse();
    }

    // --- history and versions ---

    @Test
    void theHistoryRecordsEveryFieldChangeAndMoveWithActorAndTime() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "史");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        Actor street = user(Role.STREET_STAFF, QINGLONG);
        NeedView need = needs.record(community, form(a, "老年人助餐", 0, false)).need();

        Instant before = Instant.now();
        NeedView changed = needs.edit(street, need.id(), need.version(), edited(need, "长者助餐服务", Urgency.URGENT, 0));
        Instant after = Instant.now();
        assertThat(changed.version()).isGreaterThan(need.version());
        needs.transition(community, need.id(), NeedAction.PUBLISH, null);
        needs.transition(street, need.id(), NeedAction.CLOSE, "已由街道统一解决");

        List<TraceEntry> history = needs.history(community, need.id());
        assertThat(history).extracting(TraceEntry::action).containsExactly("CLOSE", "PUBLISH", "EDITED", "CREATED");
        TraceEntry edit = history.get(2);
        assertThat(edit.actor()).isEqualTo(street.username());
        assertThat(edit.actorName()).isEqualTo(street.displayName());
        // whole seconds: MySQL Connector/J sends no fractional seconds to a MariaDB 10.x server (it takes the
        // "5.5.5-10.x" version for MySQL 5.5), so a DATETIME(6) column may hold the time to the second only
        assertThat(edit.at()).isBetween(before.truncatedTo(ChronoUnit.SECONDS), after);
        assertThat(edit.changes()).containsExactly(
                new TraceEntry.Change("title", "老年人助餐", "长者助餐服务"),
                new TraceEntry.Change("urgency", "HIGH", "URGENT"));

        TraceEntry created = history.get(3);
        assertThat(created.actor()).isEqualTo(community.username());
        assertThat(created.changes()).contains(
                new TraceEntry.Change("communityCode", null, a.value()),
                new TraceEntry.Change("title", null, "老年人助餐"),
                new TraceEntry.Change("beneficiaries", null, "120"),
                new TraceEntry.Change("sourceChannel", null, "ONLINE"));

        TraceEntry closed = history.get(0);
        assertThat(closed.actor()).isEqualTo(street.username());
        assertThat(closed.reason()).isEqualTo("已由街道统一解决");
        assertThat(closed.changes()).containsExactly(new TraceEntry.Change("status", "PUBLISHED", "CLOSED"));
        assertThat(history.get(1).actor()).isEqualTo(community.username());
    }

    @Test
    void aNeedPublishedAsItIsRecordedListsThePublicationAfterTheCreation() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "即");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        // both entries share one instant, so only their order of writing tells them apart: try several needs, since
        // a provider that writes them in an arbitrary order gets some of them right by chance
        for (int i = 0; i < 6; i++) {
            NeedView need = needs.record(community, form(a, "即时发布" + i, 0, true)).need();
            assertThat(needs.history(community, need.id())).extracting(TraceEntry::action)
                    .as("newest first").containsExactly("PUBLISH", "CREATED");
        }
    }

    @Test
    void anEditThatChangesNothingLeavesTheVersionAndHistoryAlone() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "同");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        NeedView need = needs.record(community, form(a, "不变的需求", 0, false)).need();

        NeedView same = needs.edit(community, need.id(), need.version(), edited(need, " 不变的需求 ", Urgency.HIGH, 0));
        assertThat(same.version()).isEqualTo(need.version());
        assertThat(needs.history(community, need.id())).hasSize(1);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsSaved() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "旧");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        Actor street = user(Role.STREET_STAFF, QINGLONG);
        NeedView read = needs.record(community, form(a, "并发编辑的需求", 0, false)).need();

        needs.edit(street, read.id(), read.version(), edited(read, "街道先改了", Urgency.HIGH, 0));
        assertThatThrownBy(() -> needs.edit(community, read.id(), read.version(), edited(read, "社区后改", Urgency.LOW, 0)))
                .isInstanceOf(StaleEditException.class);

        NeedView now = needs.get(community, read.id());
        assertThat(now.title()).isEqualTo("街道先改了");
        assertThat(now.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(needs.history(community, read.id())).extracting(TraceEntry::action).containsExactly("EDITED", "CREATED");
    }

    @Test
    void theOwnersCannotEditAClosedNeedAndAreToldItIsClosed() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "闭");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        NeedView need = needs.record(community, form(a, "已关闭的需求", 0, true)).need();
        NeedView closed = needs.transition(community, need.id(), NeedAction.CLOSE, "居民已自行解决");

        assertThatThrownBy(() -> needs.edit(community, need.id(), closed.version(), edited(closed, "关闭后再改",
                Urgency.LOW, 0))).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("need.notEditable"));
        assertThatThrownBy(() -> needs.transition(community, need.id(), NeedAction.PUBLISH, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("need.transition"));
        assertThatThrownBy(() -> needs.transition(community, need.id(), NeedAction.START_COOPERATION, null))
                .as("cooperation moves are not people's acts")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("action"));
        assertThatThrownBy(() -> needs.transition(community, need.id(), NeedAction.CLOSE, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(needs.transition(community, need.id(), NeedAction.REOPEN, null).status()).isEqualTo(NeedStatus.DRAFT);
    }

    // --- the community fund ---

    @Test
    void theFundLimitHoldsForNewNeedsRaisedBudgetsAndReopenedNeeds() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "资");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        Actor street = user(Role.STREET_STAFF, QINGLONG);

        assertThatThrownBy(() -> needs.record(community, form(a, "没有资金时的预算", 10_000, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.none"));

        FundView fund = funds.set(street, a.value(), year(), 100_000L);
        assertThat(fund.amountFen()).isEqualTo(100_000L);
        assertThat(fund.remainingFen()).isEqualTo(100_000L);

        NeedView first = needs.record(community, form(a, "第一笔预算", 60_000, false)).need();
        assertThatThrownBy(() -> needs.record(community, form(a, "超出资金的预算", 40_001, false)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.exceeded");
                    assertThat(e.errors().get(0).message().args()).contains("400.00", "400.01");
                });
        NeedView second = needs.record(community, form(a, "正好用完的预算", 40_000, false)).need();
        assertThat(funds.list(street, a.value(), year())).singleElement().satisfies(view -> {
            assertThat(view.earmarkedFen()).isEqualTo(100_000);
            assertThat(view.remainingFen()).isZero();
        });

        assertThatThrownBy(() -> needs.edit(community, first.id(), first.version(), edited(first, first.title(),
                Urgency.HIGH, 60_001))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.exceeded"));
        assertThat(needs.get(community, first.id()).budgetFen()).isEqualTo(60_000);
        NeedView lowered = needs.edit(community, first.id(), first.version(), edited(first, first.title(), Urgency.HIGH,
                50_000));
        assertThat(lowered.budgetFen()).isEqualTo(50_000);

        assertThatThrownBy(() -> funds.set(street, a.value(), year(), 89_999L))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "amountFen")).isEqualTo("fund.belowEarmarks"));

        needs.transition(community, second.id(), NeedAction.CLOSE, "改由别的资金解决");
        NeedView third = needs.record(community, form(a, "关闭后腾出的预算", 50_000, false)).need();
        assertThat(third.budgetFen()).isEqualTo(50_000);
        assertThatThrownBy(() -> needs.transition(community, second.id(), NeedAction.REOPEN, null))
                .as("reopening would hold 400 yuan more than the fund has")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.exceeded"));
        assertThat(needs.get(community, second.id()).status()).isEqualTo(NeedStatus.CLOSED);
    }

    @Test
    void aPartnersDraftEarmarksNothingUntilTheCommunityPublishesIt() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "伙");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        Actor street = user(Role.STREET_STAFF, QINGLONG);
        funds.set(street, a.value(), year(), 1_000_000L);
        Actor partner = partner();

        NeedView drafted = needs.record(partner, form(a, "伙伴起草的一万元需求", 1_000_000, false)).need();
        NeedView another = needs.record(partner, form(a, "伙伴起草的第二笔需求", 1_000_000, false)).need();

        assertThat(funds.list(street, a.value(), year())).singleElement().satisfies(view -> {
            assertThat(view.earmarkedFen()).as("a partner's drafts earmark nothing").isZero();
            assertThat(view.remainingFen()).isEqualTo(1_000_000);
        });
        NeedView own = needs.record(community, form(a, "社区自己的需求", 600_000, false)).need();
        assertThat(own.budgetFen()).isEqualTo(600_000);

        assertThatThrownBy(() -> needs.transition(community, drafted.id(), NeedAction.PUBLISH, null))
                .as("publishing takes the partner's budget on, within what the fund has left")
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.exceeded"));
        assertThat(needs.get(community, drafted.id()).status()).isEqualTo(NeedStatus.DRAFT);

        NeedView current = needs.get(community, drafted.id());
        needs.edit(community, drafted.id(), current.version(), edited(current, current.title(), Urgency.HIGH, 400_000));
        assertThat(needs.transition(community, drafted.id(), NeedAction.PUBLISH, null).status())
                .isEqualTo(NeedStatus.PUBLISHED);
        assertThat(funds.list(street, a.value(), year())).singleElement().satisfies(view -> {
            assertThat(view.earmarkedFen()).isEqualTo(1_000_000);
            assertThat(view.remainingFen()).isZero();
        });

        NeedView third = needs.record(partner, form(a, "资金用完后伙伴的草稿", 500_000, false)).need();
        assertThat(third.status()).isEqualTo(NeedStatus.DRAFT);
        assertThat(funds.list(street, a.value(), year()).get(0).earmarkedFen()).isEqualTo(1_000_000);
        assertThatThrownBy(() -> needs.transition(street, another.id(), NeedAction.PUBLISH, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.exceeded"));
    }

    @Test
    void simultaneousEarmarksNeverTakeMoreThanTheFundHas() throws Exception {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "并");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        funds.set(admin(), a.value(), year(), 100_000L);

        // each round, four transactions race for a fund that has room for exactly one of them
        long[] asks = {60_000, 30_000, 10_000};
        long held = 0;
        for (int round = 0; round < asks.length; round++) {
            long ask = asks[round];
            int won = race(4, n -> needs.record(community, form(a, "并发预算" + ask + "-" + n, ask, false)));
            assertThat(won).as("exactly one of four simultaneous earmarks of %d fen", ask).isEqualTo(1);
            held += ask;
            assertThat(funds.list(community, a.value(), year())).singleElement().satisfies(view -> {
                assertThat(view.amountFen()).isEqualTo(100_000L);
                assertThat(view.earmarkedFen()).isLessThanOrEqualTo(view.amountFen());
            });
        }
        assertThat(funds.list(community, a.value(), year()).get(0).earmarkedFen()).isEqualTo(held).isEqualTo(100_000);
        assertThat(needs.list(community, new NeedFilter(a.value(), null, null, null, null, null, null, null, null, null,
                null), PageRequest.first(50)).total()).isEqualTo(3);
    }

    @Test
    void simultaneousBudgetRaisesNeverTakeMoreThanTheFundHas() throws Exception {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "涨");
        Actor community = user(Role.COMMUNITY_STAFF, a);
        funds.set(admin(), a.value(), year(), 100_000L);
        List<NeedView> drafts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            drafts.add(needs.record(community, form(a, "提高预算" + i, 10_000, false)).need());
        }

        // 40,000 held, 60,000 left: one draft raised to 60,000 fits, a second would not
        int won = race(4, n -> needs.edit(community, drafts.get(n).id(), drafts.get(n).version(),
                edited(drafts.get(n), drafts.get(n).title(), Urgency.HIGH, 60_000)));
        assertThat(won).isEqualTo(1);
        assertThat(funds.list(community, a.value(), year()).get(0).earmarkedFen()).isEqualTo(90_000);
    }

    /**
     * Runs {@code attempts} calls at once (released together by a barrier), each in its own transaction, and counts
     * those that succeeded; a refusal must be the fund's, anything else fails the test.
     */
    private static int race(int attempts, java.util.function.IntFunction<Object> call) throws Exception {
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
                    } catch (InvalidInputException e) {
                        assertThat(messageKey(e, "budgetFen")).isEqualTo("fund.exceeded");
                        return false;
                    }
                }));
            }
            int won = 0;
            for (Future<Boolean> result : results) {
                won += result.get(120, TimeUnit.SECONDS) ? 1 : 0;
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- duplicates and merging ---

    @Test
    void aNearIdenticalNeedOfTheStreetIsFlaggedAndAnUnrelatedOneIsNot() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "重");
        RegionCode b = newCommunity("青龙街道", QINGLONG, "复");
        Actor staffA = user(Role.COMMUNITY_STAFF, a);
        Actor staffB = user(Role.COMMUNITY_STAFF, b);
        String category = "old-neighbourhood-renewal";
        String description = "老旧院落没有电梯，高层老人上下楼困难，希望加装电梯并协调一楼住户。";

        NeedView original = needs.record(staffA, form(a, category, "老旧院落加装电梯", description, 0, true)).need();
        NeedView hiddenDraft = needs.record(staffA, form(a, category, "老旧院落加装电梯", description, 0, false)).need();

        NeedRecorded copy = needs.record(staffB, form(b, category, "老旧院落加装电梯", description.replace("，希望", "，急需"),
                0, false));
        assertThat(copy.possibleDuplicates()).extracting(SimilarNeed::id).contains(original.id())
                .as("another community's draft is not shown to this community").doesNotContain(hiddenDraft.id());
        SimilarNeed flagged = copy.possibleDuplicates().stream().filter(s -> s.id().equals(original.id())).findFirst()
                .orElseThrow();
        assertThat(flagged.similarityPercent()).isGreaterThanOrEqualTo(80);
        assertThat(flagged.community().code()).isEqualTo(a.value());
        assertThat(needs.similar(staffB, copy.need().id())).extracting(SimilarNeed::id).contains(original.id());

        NeedRecorded unrelated = needs.record(staffB, form(b, category, "小区停车棚改造", "电动自行车无处停放，"
                + "希望改造停车棚并安装充电桩。", 0, false));
        assertThat(unrelated.possibleDuplicates()).extracting(SimilarNeed::id)
                .doesNotContain(original.id(), copy.need().id());

        NeedRecorded otherCategory = needs.record(staffB, form(b, MEALS, "老旧院落加装电梯", description, 0, false));
        assertThat(otherCategory.possibleDuplicates()).as("only needs of the same category are compared")
                .extracting(SimilarNeed::id).doesNotContain(original.id(), copy.need().id());
    }

    @Test
    void aMergeClosesOneNeedAndBothHistoriesRemainReadable() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "合");
        RegionCode b = newCommunity("青龙街道", QINGLONG, "并");
        RegionCode elsewhere = newCommunity("保和街道", BAOHE, "外");
        Actor staffB = user(Role.COMMUNITY_STAFF, b);
        Actor street = user(Role.STREET_STAFF, QINGLONG);
        Actor integrator = user(Role.INTEGRATOR, DISTRICT);

        NeedView target = needs.record(street, form(a, "社区食堂", 0, true)).need();
        NeedView source = needs.record(staffB, form(b, "社区食堂", 0, true)).need();

        assertThatThrownBy(() -> needs.merge(staffB, source.id(), target.id(), "重复"))
                .as("community staff do not own the other community's need").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> needs.merge(street, source.id(), source.id(), "自己"))
                .isInstanceOf(InvalidInputException.class);
        NeedView far = needs.record(integrator, form(elsewhere, "社区食堂", 0, true)).need();
        assertThatThrownBy(() -> needs.merge(integrator, far.id(), target.id(), "跨街道"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "into")).isEqualTo("need.merge.otherStreet"));

        NeedView merged = needs.merge(street, source.id(), target.id(), "两个社区提的是同一个食堂");
        assertThat(merged.status()).isEqualTo(NeedStatus.CLOSED);
        assertThat(merged.mergedIntoId()).isEqualTo(target.id());
        assertThat(merged.allowedActions()).as("a merged need is not reopened").isEmpty();
        assertThat(needs.get(street, target.id()).status()).isEqualTo(NeedStatus.PUBLISHED);

        List<TraceEntry> sourceHistory = needs.history(staffB, source.id());
        assertThat(sourceHistory.get(0).action()).isEqualTo("MERGED_INTO");
        assertThat(sourceHistory.get(0).actor()).isEqualTo(street.username());
        assertThat(sourceHistory.get(0).reason()).isEqualTo("两个社区提的是同一个食堂");
        assertThat(sourceHistory.get(0).changes()).containsExactly(
                new TraceEntry.Change("status", "PUBLISHED", "CLOSED"),
                new TraceEntry.Change("mergedIntoId", null, String.valueOf(target.id())));
        assertThat(sourceHistory).extracting(TraceEntry::action).endsWith("CREATED");

        List<TraceEntry> targetHistory = needs.history(street, target.id());
        assertThat(targetHistory.get(0).action()).isEqualTo("MERGED_FROM");
        assertThat(targetHistory.get(0).changes())
                .containsExactly(new TraceEntry.Change("mergedFromId", null, String.valueOf(source.id())));

        assertThatThrownBy(() -> needs.transition(street, source.id(), NeedAction.REOPEN, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("need.merged"));
        assertThatThrownBy(() -> needs.merge(street, target.id(), source.id(), "反向"))
                .as("a closed need takes no merge").isInstanceOf(ConflictException.class);
    }

    // --- sources ---

    @Test
    void badSourcesAndPlacesAreNamedByField() {
        RegionCode a = newCommunity("青龙街道", QINGLONG, "源");
        Actor community = user(Role.COMMUNITY_STAFF, a);

        NeedForm importChannel = new NeedForm(a.value(), MEALS, "导入渠道", "描述", 1, null, Urgency.LOW,
                FundingMode.PAID, 0L, SourceChannel.IMPORT, null, null, false);
        assertThatThrownBy(() -> needs.record(community, importChannel))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "source.channel")).isEqualTo("need.channel.import"));

        NeedForm street = form(QINGLONG, "街道不是社区", 0, false);
        assertThatThrownBy(() -> needs.record(user(Role.STREET_STAFF, QINGLONG), street))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(messageKey(e, "communityCode")).isEqualTo("need.community.level"));

        NeedForm everythingWrong = new NeedForm(a.value(), "no-such-category", "标".repeat(101), " ", -1, null, null,
                null, -5L, null, 999_999_999L, year() + 5, true);
        assertThatThrownBy(() -> needs.record(community, everythingWrong))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).contains("categoryCode", "title", "description", "beneficiaries",
                                "urgency", "fundingMode", "budgetFen", "source.visitId", "fundYear"));
    }

    // --- import jobs ---

    @Test
    void anImportJobWhoseWorkerFellSilentIsFailedWithAReasonWhenReadNeverLeftRunning() throws Exception {
        java.time.Instant longAgo = java.time.Instant.now().minus(java.time.Duration.ofMinutes(10));
        org.partnerhub.domain.imports.ImportJob job = org.partnerhub.domain.imports.ImportJob.queue("NEED",
                admin().userId(), admin().username(), admin().regionPath(), "stale.csv", 100, longAgo);
        transaction.begin();
        importJobRepository.add(job);
        importJobRepository.flush();
        transaction.commit();

        org.partnerhub.application.imports.ImportJobView read = importJobs.get(admin(), job.getId(), null);

        assertThat(read.status()).isEqualTo(org.partnerhub.domain.imports.ImportJobStatus.FAILED);
        assertThat(read.failure().key()).isEqualTo("import.failed.stopped");
        assertThat(importJobs.get(admin(), job.getId(), null).finishedAt()).isNotNull();
    }
}
