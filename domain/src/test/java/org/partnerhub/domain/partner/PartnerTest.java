package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.partner.PartnerFixtures.BAOHE;
import static org.partnerhub.domain.partner.PartnerFixtures.CHENGDU;
import static org.partnerhub.domain.partner.PartnerFixtures.CHENGHUA;
import static org.partnerhub.domain.partner.PartnerFixtures.CHILD_CARE;
import static org.partnerhub.domain.partner.PartnerFixtures.CONSENT;
import static org.partnerhub.domain.partner.PartnerFixtures.DONGLIN;
import static org.partnerhub.domain.partner.PartnerFixtures.ELDERLY_MEALS;
import static org.partnerhub.domain.partner.PartnerFixtures.JINJIANG;
import static org.partnerhub.domain.partner.PartnerFixtures.NAME;
import static org.partnerhub.domain.partner.PartnerFixtures.OTHER_CREDIT_CODE;
import static org.partnerhub.domain.partner.PartnerFixtures.QINGLONG;
import static org.partnerhub.domain.partner.PartnerFixtures.T0;
import static org.partnerhub.domain.partner.PartnerFixtures.T1;
import static org.partnerhub.domain.partner.PartnerFixtures.T2;
import static org.partnerhub.domain.partner.PartnerFixtures.T3;
import static org.partnerhub.domain.partner.PartnerFixtures.TOKEN_HASH;
import static org.partnerhub.domain.partner.PartnerFixtures.decided;
import static org.partnerhub.domain.partner.PartnerFixtures.submitted;

import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.partner.PartnerStatus.Action;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;

class PartnerTest {

    private static final ServiceArea CHENGHUA_AREA = new ServiceArea(CHENGHUA);
    private static final ServiceArea QINGLONG_AREA = new ServiceArea(QINGLONG);

    /** A partner admitted at T1 from the fixture application, serving 成华区 with one category. */
    private static Partner admitted() {
        return Partner.admit(decided(ApplicationAction.ADMIT), List.of(CHENGHUA_AREA), "reviewer1", T1);
    }

    private static Partner partnerIn(PartnerStatus status) {
        Partner partner = admitted();
        switch (status) {
            case ACTIVE -> { }
            case SUSPENDED -> partner.apply(Action.SUSPEND, "admin", "核查投诉", T2);
            case WITHDRAWN -> partner.apply(Action.WITHDRAW, "partner", "不再参与", T2);
            case REMOVED -> partner.apply(Action.REMOVE, "admin", "严重违规", T2);
        }
        assertThat(partner.getStatus()).isEqualTo(status);
        return partner;
    }

