package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.partner.PartnerFixtures.CHENGHUA;
import static org.partnerhub.domain.partner.PartnerFixtures.CHILD_CARE;
import static org.partnerhub.domain.partner.PartnerFixtures.CONSENT;
import static org.partnerhub.domain.partner.PartnerFixtures.ELDERLY_MEALS;
import static org.partnerhub.domain.partner.PartnerFixtures.QINGLONG;
import static org.partnerhub.domain.partner.PartnerFixtures.T0;
import static org.partnerhub.domain.partner.PartnerFixtures.T1;
import static org.partnerhub.domain.partner.PartnerFixtures.T2;
import static org.partnerhub.domain.partner.PartnerFixtures.T3;
import static org.partnerhub.domain.partner.PartnerFixtures.TOKEN_HASH;
import static org.partnerhub.domain.partner.PartnerFixtures.decided;
import static org.partnerhub.domain.partner.PartnerFixtures.organisation;
import static org.partnerhub.domain.partner.PartnerFixtures.submitted;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.BusinessException;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.DocumentType;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;
import org.partnerhub.domain.shared.StoredFileRef;

class PartnerApplicationTest {

    private static StoredFileRef file(int n) {
        return new StoredFileRef("key-" + n, DocumentType.PDF, 100L * n, n + ".pdf");
    }

    private static String messageKey(Throwable e) {
        return ((BusinessException) e).message().key();
    }

    // --- submit ---

    @Test
    void aSubmittedApplicationStartsSubmittedWithOneHistoryEventAndTheConsentRecorded() {
        PartnerApplication application = submitted();

        assertThat(application.getNumber()).isEqualTo("PA-2025-0001");
        assertThat(application.getKind()).isEqualTo(ApplicationKind.NEW);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getOrganisation().getName()).isEqualTo("成都市某某社会工作服务中心");
        assertThat(application.getServiceRegionCodes()).containsExactly(RegionCode.of("510108"));
        assertThat(application.getCategoryCodes()).containsExactly(ELDERLY_MEALS);
        assertThat(application.getConsentVersion()).isEqualTo(CONSENT);
        assertThat(application.getConsentAt()).isEqualTo(T0);
        assertThat(application.getSubmittedAt()).isEqualTo(T0);
        assertThat(application.getCreatedAt()).isEqualTo(T0);
        assertThat(application.getUpdatedAt()).isEqualTo(T0);
        assertThat(application.getPartnerId()).isNull();
        assertThat(application.getDecidedAt()).isNull();
        assertThat(application.getDecidedBy()).isNull();
        assertThat(application.getDecisionReason()).isNull();
        assertThat(application.getAccountUsername()).isNull();
        assertThat(application.isAccountPasswordSet()).isFalse();
        assertThat(application.getDocuments()).isEmpty();

