package org.partnerhub.it.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.partnerhub.it.support.OutboxDrain;
import org.partnerhub.application.account.AuthenticationService;
import org.partnerhub.application.account.LoginResult;
import org.partnerhub.application.notification.NotificationService;
import org.partnerhub.application.partner.ApplicationForm;
import org.partnerhub.application.partner.ApplicationView;
import org.partnerhub.application.partner.OnboardingService;
import org.partnerhub.application.partner.PartnerService;
import org.partnerhub.application.partner.PartnerView;
import org.partnerhub.application.partner.ProfileChange;
import org.partnerhub.application.partner.SubmittedApplication;
import org.partnerhub.application.shared.Persistence;
import org.partnerhub.application.supply.SupplyForm;
import org.partnerhub.application.supply.SupplyService;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ApplicationAction;
import org.partnerhub.domain.partner.ApplicationStatus;
import org.partnerhub.domain.partner.CreditCode;
import org.partnerhub.domain.partner.PartnerQuery;
import org.partnerhub.domain.partner.PartnerStatus;
import org.partnerhub.domain.partner.PartnerType;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.NotFoundException;
import org.partnerhub.domain.shared.PageRequest;
import org.partnerhub.domain.shared.StaleEditException;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.it.support.Deployments;

/** Onboarding and the resource library inside the server, on the run's database. */
@ExtendWith(ArquillianExtension.class)
class OnboardingContextIT {

    private static final String STREET = RegionCode.generated(RegionCode.of("510108"), "青龙街道").value();
    private static final String COMMUNITY = RegionCode.generated(RegionCode.of(STREET), "东林社区").value();

    @Deployment
    static WebArchive deployment() {
        return Deployments.packagedWarWith(OnboardingContextIT.class, OutboxDrain.class);
    }

    @Inject
    OnboardingService onboarding;

    @Inject
    PartnerService partners;

    @Inject
    SupplyService supplies;

    @Inject
    AuthenticationService authentication;

    @Inject
    NotificationService notifications;

    @Resource(lookup = Persistence.DATASOURCE)
    DataSource dataSource;

    private Actor admin() {
        return ((LoginResult.Success) authentication.login("admin", System.getProperty("partnerhub.admin.password"),
                "10.9.0.1")).actor();
    }

