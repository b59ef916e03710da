package org.partnerhub.domain.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Recorder;

class PartnershipProjectTest {

    private static final Duration DAYS = Duration.ofDays(14);
    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final Recorder STAFF = new Recorder("staff", "社区工作人员", null);
    private static final Recorder PARTNER = new Recorder("partner", "合伙人", 7L);
    private static final Recorder ADMIN = new Recorder("admin", "区管理员", null);

    private static CooperationIntent agreed() throws ReflectiveOperationException {
        CooperationIntent intent = CooperationIntentTest.proposedByCommunity(null);
        intent.apply(IntentAction.ACCEPT, IntentParty.PARTNER, PARTNER, null, NOW, DAYS);
        intent.apply(IntentAction.AGREE, IntentParty.PARTNER, PARTNER, null, NOW, DAYS);
        intent.apply(IntentAction.AGREE, IntentParty.COMMUNITY, STAFF, null, NOW, DAYS);
        Field id = CooperationIntent.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(intent, 41L);
        return intent;
    }

    private static PartnershipProject project() throws ReflectiveOperationException {
        return PartnershipProject.of(agreed(), "老年人助餐", LocalDate.of(2026, 3, 2), NOW);
    }

    @Test
    void onlyAnAgreedIntentBecomesAProject() throws ReflectiveOperationException {
        assertThatThrownBy(() -> PartnershipProject.of(CooperationIntentTest.proposedByCommunity(null), "x", null, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("project.intentNotAgreed"));
        PartnershipProject project = project();
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(project.getIntentId()).isEqualTo(41L);
        assertThat(project.getPartnerId()).isEqualTo(7L);
        assertThat(project.getTitle()).isEqualTo("老年人助餐");
    }

    @Test
    void aPlanNamesEveryWrongFieldAtOnce() throws ReflectiveOperationException {
        PartnershipProject project = project();
        assertThatThrownBy(() -> project.plan("计".repeat(4001), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1),
                List.of(new Milestone(" ", null, false)), NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("plan", "endDate", "milestones[0].title"));
        project.plan(" 每周一至周五供餐 ", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 12, 31),
                List.of(new Milestone("场地改造", LocalDate.of(2026, 3, 31), true), new Milestone("开餐", null, false)),
                NOW);
        assertThat(project.getPlan()).isEqualTo("每周一至周五供餐");
        assertThat(project.getMilestones()).extracting(Milestone::getTitle).containsExactly("场地改造", "开餐");
    }

    @Test
    void reportsAddUpThePeopleServedAndAreCheckedField() throws ReflectiveOperationException {
        PartnershipProject project = project();
        project.report("第一周供餐 300 人次", 40, List.of("k1"), PARTNER, NOW);
        project.report("第二周", 35, List.of(), PARTNER, NOW.plusSeconds(1));
        assertThat(project.peopleServed()).isEqualTo(75);
        assertThat(project.getReports().get(0).getText()).isEqualTo("第二周");
        assertThatThrownBy(() -> project.report(" ", -1, List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
                PARTNER, NOW)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("text", "peopleServed", "photos"));
    }

    @Test
    void deliveryNeedsARatingOfOneToFiveAndEndsTheProject() throws ReflectiveOperationException {
        PartnershipProject project = project();
        assertThatThrownBy(() -> project.showcase(true, ADMIN, NOW)).isInstanceOf(ConflictException.class);
        for (Integer wrong : new Integer[] {null, 0, 6}) {
            assertThatThrownBy(() -> project.deliver(wrong, "好", STAFF, NOW))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.errors().get(0).field()).isEqualTo("rating"));
        }
        project.deliver(5, "老人很满意", STAFF, NOW);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.DELIVERED);
        assertThat(project.getRating()).isEqualTo(5);
        assertThatThrownBy(() -> project.report("迟到的报告", 1, List.of(), PARTNER, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.message().key()).isEqualTo("project.notInProgress"));
        assertThatThrownBy(() -> project.deliver(4, null, STAFF, NOW)).isInstanceOf(ConflictException.class);
        project.showcase(true, ADMIN, NOW);
        assertThat(project.isShowcase()).isTrue();
        project.showcase(false, ADMIN, NOW);
        assertThat(project.isShowcase()).isFalse();
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() throws ReflectiveOperationException {
        PartnershipProject project = project();
        assertThatThrownBy(() -> project.cancel(" ", NOW)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("reason"));
        project.cancel("社区场地无法提供", NOW);
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.CANCELLED);
        assertThatThrownBy(() -> project.deliver(5, null, STAFF, NOW)).isInstanceOf(ConflictException.class);
    }
}