        assertThat(application.getHistory()).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(ApplicationEvent.Kind.SUBMITTED);
            assertThat(event.getOccurredAt()).isEqualTo(T0);
            assertThat(event.getActorName()).isNull();
            assertThat(event.getFromStatus()).isNull();
            assertThat(event.getToStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(event.getReason()).isNull();
        });
    }

    @Test
    void duplicateRegionsAndCategoriesAreRemovedKeepingTheFirstOrder() {
        PartnerApplication application = PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null,
                organisation(), List.of(QINGLONG.getCode(), CHENGHUA.getCode(), QINGLONG.getCode()),
                List.of(CHILD_CARE, ELDERLY_MEALS, CHILD_CARE, CHILD_CARE), CONSENT, TOKEN_HASH, T0);

        assertThat(application.getServiceRegionCodes()).containsExactly(QINGLONG.getCode(), CHENGHUA.getCode());
        assertThat(application.getCategoryCodes()).containsExactly(CHILD_CARE, ELDERLY_MEALS);
    }

    @Test
    void anApplicationWithoutServiceRegionsIsRefused() {
        assertThatThrownBy(() -> PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null, organisation(),
                        List.of(), List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.serviceRegions.count"));
    }

    @Test
    void anApplicationWithoutCategoriesIsRefused() {
        assertThatThrownBy(() -> PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null, organisation(),
                        List.of(CHENGHUA.getCode()), List.of(), CONSENT, TOKEN_HASH, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.categories.count"));
    }

    @Test
    void fiftyServiceRegionsAreAcceptedAndFiftyOneRefused() {
        List<RegionCode> fifty = new ArrayList<>();
        for (int i = 1; i <= PartnerApplication.MAX_SERVICE_REGIONS; i++) {
            fifty.add(RegionCode.of(String.format("510%03d", i)));
        }
        assertThat(PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null, organisation(), fifty,
                        List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T0).getServiceRegionCodes())
                .hasSize(50);

        List<RegionCode> fiftyOne = new ArrayList<>(fifty);
        fiftyOne.add(RegionCode.of("510999"));
        assertThatThrownBy(() -> PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null, organisation(),
                        fiftyOne, List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.serviceRegions.count"));
    }

    @Test
    void twentyCategoriesAreAcceptedAndTwentyOneRefused() {
        List<CategoryCode> twenty = new ArrayList<>();
        for (int i = 1; i <= PartnerApplication.MAX_CATEGORIES; i++) {
            twenty.add(CategoryCode.of("category-" + i));
        }
        assertThat(PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null, organisation(),
                        List.of(CHENGHUA.getCode()), twenty, CONSENT, TOKEN_HASH, T0).getCategoryCodes())
                .hasSize(20);

        List<CategoryCode> twentyOne = new ArrayList<>(twenty);
        twentyOne.add(CategoryCode.of("category-21"));
        assertThatThrownBy(() -> PartnerApplication.submit("PA-2025-0002", ApplicationKind.NEW, null, organisation(),
                        List.of(CHENGHUA.getCode()), twentyOne, CONSENT, TOKEN_HASH, T0))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.categories.count"));
    }

    @Test
    void theListsHandedOutCannotBeChanged() {
        PartnerApplication application = submitted();
        assertThatThrownBy(() -> application.getServiceRegionCodes().add(QINGLONG.getCode()))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> application.getCategoryCodes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> application.getHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> application.getDocuments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    // --- decide ---

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"ADMIT, ADMITTED, ADMITTED", "RETURN, RETURNED, RETURNED", "REJECT, REJECTED, REJECTED"})
    void aDecisionRecordsWhoWhenWhyAndAHistoryEventOfItsKind(ApplicationAction decision, ApplicationStatus expected,
            ApplicationEvent.Kind expectedKind) {
        PartnerApplication application = submitted();

        application.decide(decision, "reviewer1", "  资料齐全  ", T1);

        assertThat(application.getStatus()).isEqualTo(expected);
        assertThat(application.getDecidedBy()).isEqualTo("reviewer1");
        assertThat(application.getDecidedAt()).isEqualTo(T1);
        assertThat(application.getDecisionReason()).isEqualTo("资料齐全");
        assertThat(application.getUpdatedAt()).isEqualTo(T1);
        assertThat(application.getSubmittedAt()).isEqualTo(T0);
        assertThat(application.getHistory()).hasSize(2);
        assertThat(application.getHistory().get(1)).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(expectedKind);
            assertThat(event.getOccurredAt()).isEqualTo(T1);
            assertThat(event.getActorName()).isEqualTo("reviewer1");
            assertThat(event.getFromStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
            assertThat(event.getToStatus()).isEqualTo(expected);
            assertThat(event.getReason()).isEqualTo("资料齐全");
        });
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000\u3000", "\n\t"})
    void aDecisionWithoutAReasonIsRefusedAndChangesNothing(String reason) {
        PartnerApplication application = submitted();

        assertThatThrownBy(() -> application.decide(ApplicationAction.REJECT, "reviewer1", reason, T1))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.reason.required"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getDecidedBy()).isNull();
        assertThat(application.getHistory()).hasSize(1);
    }

    @Test
    void aReasonOfAThousandCharactersIsAcceptedAndOneMoreIsRefused() {
        PartnerApplication tooLong = submitted();
        assertThatThrownBy(() -> tooLong.decide(ApplicationAction.RETURN, "reviewer1", "理".repeat(1001), T1))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("text.tooLong"));
        assertThat(tooLong.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(tooLong.getHistory()).hasSize(1);

        PartnerApplication justRight = submitted();
        justRight.decide(ApplicationAction.RETURN, "reviewer1", "理".repeat(1000), T1);
        assertThat(justRight.getDecisionReason()).hasSize(1000);
    }

    @Test
    void anEmojiCountsAsOneCharacterOfTheReason() {
        PartnerApplication application = submitted();
        application.decide(ApplicationAction.RETURN, "reviewer1", "😀".repeat(1000), T1);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void aDecidedApplicationCannotBeDecidedAgainAndKeepsItsFirstDecision() {
        PartnerApplication application = decided(ApplicationAction.REJECT);

        assertThatThrownBy(() -> application.decide(ApplicationAction.ADMIT, "reviewer2", "重新考虑", T2))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.transition"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.getDecidedBy()).isEqualTo("reviewer1");
        assertThat(application.getDecidedAt()).isEqualTo(T1);
        assertThat(application.getDecisionReason()).isEqualTo("资料齐全");
        assertThat(application.getHistory()).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationAction.class, names = {"ADMIT", "RETURN", "REJECT"})
    void anAdmittedApplicationCannotBeDecidedAgain(ApplicationAction second) {
        PartnerApplication application = decided(ApplicationAction.ADMIT);
        assertThatThrownBy(() -> application.decide(second, "reviewer2", "再议", T2))
                .isInstanceOf(ConflictException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
    }

    @Test
    void aReturnedApplicationCannotBeDecidedBeforeItIsResubmitted() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        assertThatThrownBy(() -> application.decide(ApplicationAction.ADMIT, "reviewer1", "可以了", T2))
                .isInstanceOf(ConflictException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void resubmittingIsNotADecision() {
        PartnerApplication application = submitted();
        assertThatThrownBy(() -> application.decide(ApplicationAction.RESUBMIT, "reviewer1", "理由", T1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    // --- resubmit ---

    @Test
    void aReturnedApplicationIsCorrectedAndSubmittedAgainWithoutTheOldDecision() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        Organisation corrected = organisation().withContact("王五", new Sealed("v1:y"), "139****9000", "补充了介绍");

        application.resubmit(corrected, List.of(CHENGHUA.getCode(), QINGLONG.getCode(), CHENGHUA.getCode()),
                List.of(ELDERLY_MEALS, CHILD_CARE), "2026-01", T2);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getOrganisation().getContactName()).isEqualTo("王五");
        assertThat(application.getServiceRegionCodes()).containsExactly(CHENGHUA.getCode(), QINGLONG.getCode());
        assertThat(application.getCategoryCodes()).containsExactly(ELDERLY_MEALS, CHILD_CARE);
        assertThat(application.getConsentVersion()).isEqualTo("2026-01");
        assertThat(application.getConsentAt()).isEqualTo(T2);
        assertThat(application.getSubmittedAt()).isEqualTo(T2);
        assertThat(application.getUpdatedAt()).isEqualTo(T2);
        assertThat(application.getCreatedAt()).isEqualTo(T0);
        assertThat(application.getDecidedAt()).isNull();
        assertThat(application.getDecidedBy()).isNull();
        assertThat(application.getDecisionReason()).isNull();
        assertThat(application.getHistory()).extracting(ApplicationEvent::getKind).containsExactly(
                ApplicationEvent.Kind.SUBMITTED, ApplicationEvent.Kind.RETURNED, ApplicationEvent.Kind.RESUBMITTED);
        assertThat(application.getHistory().get(2)).satisfies(event -> {
            assertThat(event.getOccurredAt()).isEqualTo(T2);
            assertThat(event.getActorName()).isNull();
            assertThat(event.getFromStatus()).isEqualTo(ApplicationStatus.RETURNED);
            assertThat(event.getToStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        });
    }

    @Test
    void aResubmittedApplicationCanBeDecidedAgain() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        application.resubmit(organisation(), List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS), CONSENT, T2);

        application.decide(ApplicationAction.ADMIT, "reviewer2", "已补齐", T3);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.ADMITTED);
        assertThat(application.getDecidedBy()).isEqualTo("reviewer2");
        assertThat(application.getHistory()).hasSize(4);
    }

    @Test
    void aSubmittedApplicationCannotBeResubmittedAndStaysAsItWas() {
        PartnerApplication application = submitted();
        Organisation corrected = organisation().withContact("王五", new Sealed("v1:y"), "139****9000", "新介绍");

        assertThatThrownBy(() -> application.resubmit(corrected, List.of(QINGLONG.getCode()), List.of(CHILD_CARE),
                        "2026-01", T2))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.transition"));
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.getOrganisation().getContactName()).isEqualTo("李四");
        assertThat(application.getServiceRegionCodes()).containsExactly(CHENGHUA.getCode());
        assertThat(application.getConsentVersion()).isEqualTo(CONSENT);
        assertThat(application.getSubmittedAt()).isEqualTo(T0);
        assertThat(application.getHistory()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationAction.class, names = {"ADMIT", "REJECT"})
    void aFinallyDecidedApplicationCannotBeResubmitted(ApplicationAction decision) {
        PartnerApplication application = decided(decision);
        assertThatThrownBy(() -> application.resubmit(organisation(), List.of(CHENGHUA.getCode()),
                        List.of(ELDERLY_MEALS), CONSENT, T2))
                .isInstanceOf(ConflictException.class);
        assertThat(application.getStatus()).isEqualTo(decision.equals(ApplicationAction.ADMIT)
                ? ApplicationStatus.ADMITTED : ApplicationStatus.REJECTED);
        assertThat(application.getDecisionReason()).isEqualTo("资料齐全");
    }

    @Test
    void aChangeApplicationCannotChangeThePartnerType() {
        PartnerApplication change = PartnerApplication.submit("PA-2025-0009", ApplicationKind.CHANGE, 7L,
                organisation().withIdentity("成都市某某社会工作服务中心（更名）", PartnerFixtures.OTHER_CREDIT_CODE),
                List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T0);
        change.decide(ApplicationAction.RETURN, "reviewer1", "请补充材料", T1);
        Organisation otherType = new Organisation("成都市某某社会工作服务中心（更名）", PartnerType.SOCIAL_ENTERPRISE,
                PartnerFixtures.OTHER_CREDIT_CODE, "张三", "李四", new Sealed("v1:x"), "138****8000",
                RegionCode.of("510108"), "介绍");

        assertThatThrownBy(() -> change.resubmit(otherType, List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS),
                        CONSENT, T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.change.onlyIdentity"));
        assertThat(change.getOrganisation().getType()).isEqualTo(PartnerType.SOCIAL_ORGANIZATION);
    }

    @Test
    void aNewApplicationMayCorrectItsTypeWhenResubmitted() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        Organisation otherType = new Organisation(PartnerFixtures.NAME, PartnerType.SOCIAL_ENTERPRISE,
                PartnerFixtures.CREDIT_CODE, "张三", "李四", new Sealed("v1:x"), "138****8000", RegionCode.of("510108"),
                "介绍");

        application.resubmit(otherType, List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS), CONSENT, T2);

        assertThat(application.getOrganisation().getType()).isEqualTo(PartnerType.SOCIAL_ENTERPRISE);
    }

    @Test
    void aResubmissionWithoutServiceRegionsIsRefusedAndKeepsTheReturnedContent() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        Organisation corrected = organisation().withContact("王五", new Sealed("v1:y"), "139****9000", "新介绍");

        assertThatThrownBy(() -> application.resubmit(corrected, List.of(), List.of(CHILD_CARE), "2026-01", T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.serviceRegions.count"));
        // the status is deliberately not asserted here: a refused resubmission moves it anyway (reported separately)
        assertThat(application.getOrganisation().getContactName()).isEqualTo("李四");
        assertThat(application.getServiceRegionCodes()).containsExactly(CHENGHUA.getCode());
        assertThat(application.getCategoryCodes()).containsExactly(ELDERLY_MEALS);
        assertThat(application.getDecisionReason()).isEqualTo("资料齐全");
        assertThat(application.getHistory()).hasSize(2);
    }

    @Test
    void aResubmissionWithoutCategoriesIsRefusedAndKeepsTheReturnedContent() {
        PartnerApplication application = decided(ApplicationAction.RETURN);

        assertThatThrownBy(() -> application.resubmit(organisation(), List.of(QINGLONG.getCode()), List.of(),
                        "2026-01", T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.categories.count"));
        assertThat(application.getServiceRegionCodes()).containsExactly(CHENGHUA.getCode());
        assertThat(application.getConsentVersion()).isEqualTo(CONSENT);
        assertThat(application.getSubmittedAt()).isEqualTo(T0);
        assertThat(application.getHistory()).hasSize(2);
    }

    // --- documents ---

    @Test
    void upToFiveDocumentsAreAttachedAndTheSixthIsRefused() {
        PartnerApplication application = submitted();
        for (int n = 1; n <= PartnerApplication.MAX_DOCUMENTS; n++) {
            application.attach(file(n), T1);
        }
        assertThat(application.getDocuments()).extracting(ApplicationDocument::getFileKey)
                .containsExactly("key-1", "key-2", "key-3", "key-4", "key-5");

        assertThatThrownBy(() -> application.attach(file(6), T2))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("document.tooMany"))
                .satisfies(e -> assertThat(((BusinessException) e).message().args()).containsExactly(5));
        assertThat(application.getDocuments()).hasSize(5);
        assertThat(application.getHistory()).hasSize(1 + 5);
        assertThat(application.getUpdatedAt()).isEqualTo(T1);
    }

    @Test
    void anAttachedDocumentKeepsTheFilesKeyNameTypeSizeAndTimeAndIsInTheHistory() {
        PartnerApplication application = submitted();

        ApplicationDocument document =
                application.attach(new StoredFileRef("key-1", DocumentType.PNG, 2048, "营业执照.png"), T1);

        assertThat(document.getFileKey()).isEqualTo("key-1");
        assertThat(document.getOriginalName()).isEqualTo("营业执照.png");
        assertThat(document.getContentType()).isEqualTo("image/png");
        assertThat(document.getSize()).isEqualTo(2048);
        assertThat(document.getUploadedAt()).isEqualTo(T1);
        assertThat(application.getDocuments()).containsExactly(document);
        assertThat(application.getUpdatedAt()).isEqualTo(T1);
        assertThat(application.getHistory().get(1)).satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(ApplicationEvent.Kind.DOCUMENT_ADDED);
            assertThat(event.getOccurredAt()).isEqualTo(T1);
            assertThat(event.getReason()).isEqualTo("营业执照.png");
            assertThat(event.getFromStatus()).isNull();
            assertThat(event.getToStatus()).isNull();
        });
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void aReturnedApplicationStillTakesDocuments() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        application.attach(file(1), T2);
        assertThat(application.getDocuments()).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource({"ADMIT, ADMITTED", "REJECT, REJECTED"})
    void aClosedApplicationTakesNoMoreDocuments(ApplicationAction decision, ApplicationStatus closed) {
        PartnerApplication application = decided(decision);

        assertThatThrownBy(() -> application.attach(file(1), T2))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.documents.closed"))
                .satisfies(e -> assertThat(((BusinessException) e).message().args()).containsExactly(closed));
        assertThat(application.getDocuments()).isEmpty();
        assertThat(application.getHistory()).hasSize(2);
    }

    // --- status token ---

    @Test
    void theTokenMatchesOnlyTheStoredHash() {
        PartnerApplication application = submitted();

        assertThat(application.tokenMatches(TOKEN_HASH)).isTrue();
        assertThat(application.tokenMatches(TOKEN_HASH.substring(0, 63) + "b")).isFalse();
        assertThat(application.tokenMatches(TOKEN_HASH.substring(0, 63))).isFalse();
        assertThat(application.tokenMatches(TOKEN_HASH + "0")).isFalse();
        assertThat(application.tokenMatches(TOKEN_HASH.toUpperCase())).isFalse();
        assertThat(application.tokenMatches("")).isFalse();
        assertThat(application.tokenMatches(null)).isFalse();
    }

    // --- admission and the first account ---

    @Test
    void admittedRecordsThePartnerAndTheAccount() {
        PartnerApplication application = decided(ApplicationAction.ADMIT);

        application.admitted(42L, "p-510108-001");

        assertThat(application.getPartnerId()).isEqualTo(42L);
        assertThat(application.getAccountUsername()).isEqualTo("p-510108-001");
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationAction.class, names = {"RETURN", "REJECT"})
    void onlyAnAdmittedApplicationGetsAPartner(ApplicationAction decision) {
        PartnerApplication application = decided(decision);
        assertThatThrownBy(() -> application.admitted(42L, "p-510108-001")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> submitted().admitted(42L, "p-510108-001")).isInstanceOf(IllegalStateException.class);
        assertThat(application.getPartnerId()).isNull();
        assertThat(application.getAccountUsername()).isNull();
    }

    @Test
    void thePasswordIsSetOnceAfterAdmissionAndAccountCreation() {
        PartnerApplication application = decided(ApplicationAction.ADMIT);
        application.admitted(42L, "p-510108-001");

        application.accountPasswordSet(T2);

        assertThat(application.isAccountPasswordSet()).isTrue();
        assertThat(application.getUpdatedAt()).isEqualTo(T2);
        assertThat(application.getHistory()).last().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(ApplicationEvent.Kind.PASSWORD_SET);
            assertThat(event.getOccurredAt()).isEqualTo(T2);
        });

        assertThatThrownBy(() -> application.accountPasswordSet(T3))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.password.alreadySet"));
        assertThat(application.getHistory()).filteredOn(e -> e.getKind() == ApplicationEvent.Kind.PASSWORD_SET)
                .hasSize(1);
        assertThat(application.getUpdatedAt()).isEqualTo(T2);
    }

    @Test
    void thePasswordCannotBeSetBeforeAdmission() {
        PartnerApplication application = submitted();
        assertThatThrownBy(() -> application.accountPasswordSet(T1))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.password.notAdmitted"));
        assertThat(application.isAccountPasswordSet()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationAction.class, names = {"RETURN", "REJECT"})
    void thePasswordCannotBeSetOnAReturnedOrRejectedApplication(ApplicationAction decision) {
        PartnerApplication application = decided(decision);
        assertThatThrownBy(() -> application.accountPasswordSet(T2))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.password.notAdmitted"));
        assertThat(application.isAccountPasswordSet()).isFalse();
    }

    @Test
    void thePasswordCannotBeSetBeforeTheAccountExists() {
        PartnerApplication application = decided(ApplicationAction.ADMIT);
        assertThatThrownBy(() -> application.accountPasswordSet(T2))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(messageKey(e)).isEqualTo("application.password.notAdmitted"));
        assertThat(application.isAccountPasswordSet()).isFalse();
        assertThat(application.getHistory()).hasSize(2);
    }
}