    private static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("5251010");
        while (first.length() < 17) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return first + String.valueOf(CreditCode.checkCharacter(first.toString()));
    }

    private static ApplicationForm form(String name, String code, List<String> regions, List<String> categories) {
        return new ApplicationForm(name, PartnerType.SOCIAL_ENTERPRISE, code, "王五", "赵六", "028-85123456", "510108",
                regions, categories, "社区便民服务与邻里互助。", true);
    }

    private SubmittedApplication submit(String name, String code) {
        return onboarding.submit(form(name, code, List.of(STREET), List.of("convenience")), null, "10.9.0.2");
    }

    @Test
    void anAdmittedApplicationBecomesAPartnerWithAnAccountWhosePasswordTheApplicantSetsOnce() {
        String code = creditCode();
        SubmittedApplication submitted = submit("准入测试服务社", code);
        assertThat(submitted.number()).matches("PA-\\d{4}-\\d{6}");
        assertThat(onboarding.view(submitted.number(), submitted.statusToken()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        OutboxDrain.await(dataSource);
        assertThat(notifications.inbox(admin(), PageRequest.first(50)).items())
                .anySatisfy(n -> assertThat(n.getMessageArgs()).contains(submitted.number()));

        ApplicationView admitted = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "材料齐全");
        assertThat(admitted.status()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(admitted.partnerId()).isNotNull();
        assertThat(admitted.accountUsername()).isEqualTo(code.toLowerCase());
        assertThat(admitted.history()).extracting(ApplicationView.Step::to).contains(ApplicationStatus.ADMITTED);

        assertThat(authentication.login(admitted.accountUsername(), "Partner#Pass-1", "10.9.0.3"))
                .isInstanceOf(LoginResult.Failure.class);
        onboarding.setAccountPassword(submitted.number(), submitted.statusToken(), "Partner#Pass-1", "10.9.0.3");
        LoginResult signedIn = authentication.login(admitted.accountUsername(), "Partner#Pass-1", "10.9.0.3");
        assertThat(((LoginResult.Success) signedIn).actor().partnerId()).isEqualTo(admitted.partnerId());
        assertThatThrownBy(() -> onboarding.setAccountPassword(submitted.number(), submitted.statusToken(),
                "Another#Pass-2", "10.9.0.3")).isInstanceOf(ConflictException.class);

        PartnerView listed = partners.get(Actor.anonymous("10.9.0.4"), admitted.partnerId());
        assertThat(listed.name()).isEqualTo("准入测试服务社");
        assertThat(listed.contactPhone()).as("the public sees no full phone").isNull();
        assertThat(listed.contactPhoneMasked()).isEqualTo("028-****3456");
    }

    @Test
    void illegalStepsAreConflictsAndAReturnedApplicationIsCorrectedAndResubmitted() {
        SubmittedApplication rejected = submit("拒绝测试", creditCode());
        onboarding.decide(admin(), rejected.number(), ApplicationAction.REJECT, "不符合条件");
        assertThatThrownBy(() -> onboarding.decide(admin(), rejected.number(), ApplicationAction.ADMIT, "改主意"))
                .isInstanceOf(ConflictException.class);

        SubmittedApplication returned = submit("退回测试", creditCode());
        assertThatThrownBy(() -> onboarding.decide(admin(), returned.number(), ApplicationAction.RETURN, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        onboarding.decide(admin(), returned.number(), ApplicationAction.RETURN, "请补充营业执照");
        ApplicationView view = onboarding.view(returned.number(), returned.statusToken());
        assertThat(view.status()).isEqualTo(ApplicationStatus.RETURNED);
        assertThat(view.decisionReason()).isEqualTo("请补充营业执照");

        ApplicationForm corrected = form("退回测试（已补充）", view.creditCode(), List.of(STREET), List.of("convenience"));
        ApplicationView again = onboarding.resubmit(returned.number(), returned.statusToken(), corrected, null, "10.9.0.5");
        assertThat(again.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(again.name()).isEqualTo("退回测试（已补充）");
        assertThat(again.decisionReason()).isNull();
        assertThatThrownBy(() -> onboarding.resubmit(returned.number(), returned.statusToken(), corrected, null, "10.9.0.5"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void oneOpenApplicationPerCreditCodeAndNoneForACurrentPartner() throws Exception {
        String code = creditCode();
        SubmittedApplication first = submit("重复测试", code);
        assertThatThrownBy(() -> submit("重复测试二", code))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).field())
                        .isEqualTo("creditCode"));
        onboarding.decide(admin(), first.number(), ApplicationAction.ADMIT, "通过");
        assertThatThrownBy(() -> submit("重复测试三", code))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message().key())
                        .isEqualTo("application.duplicate.partner"));

        String raced = creditCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            attempts.add(pool.submit((Callable<Boolean>) () -> {
                try {
                    submit("并发测试" + n, raced);
                    return true;
                } catch (BusinessException e) {
                    return false;
                } catch (RuntimeException e) {
                    // a transaction wrapper around the refusal still counts as a refusal
                    return false;
                }
            }));
        }
        int won = 0;
        for (Future<Boolean> attempt : attempts) {
            won += attempt.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(won).as("exactly one of eight simultaneous applications with one credit code").isEqualTo(1);
    }

    @Test
    void oneApplicationHoldsAtMost25MegabytesOfDocuments() {
        SubmittedApplication submitted = submit("容量测试", creditCode());
        // 7 MB each (a larger row exceeds the test database's 16 MB packet): three fit in 25 MB, a fourth does not
        byte[] sevenMegabytes = new byte[7 * 1024 * 1024];
        byte[] magic = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(magic, 0, sevenMegabytes, 0, magic.length);
        onboarding.attach(submitted.number(), submitted.statusToken(), sevenMegabytes, "一.pdf");
        onboarding.attach(submitted.number(), submitted.statusToken(), sevenMegabytes, "二.pdf");
        onboarding.attach(submitted.number(), submitted.statusToken(), sevenMegabytes, "三.pdf");
        assertThatThrownBy(() -> onboarding.attach(submitted.number(), submitted.statusToken(), sevenMegabytes,
                "四.pdf")).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors().get(0).field()).isEqualTo("documents");
                    assertThat(e.errors().get(0).message().key()).isEqualTo("document.totalTooLarge");
                });
        assertThat(onboarding.view(submitted.number(), submitted.statusToken()).documents()).hasSize(3);
    }

    @Test
    void aBurstOfApplicationsFoldsIntoOneUnreadNoticePerAdministrator() {
        Actor admin = admin();
        notifications.markAllRead(admin);
        SubmittedApplication first = submit("汇总一服务社", creditCode());
        List<org.partnerhub.domain.notification.Notification> unread = unread(admin);
        assertThat(unread).singleElement().satisfies(n -> {
            assertThat(n.getMessageKey()).isEqualTo("notify.application.new");
            assertThat(n.getMessageArgs()).containsExactly(first.number(), "汇总一服务社");
        });
        submit("汇总二服务社", creditCode());
        SubmittedApplication third = submit("汇总三服务社", creditCode());

        assertThat(unread(admin)).singleElement().satisfies(n -> {
            assertThat(n.getMessageKey()).isEqualTo("notify.application.many");
            assertThat(n.getMessageArgs()).containsExactly("3", third.number(), "汇总三服务社");
            assertThat(n.getLink()).isEqualTo("/admin/applications");
        });

        notifications.markAllRead(admin);
        SubmittedApplication fourth = submit("汇总四服务社", creditCode());
        assertThat(unread(admin)).singleElement().satisfies(n -> {
            assertThat(n.getMessageKey()).as("once read, the next application is told on its own")
                    .isEqualTo("notify.application.new");
            assertThat(n.getMessageArgs()).containsExactly(fourth.number(), "汇总四服务社");
        });
    }

    private List<org.partnerhub.domain.notification.Notification> unread(Actor actor) {
        // the notices come from the durable application.submitted events: wait until they are delivered
        OutboxDrain.await(dataSource);
        return notifications.inbox(actor, PageRequest.first(50)).items().stream().filter(n -> !n.isRead()).toList();
    }

    @Test
    void documentsAreRecognisedByContentBoundedInSizeAndNumber() {
        SubmittedApplication submitted = submit("材料测试", creditCode());
        byte[] pdf = "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII);
        assertThat(onboarding.attach(submitted.number(), submitted.statusToken(), pdf, "执照.pdf").mediaType())
                .isEqualTo("application/pdf");
        assertThatThrownBy(() -> onboarding.attach(submitted.number(), submitted.statusToken(),
                "not a pdf".getBytes(StandardCharsets.UTF_8), "fake.pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message().key())
                        .isEqualTo("document.type"));
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> onboarding.attach(submitted.number(), submitted.statusToken(), huge, "big.jpg"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message().key())
                        .isEqualTo("document.tooLarge"));
        for (int i = 2; i <= 5; i++) {
            onboarding.attach(submitted.number(), submitted.statusToken(), pdf, "doc" + i + ".pdf");
        }
        assertThatThrownBy(() -> onboarding.attach(submitted.number(), submitted.statusToken(), pdf, "six.pdf"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).message().key())
                        .isEqualTo("document.tooMany"));
        ApplicationView view = onboarding.view(submitted.number(), submitted.statusToken());
        assertThat(view.documents()).hasSize(5);
        assertThat(onboarding.document(submitted.number(), submitted.statusToken(), view.documents().get(0).id()).content())
                .isEqualTo(pdf);
        assertThatThrownBy(() -> onboarding.view(submitted.number(), submitted.statusToken() + "x"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLibraryFiltersByTypeServedRegionCategoryAndTextAndHidesSuspendedPartners() {
        String name = "目录测试" + ThreadLocalRandom.current().nextInt(100000);
        SubmittedApplication submitted = onboarding.submit(form(name, creditCode(), List.of(STREET),
                List.of("elderly-meals")), null, "10.9.0.6");
        Long id = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "通过").partnerId();

        assertThat(find(null, COMMUNITY, null, name)).as("serves the street, so its communities").contains(id);
        assertThat(find(null, "510100", null, name)).as("serves a part of the city").contains(id);
        assertThat(find(null, "510131", null, name)).as("not Pujiang").doesNotContain(id);
        assertThat(find(PartnerType.SOCIAL_ENTERPRISE, null, "elderly-meals", name)).contains(id);
        assertThat(find(PartnerType.ENTERPRISE, null, null, name)).doesNotContain(id);
        assertThat(find(null, null, "neighbour-aid", name)).doesNotContain(id);

        partners.transition(admin(), id, PartnerStatus.Action.SUSPEND, "核查投诉");
        assertThat(find(null, null, null, name)).doesNotContain(id);
        assertThatThrownBy(() -> partners.get(Actor.anonymous("10.9.0.7"), id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> partners.transition(admin(), id, PartnerStatus.Action.SUSPEND, "again"))
                .isInstanceOf(ConflictException.class);
        partners.transition(admin(), id, PartnerStatus.Action.REINSTATE, "核查完毕");
        assertThat(find(null, null, null, name)).contains(id);
    }

    @Test
    void aPartnerEditsItsProfileWithHistoryAndANewNameGoesThroughReview() throws Exception {
        String code = creditCode();
        SubmittedApplication submitted = submit("资料测试", code);
        ApplicationView admitted = onboarding.decide(admin(), submitted.number(), ApplicationAction.ADMIT, "通过");
        onboarding.setAccountPassword(submitted.number(), submitted.statusToken(), "Partner#Pass-1", "10.9.0.8");
        Actor partner = ((LoginResult.Success) authentication.login(admitted.accountUsername(), "Partner#Pass-1",
                "10.9.0.8")).actor();
        Long id = admitted.partnerId();

        PartnerView before = partners.get(partner, id);
        PartnerView after = partners.editProfile(partner, id, before.version(), new ProfileChange("钱七", "13912345678",
                "新的简介", List.of(STREET, "510131"), List.of("convenience", "volunteering")));
        assertThat(after.contactName()).isEqualTo("钱七");
        assertThat(after.contactPhoneMasked()).isEqualTo("139****5678");
        assertThat(partners.history(partner, id).get(0).detail())
                .contains("contactName: 赵六 → 钱七", "serviceRegions:", "categories:").doesNotContain("13912345678");
        assertThatThrownBy(() -> partners.editProfile(partner, id, before.version(), new ProfileChange("钱七", "13912345678",
                "再改", List.of(STREET), List.of("convenience")))).isInstanceOf(StaleEditException.class);

        Long item = supplies.create(partner, new SupplyForm("convenience", "更名测试的服务", "上门维修家电。", List.of(STREET),
                5, FundingMode.LOW_FEE, null, Set.of(TargetGroup.ELDERLY), null, null, true)).id();
        assertThat(supplies.get(partner, item).partnerName()).isEqualTo("资料测试");

        String newCode = creditCode();
        String change = partners.requestIdentityChange(partner, id, "资料测试（更名）", newCode);
        assertThat(partners.get(partner, id).name()).as("unchanged until reviewed").isEqualTo("资料测试");
        onboarding.decide(admin(), change, ApplicationAction.ADMIT, "核实无误");
        PartnerView renamed = partners.get(partner, id);
        assertThat(renamed.name()).isEqualTo("资料测试（更名）");
        assertThat(renamed.creditCode()).isEqualTo(newCode);
        assertThat(supplies.get(Actor.anonymous("10.9.0.9"), item).partnerName())
                .as("the items' copy of the name follows the reviewed change").isEqualTo("资料测试（更名）");

        try (Connection c = dataSource.getConnection();
                PreparedStatement p = c.prepareStatement("SELECT contact_phone_sealed FROM partner WHERE id = ?")) {
            p.setLong(1, id);
            try (ResultSet rs = p.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).startsWith("v1:").doesNotContain("13912345678");
            }
        }
    }

    private List<Long> find(PartnerType type, String region, String category, String text) {
        String path = region == null ? null : partners.regionPath(region, "region");
        return partners.directory(new PartnerQuery(type, path, category == null ? null : CategoryCode.of(category), text,
                true), PageRequest.first(50)).items().stream().map(PartnerView::id).toList();
    }
}