    /**
     * Partner has no id setter (the database assigns it), and changeIdentity compares the change application's partner
     * id with it, so the tests set the private field by reflection.
     */
    private static void setId(Partner partner, long id) {
        try {
            Field field = Partner.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(partner, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static PartnerEvent lastEvent(Partner partner) {
        List<PartnerEvent> history = partner.getHistory();
        return history.get(history.size() - 1);
    }

    private static String messageKey(Throwable e) {
        return ((BusinessException) e).message().key();
    }

    // --- admission ---

    @Test
    void anAdmittedNewApplicationMakesAnActivePartner() {
        PartnerApplication application = PartnerApplication.submit("PA-2025-0001", ApplicationKind.NEW, null,
                PartnerFixtures.organisation(), List.of(CHENGHUA.getCode(), QINGLONG.getCode()),
                List.of(ELDERLY_MEALS, CHILD_CARE), CONSENT, TOKEN_HASH, T0);
        application.decide(ApplicationAction.ADMIT, "reviewer1", "资料齐全", T1);

        Partner partner = Partner.admit(application, List.of(CHENGHUA_AREA, QINGLONG_AREA), "reviewer1", T2);

        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(partner.isListed()).isTrue();
        assertThat(partner.getOrganisation().getName()).isEqualTo(NAME);
        assertThat(partner.getOrganisation().getCreditCode()).isEqualTo("91350100M000100Y43");
        assertThat(partner.getOrganisation().getContactName()).isEqualTo("李四");
        assertThat(partner.getOrganisation().differencesFrom(application.getOrganisation())).isEmpty();
        assertThat(partner.getServiceAreas()).extracting(ServiceArea::getRegionCode)
                .containsExactly(CHENGHUA.getCode(), QINGLONG.getCode());
        assertThat(partner.getCategoryCodes()).containsExactly(ELDERLY_MEALS, CHILD_CARE);
        assertThat(partner.getApplicationNumber()).isEqualTo("PA-2025-0001");
        assertThat(partner.getAdmittedAt()).isEqualTo(T2);
        assertThat(partner.getUpdatedAt()).isEqualTo(T2);
        assertThat(partner.getStatusReason()).isNull();
        assertThat(partner.getHistory()).singleElement().satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("ADMITTED");
            assertThat(event.getActorName()).isEqualTo("reviewer1");
            assertThat(event.getOccurredAt()).isEqualTo(T2);
            assertThat(event.getReason()).isEqualTo("资料齐全");
            assertThat(event.getDetail()).isNull();
        });
    }

    @Test
    void aSubmittedApplicationMakesNoPartner() {
        assertThatThrownBy(() -> Partner.admit(submitted(), List.of(CHENGHUA_AREA), "reviewer1", T1))
                .isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationAction.class, names = {"RETURN", "REJECT"})
    void aReturnedOrRejectedApplicationMakesNoPartner(ApplicationAction decision) {
        assertThatThrownBy(() -> Partner.admit(decided(decision), List.of(CHENGHUA_AREA), "reviewer1", T2))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAdmittedChangeApplicationMakesNoNewPartner() {
        PartnerApplication change = changeApplication(7L);
        assertThat(change.getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThatThrownBy(() -> Partner.admit(change, List.of(CHENGHUA_AREA), "reviewer1", T2))
                .isInstanceOf(IllegalStateException.class);
    }

    // --- profile edits ---

    @Test
    void anEditRecordsOneHistoryLineListingExactlyTheChangedFields() {
        Partner partner = admitted();
        Organisation edited = partner.getOrganisation().withContact("王五", new Sealed("v1:x"), "138****8000", "介绍");

        boolean changed = partner.editProfile(edited, List.of(CHENGHUA_AREA), List.of(ELDERLY_MEALS, CHILD_CARE),
                "partner-user", T2);

        assertThat(changed).isTrue();
        assertThat(partner.getOrganisation().getContactName()).isEqualTo("王五");
        assertThat(partner.getCategoryCodes()).containsExactly(ELDERLY_MEALS, CHILD_CARE);
        assertThat(partner.getUpdatedAt()).isEqualTo(T2);
        assertThat(partner.getHistory()).hasSize(2);
        assertThat(lastEvent(partner)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("PROFILE_EDITED");
            assertThat(event.getActorName()).isEqualTo("partner-user");
            assertThat(event.getOccurredAt()).isEqualTo(T2);
            assertThat(event.getReason()).isNull();
            assertThat(event.getDetail().split("\n")).containsExactly(
                    "contactName: 李四 → 王五",
                    "categories: elderly-meals → elderly-meals,child-care");
        });
    }

    @Test
    void aChangedPhoneIsRecordedOnlyByItsMaskedForm() {
        Partner partner = admitted();
        Organisation edited = partner.getOrganisation()
                .withContact("李四", new Sealed("v1:secret-sealed-value"), "139****9000", "介绍");

        assertThat(partner.editProfile(edited, List.of(CHENGHUA_AREA), List.of(ELDERLY_MEALS), "partner-user", T2))
                .isTrue();

        assertThat(lastEvent(partner).getDetail()).isEqualTo("contactPhone: 138****8000 → 139****9000");
        assertThat(partner.getOrganisation().getContactPhoneSealed()).isEqualTo(new Sealed("v1:secret-sealed-value"));
    }

    @Test
    void changedServiceRegionsAreListedByCode() {
        Partner partner = admitted();

        assertThat(partner.editProfile(partner.getOrganisation(), List.of(CHENGHUA_AREA, QINGLONG_AREA, CHENGHUA_AREA),
                List.of(ELDERLY_MEALS), "partner-user", T2)).isTrue();

        assertThat(lastEvent(partner).getDetail())
                .isEqualTo("serviceRegions: 510108 → 510108," + QINGLONG.getCode().value());
        assertThat(partner.getServiceAreas()).containsExactly(CHENGHUA_AREA, QINGLONG_AREA);
    }

    @Test
    void anEditThatChangesNothingReturnsFalseAndRecordsNothing() {
        Partner partner = admitted();
        Organisation same = partner.getOrganisation().withContact("李四", new Sealed("v1:x"), "138****8000", "介绍");

        boolean changed = partner.editProfile(same, List.of(new ServiceArea(CHENGHUA)),
                List.of(ELDERLY_MEALS, ELDERLY_MEALS), "partner-user", T2);

        assertThat(changed).isFalse();
        assertThat(partner.getHistory()).hasSize(1);
        assertThat(partner.getUpdatedAt()).isEqualTo(T1);
        assertThat(partner.getCategoryCodes()).containsExactly(ELDERLY_MEALS);
    }

    @Test
    void aNewNameNeedsReview() {
        Partner partner = admitted();
        Organisation renamed = partner.getOrganisation().withIdentity("成都市另一家服务中心", PartnerFixtures.CREDIT_CODE);

        assertThatThrownBy(() -> partner.editProfile(renamed, List.of(CHENGHUA_AREA), List.of(ELDERLY_MEALS),
                        "partner-user", T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("partner.identity.needsReview"));
        assertThat(partner.getOrganisation().getName()).isEqualTo(NAME);
        assertThat(partner.getHistory()).hasSize(1);
    }

    @Test
    void aNewCreditCodeNeedsReview() {
        Partner partner = admitted();
        Organisation recoded = partner.getOrganisation().withIdentity(NAME, OTHER_CREDIT_CODE);

        assertThatThrownBy(() -> partner.editProfile(recoded, List.of(CHENGHUA_AREA), List.of(ELDERLY_MEALS),
                        "partner-user", T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("partner.identity.needsReview"));
        assertThat(partner.getOrganisation().getCreditCode()).isEqualTo("91350100M000100Y43");
        assertThat(partner.getHistory()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = PartnerStatus.class, names = {"REMOVED", "WITHDRAWN"})
    void aClosedPartnerCannotBeEdited(PartnerStatus closed) {
        Partner partner = partnerIn(closed);
        Organisation edited = partner.getOrganisation().withContact("王五", new Sealed("v1:x"), "138****8000", "介绍");
        int before = partner.getHistory().size();

        assertThatThrownBy(() -> partner.editProfile(edited, List.of(CHENGHUA_AREA), List.of(ELDERLY_MEALS),
                        "partner-user", T3))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("partner.closed"))
                .satisfies(e -> assertThat(((BusinessException) e).message().args()).containsExactly(closed));
        assertThat(partner.getOrganisation().getContactName()).isEqualTo("李四");
        assertThat(partner.getHistory()).hasSize(before);
    }

    @Test
    void aSuspendedPartnerMayStillEditItsProfile() {
        Partner partner = partnerIn(PartnerStatus.SUSPENDED);
        Organisation edited = partner.getOrganisation().withContact("王五", new Sealed("v1:x"), "138****8000", "介绍");

        assertThat(partner.editProfile(edited, List.of(CHENGHUA_AREA), List.of(ELDERLY_MEALS), "partner-user", T3))
                .isTrue();
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.SUSPENDED);
    }

    @Test
    void anEditWithoutRegionsOrCategoriesIsRefused() {
        Partner partner = admitted();
        assertThatThrownBy(() -> partner.editProfile(partner.getOrganisation(), List.of(), List.of(ELDERLY_MEALS),
                        "partner-user", T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.serviceRegions.count"));
        assertThatThrownBy(() -> partner.editProfile(partner.getOrganisation(), List.of(CHENGHUA_AREA), List.of(),
                        "partner-user", T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.categories.count"));
        assertThat(partner.getServiceAreas()).containsExactly(CHENGHUA_AREA);
        assertThat(partner.getHistory()).hasSize(1);
    }

    // --- reviewed identity change ---

    private static PartnerApplication changeApplication(Long partnerId) {
        PartnerApplication change = PartnerApplication.submit("PA-2025-0007", ApplicationKind.CHANGE, partnerId,
                PartnerFixtures.organisation().withIdentity("成都市某某社会工作服务中心（更名）", OTHER_CREDIT_CODE),
                List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T1);
        change.decide(ApplicationAction.ADMIT, "reviewer2", "更名材料齐全", T2);
        return change;
    }

    @Test
    void anAdmittedChangeRenamesThePartnerAndKeepsTheRest() {
        Partner partner = admitted();
        setId(partner, 7L);

        partner.changeIdentity(changeApplication(7L), "reviewer2", T3);

        assertThat(partner.getOrganisation().getName()).isEqualTo("成都市某某社会工作服务中心（更名）");
        assertThat(partner.getOrganisation().creditCode()).isEqualTo(OTHER_CREDIT_CODE);
        assertThat(partner.getOrganisation().getContactName()).isEqualTo("李四");
        assertThat(partner.getOrganisation().getType()).isEqualTo(PartnerType.SOCIAL_ORGANIZATION);
        assertThat(partner.getUpdatedAt()).isEqualTo(T3);
        assertThat(lastEvent(partner)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("IDENTITY_CHANGED");
            assertThat(event.getActorName()).isEqualTo("reviewer2");
            assertThat(event.getReason()).isEqualTo("更名材料齐全");
            assertThat(event.getDetail().split("\n")).containsExactly(
                    "name: 成都市某某社会工作服务中心 → 成都市某某社会工作服务中心（更名）",
                    "creditCode: 91350100M000100Y43 → 91510108MA6C000009",
                    "(PA-2025-0007)");
        });
    }

    @Test
    void aChangeOfAnotherPartnerIsRefused() {
        Partner partner = admitted();
        setId(partner, 7L);
        assertThatThrownBy(() -> partner.changeIdentity(changeApplication(8L), "reviewer2", T3))
                .isInstanceOf(IllegalStateException.class);
        assertThat(partner.getOrganisation().getName()).isEqualTo(NAME);
    }

    @Test
    void aChangeNotYetAdmittedOrANewApplicationIsRefused() {
        Partner partner = admitted();
        setId(partner, 7L);
        PartnerApplication pending = PartnerApplication.submit("PA-2025-0008", ApplicationKind.CHANGE, 7L,
                PartnerFixtures.organisation().withIdentity("新名称", OTHER_CREDIT_CODE), List.of(CHENGHUA.getCode()),
                List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T1);

        assertThatThrownBy(() -> partner.changeIdentity(pending, "reviewer2", T3))
                .isInstanceOf(IllegalStateException.class);
        PartnerApplication newOfSamePartner = PartnerApplication.submit("PA-2025-0009", ApplicationKind.NEW, 7L,
                PartnerFixtures.organisation().withIdentity("新名称", OTHER_CREDIT_CODE), List.of(CHENGHUA.getCode()),
                List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T1);
        newOfSamePartner.decide(ApplicationAction.ADMIT, "reviewer2", "理由", T2);
        assertThatThrownBy(() -> partner.changeIdentity(newOfSamePartner, "reviewer2", T3))
                .isInstanceOf(IllegalStateException.class);
        assertThat(partner.getOrganisation().getName()).isEqualTo(NAME);
        assertThat(partner.getHistory()).hasSize(1);
    }

    // --- status ---

    @Test
    void suspendingReinstatingAndWithdrawingMoveTheStatusAndAreRecorded() {
        Partner partner = admitted();

        partner.apply(Action.SUSPEND, "admin", "  核查投诉 ", T2);
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.SUSPENDED);
        assertThat(partner.getStatusReason()).isEqualTo("核查投诉");
        assertThat(partner.getUpdatedAt()).isEqualTo(T2);
        assertThat(partner.isListed()).isFalse();
        assertThat(lastEvent(partner)).satisfies(event -> {
            assertThat(event.getAction()).isEqualTo("SUSPEND");
            assertThat(event.getActorName()).isEqualTo("admin");
            assertThat(event.getOccurredAt()).isEqualTo(T2);
            assertThat(event.getDetail()).isEqualTo("status: ACTIVE → SUSPENDED");
            assertThat(event.getReason()).isEqualTo("核查投诉");
        });

        partner.apply(Action.REINSTATE, "admin", "核查无误", T3);
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(partner.isListed()).isTrue();
        assertThat(lastEvent(partner).getAction()).isEqualTo("REINSTATE");
        assertThat(lastEvent(partner).getDetail()).isEqualTo("status: SUSPENDED → ACTIVE");

        partner.apply(Action.WITHDRAW, "partner-user", "不再参与", T3);
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.WITHDRAWN);
        assertThat(lastEvent(partner).getAction()).isEqualTo("WITHDRAW");
        assertThat(partner.getHistory()).extracting(PartnerEvent::getAction)
                .containsExactly("ADMITTED", "SUSPEND", "REINSTATE", "WITHDRAW");
    }

    @Test
    void removingIsRecordedWithItsReason() {
        Partner partner = admitted();
        partner.apply(Action.REMOVE, "admin", "严重违规", T2);
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.REMOVED);
        assertThat(lastEvent(partner).getAction()).isEqualTo("REMOVE");
        assertThat(lastEvent(partner).getDetail()).isEqualTo("status: ACTIVE → REMOVED");
        assertThat(lastEvent(partner).getReason()).isEqualTo("严重违规");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\u3000"})
    void everyStatusChangeNeedsAReason(String reason) {
        Partner partner = admitted();

        assertThatThrownBy(() -> partner.apply(Action.SUSPEND, "admin", reason, T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("partner.reason.required"));
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.ACTIVE);
        assertThat(partner.getHistory()).hasSize(1);
    }

    @Test
    void aReasonOfAThousandCharactersIsAcceptedAndOneMoreIsRefused() {
        Partner partner = admitted();
        assertThatThrownBy(() -> partner.apply(Action.SUSPEND, "admin", "因".repeat(1001), T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("text.tooLong"));
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.ACTIVE);

        partner.apply(Action.SUSPEND, "admin", "因".repeat(1000), T2);
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.SUSPENDED);
    }

    @Test
    void anIllegalStatusChangeIsAConflictAndChangesNothing() {
        Partner partner = partnerIn(PartnerStatus.REMOVED);
        int before = partner.getHistory().size();

        assertThatThrownBy(() -> partner.apply(Action.REINSTATE, "admin", "误删", T3))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("partner.transition"));
        assertThat(partner.getStatus()).isEqualTo(PartnerStatus.REMOVED);
        assertThat(partner.getStatusReason()).isEqualTo("严重违规");
        assertThat(partner.getUpdatedAt()).isEqualTo(T2);
        assertThat(partner.getHistory()).hasSize(before);
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, true", "SUSPENDED, false", "WITHDRAWN, false", "REMOVED, false"})
    void onlyAnActivePartnerIsListed(PartnerStatus status, boolean listed) {
        assertThat(partnerIn(status).isListed()).isEqualTo(listed);
    }

    // --- served regions ---

    @Test
    void aPartnerServesItsAreaAndEverythingBelowIt() {
        Partner partner = admitted();

        assertThat(partner.serves(CHENGHUA.getPath())).isTrue();
        assertThat(partner.serves(QINGLONG.getPath())).isTrue();
        assertThat(partner.serves(DONGLIN.getPath())).isTrue();
    }

    @Test
    void aPartnerDoesNotServeASiblingOrAParentOfItsArea() {
        Partner partner = admitted();

        assertThat(partner.serves(JINJIANG.getPath())).isFalse();
        assertThat(partner.serves(CHENGDU.getPath())).isFalse();
    }

    @Test
    void aPartnerServingAStreetDoesNotServeTheNeighbouringStreetOrTheDistrict() {
        PartnerApplication application = PartnerApplication.submit("PA-2025-0003", ApplicationKind.NEW, null,
                PartnerFixtures.organisation(), List.of(QINGLONG.getCode()), List.of(ELDERLY_MEALS), CONSENT,
                TOKEN_HASH, T0);
        application.decide(ApplicationAction.ADMIT, "reviewer1", "资料齐全", T1);
        Partner partner = Partner.admit(application, List.of(QINGLONG_AREA), "reviewer1", T1);

        assertThat(partner.serves(QINGLONG.getPath())).isTrue();
        assertThat(partner.serves(DONGLIN.getPath())).isTrue();
        assertThat(partner.serves(BAOHE.getPath())).isFalse();
        assertThat(partner.serves(CHENGHUA.getPath())).isFalse();
        assertThat(partner.serves(CHENGDU.getPath())).isFalse();
    }

    @Test
    void aPartnerServingSeveralAreasServesEachOfThem() {
        PartnerApplication application = decided(ApplicationAction.ADMIT);
        Partner partner =
                Partner.admit(application, List.of(QINGLONG_AREA, new ServiceArea(JINJIANG)), "reviewer1", T1);

        assertThat(partner.serves(DONGLIN.getPath())).isTrue();
        assertThat(partner.serves(JINJIANG.getPath())).isTrue();
        assertThat(partner.serves(BAOHE.getPath())).isFalse();
    }

    @Test
    void theListsHandedOutCannotBeChanged() {
        Partner partner = admitted();
        assertThatThrownBy(() -> partner.getServiceAreas().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> partner.getCategoryCodes().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> partner.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aServiceAreaCopiesTheRegionsCodeAndPathAndIsIdentifiedByTheCode() {
        ServiceArea area = new ServiceArea(QINGLONG);

        assertThat(area.getRegionCode()).isEqualTo(QINGLONG.getCode());
        assertThat(area.getRegionPath()).isEqualTo("/510100/510108/" + QINGLONG.getCode().value() + "/");
        assertThat(area).isEqualTo(QINGLONG_AREA).hasSameHashCodeAs(QINGLONG_AREA);
        assertThat(area).isNotEqualTo(CHENGHUA_AREA);
        assertThat(area.covers(DONGLIN.getPath())).isTrue();
        assertThat(area.covers(CHENGHUA.getPath())).isFalse();
        assertThat(RegionCode.of("510108")).isEqualTo(CHENGHUA_AREA.getRegionCode());
    }
}
