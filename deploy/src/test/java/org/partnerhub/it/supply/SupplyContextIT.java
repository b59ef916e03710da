package org.partnerhub.it.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
import org.partnerhub.application.need.TraceEntry;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.supply.SupplyFilter;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.application.supply.SupplyView;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.ForbiddenException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.shared.VersionRequiredException;
import org.partnerhub.domain.supply.SupplyAction;
import org.partnerhub.domain.supply.SupplyStatus;
import org.partnerhub.it.support.Deployments;

/**
 * The supply context inside the server, on the run's MariaDB: only active partners create and publish, one partner
 * never changes another's items, suspension hides a partner's items and reinstatement brings them back at once, the
 * capacity never goes below what is in use, the history field by field, and stale edits.
 */
@ExtendWith(ArquillianExtension.class)
class SupplyContextIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final RegionCode QINGLONG = RegionCode.generated(DISTRICT, "青龙街道");
    private static final RegionCode DONGLIN = RegionCode.generated(QINGLONG, "东林社区");
    private static final String MEALS = "elderly-meals";

    private static Actor admin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(SupplyContextIT.class);
    }

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

    private Actor admin() {
        if (admin == null) {
            admin = ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                    "10.8.1.1")).actor();
        }
        return admin;
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private Actor user(Role role, RegionCode region, Long partnerId) {
        String username = "sc-" + role.name().toLowerCase().replace('_', '-') + "-" + suffix();
        CreatedUser created = accounts.create(admin(), new NewUser(username, "测试" + role.name(), role,
                region == null ? null : region.value(), partnerId, null));
        return ((LoginResult.Success) authentication.login(username, created.temporaryPassword(), "10.8.1.2")).actor();
    }

    /** An admitted partner's first account, signed in. */
    private Actor partner() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        String code = first + String.valueOf(CreditCode.checkCharacter(first.toString()));
        SubmittedApplication submitted = onboarding.submit(new ApplicationForm("供给测试服务社" + suffix(),
                PartnerType.SOCIAL_ORGANIZATION, code, "王五", "赵六", "028-85123456", "510108", List.of("510108"),
                List.of(MEALS), "社区助餐服务。", true), null, "10.8.1.3");
        ApplicationView admitted = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "材料齐全");
        onboarding.setAccountPassword(submitted.number(), submitted.statusToken(), "Partner#Pass-1", "10.8.1.3");
        return ((LoginResult.Success) authentication.login(admitted.accountUsername(), "Partner#Pass-1", "10.8.1.3"))
                .actor();
    }

    private static SupplyForm form(String title, int capacity, boolean publish, String... regions) {
        return new SupplyForm(MEALS, title, "为老人提供午餐与送餐上门。",
                List.of(regions.length == 0 ? new String[] {QINGLONG.value(), "500107"} : regions), capacity,
                FundingMode.LOW_FEE, "每餐 8 元", Set.of(TargetGroup.ELDERLY), "李四", "13800138000", publish);
    }

    private static SupplyFilter text(String q) {
        return new SupplyFilter(null, null, null, null, null, null, q, null);
    }

    private List<Long> found(Actor actor, SupplyFilter filter) {
        return supplies.list(actor, filter, PageRequest.of(0, 50)).items().stream().map(SupplyView::id).toList();
    }

    @Test
    void onlyAnActivePartnersUsersCreateAndPublish() {
        Actor a = partner();
        Actor street = user(Role.STREET_STAFF, QINGLONG, null);
        Actor community = user(Role.COMMUNITY_STAFF, DONGLIN, null);
        assertThatThrownBy(() -> supplies.create(street, form("街道发布", 5, true))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> supplies.create(community, form("社区发布", 5, false)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> supplies.create(admin(), form("区里发布", 5, false))).isInstanceOf(ForbiddenException.class);

        SupplyView draft = supplies.create(a, form("助餐草稿", 5, false));
        partners.transition(admin(), a.partnerId(), PartnerStatus.Action.SUSPEND, "核查投诉");
        assertThatThrownBy(() -> supplies.create(a, form("暂停中新建", 5, false))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> supplies.transition(a, draft.id(), SupplyAction.PUBLISH, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(supplies.get(a, draft.id()).allowedActions()).doesNotContain(SupplyAction.PUBLISH)
                .contains(SupplyAction.WITHDRAW);
        partners.transition(admin(), a.partnerId(), PartnerStatus.Action.REINSTATE, "核查完毕");
        assertThat(supplies.transition(a, draft.id(), SupplyAction.PUBLISH, null).status())
                .isEqualTo(SupplyStatus.PUBLISHED);
    }

    @Test
    void partnerAIsRefusedOnPartnerBsItemsAndCannotSeeItsDrafts() {
        Actor a = partner();
        Actor b = partner();
        Actor colleagueOfB = user(Role.PARTNER, null, b.partnerId());
        SupplyView draft = supplies.create(b, form("乙的草稿", 5, false));
        SupplyView published = supplies.create(b, form("乙的供给", 5, true));

        assertThatThrownBy(() -> supplies.get(a, draft.id())).isInstanceOf(NotFoundException.class);
        for (SupplyView item : List.of(draft, published)) {
            assertThatThrownBy(() -> supplies.edit(a, item.id(), item.version(), form("甲改乙", 5, false)))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> supplies.transition(a, item.id(), SupplyAction.WITHDRAW, null))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> supplies.history(a, published.id())).isInstanceOf(ForbiddenException.class);
        assertThat(supplies.get(a, published.id()).allowedActions()).isEmpty();
        assertThat(supplies.get(a, published.id()).contactName()).isNull();
        assertThat(supplies.get(a, published.id()).contactPhone()).isNull();
        assertThat(supplies.get(a, published.id()).contactPhoneMasked()).isEqualTo("138****8000");

        SupplyView byColleague = supplies.edit(colleagueOfB, draft.id(), draft.version(), form("乙的草稿（同事改）", 5, false));
        assertThat(byColleague.title()).isEqualTo("乙的草稿（同事改）");
        assertThat(supplies.get(b, draft.id()).contactPhone()).isEqualTo("13800138000");
    }

    @Test
    void theDistrictPausesAndWithdrawsWithAReasonButEditsNothing() {
        Actor a = partner();
        SupplyView item = supplies.create(a, form("区里暂停的供给", 5, true));
        assertThatThrownBy(() -> supplies.transition(admin(), item.id(), SupplyAction.PAUSE, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        assertThatThrownBy(() -> supplies.edit(admin(), item.id(), item.version(), form("区里改", 5, false)))
                .isInstanceOf(ForbiddenException.class);
        SupplyView paused = supplies.transition(admin(), item.id(), SupplyAction.PAUSE, "内容待核实");
        assertThat(paused.status()).isEqualTo(SupplyStatus.PAUSED);
        assertThat(paused.statusReason()).isEqualTo("内容待核实");
        assertThatThrownBy(() -> supplies.transition(admin(), item.id(), SupplyAction.RESUME, "恢复"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> supplies.transition(a, item.id(), SupplyAction.PAUSE, null))
                .isInstanceOf(ConflictException.class);
        assertThat(supplies.history(admin(), item.id()).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo("PAUSE");
            assertThat(e.reason()).isEqualTo("内容待核实");
        });
    }

    @Test
    void suspensionHidesThePartnersItemsAndReinstatementRestoresThem() {
        Actor a = partner();
        String word = "暂停" + suffix();
        SupplyView item = supplies.create(a, form(word + "助餐", 5, true));
        Actor visitor = Actor.anonymous("10.8.1.9");
        assertThat(found(visitor, text(word))).containsExactly(item.id());

        partners.transition(admin(), a.partnerId(), PartnerStatus.Action.SUSPEND, "核查投诉");
        assertThat(found(visitor, text(word))).isEmpty();
        assertThatThrownBy(() -> supplies.get(visitor, item.id())).isInstanceOf(NotFoundException.class);
        assertThat(supplies.get(a, item.id()).partnerListed()).isFalse();
        assertThat(found(a, text(word))).containsExactly(item.id());
        assertThat(found(admin(), text(word))).containsExactly(item.id());

        partners.transition(admin(), a.partnerId(), PartnerStatus.Action.REINSTATE, "核查完毕");
        assertThat(found(visitor, text(word))).containsExactly(item.id());
        assertThat(supplies.get(visitor, item.id()).partnerListed()).isTrue();
    }

    @Test
    void capacityEditsStayInRangeAndTheHistoryKeepsEachFieldWithTheOldAndNewValue() {
        Actor a = partner();
        SupplyView item = supplies.create(a, form("容量测试", 5, false));
        assertThatThrownBy(() -> supplies.edit(a, item.id(), item.version(), form("容量测试", 0, false)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(f -> f.field()).containsExactly("capacity"));
        SupplyView edited = supplies.edit(a, item.id(), item.version(),
                new SupplyForm(MEALS, "容量测试（扩容）", "为老人提供午餐与送餐上门。", List.of(DONGLIN.value()), 12,
                        FundingMode.PUBLIC_BENEFIT, null, Set.of(TargetGroup.ELDERLY), "李四", "028-85123456", false));
        assertThat(edited.capacity()).isEqualTo(12);
        assertThat(edited.capacityLeft()).isEqualTo(12);
        assertThat(edited.serviceRegions()).extracting(r -> r.code()).containsExactly(DONGLIN.value());

        List<TraceEntry> history = supplies.history(a, item.id());
        assertThat(history).extracting(TraceEntry::action).containsExactly("EDITED", "CREATED");
        assertThat(history.get(0).changes()).extracting(c -> c.field() + ":" + c.from() + "→" + c.to()).containsExactly(
                "title:容量测试→容量测试（扩容）",
                "serviceRegionCodes:" + QINGLONG.value() + ",500107→" + DONGLIN.value(),
                "capacity:5→12",
                "fundingMode:LOW_FEE→PUBLIC_BENEFIT",
                "priceNote:每餐 8 元→null",
                "contactPhone:138****8000→028-****3456");
        assertThat(history.get(1).changes()).extracting(TraceEntry.Change::field).contains("title", "capacity",
                "serviceRegionCodes", "contactPhone");
        assertThat(history.toString()).doesNotContain("13800138000", "85123456");
        assertThat(supplies.get(a, item.id()).contactPhone()).isEqualTo("028-85123456");
    }

    @Test
    void aStaleEditIsRefusedAndSavesNothing() {
        Actor a = partner();
        SupplyView item = supplies.create(a, form("并发编辑", 5, false));
        assertThatThrownBy(() -> supplies.edit(a, item.id(), null, form("没有版本", 5, false)))
                .isInstanceOf(VersionRequiredException.class);
        supplies.edit(a, item.id(), item.version(), form("第一次修改", 5, false));
        assertThatThrownBy(() -> supplies.edit(a, item.id(), item.version(), form("基于旧版本的修改", 6, false)))
                .isInstanceOf(StaleEditException.class);
        SupplyView now = supplies.get(a, item.id());
        assertThat(now.title()).isEqualTo("第一次修改");
        assertThat(now.capacity()).isEqualTo(5);
    }

    @Test
    void theRegionFilterFindsItemsServingTheRegionOrAboveItAcrossCities() {
        Actor a = partner();
        String word = "区域" + suffix();
        SupplyView street = supplies.create(a, form(word + "街道级", 5, true, QINGLONG.value()));
        SupplyView chongqing = supplies.create(a, form(word + "九龙坡区", 5, true, "500107"));
        assertThat(found(null, new SupplyFilter(DONGLIN.value(), null, null, null, null, null, word, null)))
                .containsExactly(street.id());
        assertThat(found(null, new SupplyFilter("500107", null, null, null, null, null, word, null)))
                .containsExactly(chongqing.id());
        assertThat(found(null, new SupplyFilter("510108", null, null, null, null, null, word, null))).isEmpty();
        assertThat(supplies.searchableText(null, street.id())).contains(word + "街道级", "青龙街道", "供给测试服务社");
    }

    @Test
    void aChangeFeedFromAnAnswersUpdatedAtMissesNothingWrittenAfterIt() {
        Actor a = partner();
        SupplyView first = supplies.create(a, form("变更一", 5, true));
        SupplyView second = supplies.create(a, form("变更二", 5, true));
        SupplyView edited = supplies.edit(a, first.id(), first.version(), form("变更一（改）", 5, false));
        // the time an answer shows is the stored one, so a feed from it holds everything written since, itself too
        List<Long> feed = supplies.list(a, new SupplyFilter(null, null, null, null, a.partnerId(), null, null,
                first.updatedAt()), PageRequest.of(0, 50)).items().stream().map(SupplyView::id).toList();
        assertThat(feed).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(supplies.get(a, first.id()).updatedAt()).isEqualTo(edited.updatedAt());
        assertThat(found(a, new SupplyFilter(null, null, null, null, a.partnerId(), null, null,
                edited.updatedAt().plusSeconds(1)))).isEmpty();
    }
}
