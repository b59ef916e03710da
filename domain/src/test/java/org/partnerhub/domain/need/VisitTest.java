package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.DONGLIN;
import static org.partnerhub.domain.need.NeedFixtures.DONGLIN_PATH;
import static org.partnerhub.domain.need.NeedFixtures.PARTNER;
import static org.partnerhub.domain.need.NeedFixtures.T1;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

class VisitTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 28);

    @Test
    void aVisitOfTodayOrEarlierIsRecordedWithItsRecorder() {
        Visit visit = Visit.record(DONGLIN, DONGLIN_PATH, TODAY, VisitFormat.DELIBERATION_DAY, 35, " 居民代表、楼栋长 ",
                "讨论了小区停车和老人助餐。", PARTNER, TODAY, T1);

        assertThat(visit.getCommunityCode()).isEqualTo(DONGLIN);
        assertThat(visit.getRegionPath()).isEqualTo(DONGLIN_PATH);
        assertThat(visit.getVisitDate()).isEqualTo(TODAY);
        assertThat(visit.getFormat()).isEqualTo(VisitFormat.DELIBERATION_DAY);
        assertThat(visit.getParticipantCount()).isEqualTo(35);
        assertThat(visit.getParticipants()).isEqualTo("居民代表、楼栋长");
        assertThat(visit.getRecordedBy()).isEqualTo(PARTNER.username());
        assertThat(visit.getRecordedByPartnerId()).isEqualTo(7L);
        assertThat(visit.getCreatedAt()).isEqualTo(T1);
        assertThat(Visit.check(TODAY.minusYears(1), VisitFormat.SYMPOSIUM, 1, "x", "y", TODAY)).isEmpty();
    }

    @Test
    void aVisitInTheFutureIsRefused() {
        assertThat(Visit.check(TODAY.plusDays(1), VisitFormat.FIELD_RESEARCH, 5, "居民", "纪要", TODAY))
                .singleElement().satisfies(e -> {
                    assertThat(e.field()).isEqualTo("visitDate");
                    assertThat(e.message().key()).isEqualTo("visit.date.future");
                });
    }

    @ParameterizedTest(name = "{0} participants")
    @CsvSource({"0", "-3", "100001"})
    void aParticipantCountOutsideTheRangeIsRefused(int count) {
        assertThat(Visit.check(TODAY, VisitFormat.FIELD_RESEARCH, count, "居民", "纪要", TODAY))
                .extracting(FieldError::field).containsExactly("participantCount");
    }

    @Test
    void theParticipantCountLimitsAreAccepted() {
        assertThat(Visit.check(TODAY, VisitFormat.FIELD_RESEARCH, 1, "居民", "纪要", TODAY)).isEmpty();
        assertThat(Visit.check(TODAY, VisitFormat.FIELD_RESEARCH, Visit.PARTICIPANT_COUNT_MAX, "居民", "纪要", TODAY))
                .isEmpty();
    }

    @Test
    void everyMissingOrTooLongFieldIsNamedAtOnce() {
        assertThat(Visit.check(null, null, null, " ", null, TODAY)).extracting(FieldError::field)
                .containsExactly("visitDate", "format", "participantCount", "participants", "summary");
        assertThat(Visit.check(TODAY, VisitFormat.SYMPOSIUM, 3, "人".repeat(1001), "纪".repeat(4001), TODAY))
                .extracting(e -> e.field() + ":" + e.message().key())
                .containsExactly("participants:text.tooLong", "summary:text.tooLong");
        assertThatThrownBy(() -> Visit.record(DONGLIN, DONGLIN_PATH, TODAY.plusDays(2), VisitFormat.SYMPOSIUM, 0,
                "居民", "纪要", PARTNER, TODAY, T1))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("visitDate", "participantCount"));
    }

    @Test
    void eachFormatIsTheChannelOfTheNeedsItBringsUp() {
        assertThat(VisitFormat.FIELD_RESEARCH.channel()).isEqualTo(SourceChannel.FIELD_VISIT);
        assertThat(VisitFormat.SYMPOSIUM.channel()).isEqualTo(SourceChannel.SYMPOSIUM);
        assertThat(VisitFormat.DELIBERATION_DAY.channel()).isEqualTo(SourceChannel.DELIBERATION_DAY);
    }
}
