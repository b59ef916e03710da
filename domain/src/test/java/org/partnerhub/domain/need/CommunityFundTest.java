package org.partnerhub.domain.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.need.NeedFixtures.DONGLIN;
import static org.partnerhub.domain.need.NeedFixtures.DONGLIN_PATH;
import static org.partnerhub.domain.need.NeedFixtures.T0;
import static org.partnerhub.domain.need.NeedFixtures.T1;
import static org.partnerhub.domain.need.NeedFixtures.T2;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.RuleViolationException;

class CommunityFundTest {

    /** A fund of 1,000.00 yuan for 2025, set at T1. */
    private static CommunityFund fund() {
        CommunityFund fund = new CommunityFund(DONGLIN, DONGLIN_PATH, 2025, "admin", T0);
        fund.setAmount(100_000, 0, "street-staff", T1);
        return fund;
    }

    @Test
    void aNewFundHoldsNothingUntilItsAmountIsSet() {
        CommunityFund fund = new CommunityFund(DONGLIN, DONGLIN_PATH, 2025, "admin", T0);
        assertThat(fund.getAmountFen()).isZero();
        assertThat(fund.getYear()).isEqualTo(2025);
        assertThat(fund.getCommunityCode()).isEqualTo(DONGLIN);
        assertThatThrownBy(() -> fund.checkEarmark(0, 1)).isInstanceOf(RuleViolationException.class);

        fund.setAmount(100_000, 0, "street-staff", T1);
        assertThat(fund.getAmountFen()).isEqualTo(100_000);
        assertThat(fund.getUpdatedBy()).isEqualTo("street-staff");
        assertThat(fund.getUpdatedAt()).isEqualTo(T1);
    }

    @Test
    void anEarmarkFitsUpToExactlyWhatIsLeft() {
        CommunityFund fund = fund();
        assertThatCode(() -> fund.checkEarmark(0, 100_000)).doesNotThrowAnyException();
        assertThatCode(() -> fund.checkEarmark(60_000, 40_000)).doesNotThrowAnyException();
        assertThatCode(() -> fund.checkEarmark(100_000, 0)).as("no budget asks nothing of the fund")
                .doesNotThrowAnyException();
        assertThatCode(() -> fund.checkEarmark(500_000, -5)).doesNotThrowAnyException();
    }

    @Test
    void anEarmarkBeyondWhatIsLeftIsRefusedAndTheMessageSaysHowMuchIsLeft() {
        CommunityFund fund = fund();

        assertThatThrownBy(() -> fund.checkEarmark(60_000, 40_001))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("fund.exceeded");
                    assertThat(e.message().args()).containsExactly("2025", "400.00", "400.01");
                    assertThat(e.localizedMessage(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("2025 年的社区保障资金只剩 400.00 元，不够安排 400.01 元");
                    assertThat(e.localizedMessage(Locale.ENGLISH))
                            .isEqualTo("only 400.00 yuan of the 2025 community fund is left, not enough for 400.01 yuan");
                });
    }

    @Test
    void whenOthersAlreadyHoldMoreThanTheFundNothingIsLeft() {
        CommunityFund fund = fund();
        assertThatThrownBy(() -> fund.checkEarmark(150_000, 1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.message().args()).containsExactly("2025", "0.00", "0.01"));
    }

    @Test
    void theAmountMayNotFallBelowTheEarmarksAndTheMessageSaysWhatTheyHold() {
        CommunityFund fund = fund();

        assertThatThrownBy(() -> fund.setAmount(79_999, 80_000, "street-staff", T2))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.message().key()).isEqualTo("fund.belowEarmarks");
                    assertThat(e.message().args()).containsExactly("800.00");
                    assertThat(e.localizedMessage(Locale.SIMPLIFIED_CHINESE)).contains("800.00");
                });
        assertThat(fund.getAmountFen()).isEqualTo(100_000);
        assertThat(fund.getUpdatedAt()).isEqualTo(T1);

        fund.setAmount(80_000, 80_000, "street-staff", T2);
        assertThat(fund.getAmountFen()).isEqualTo(80_000);
        assertThat(fund.getUpdatedAt()).isEqualTo(T2);
    }

    @Test
    void theAmountIsFromZeroToTheLargestAmount() {
        CommunityFund fund = fund();
        assertThatThrownBy(() -> fund.setAmount(-1, 0, "x", T2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.message().key()).isEqualTo("money.range"));
        assertThatThrownBy(() -> fund.setAmount(Money.MAX_FEN + 1, 0, "x", T2)).isInstanceOf(RuleViolationException.class);
        fund.setAmount(Money.MAX_FEN, 0, "x", T2);
        assertThat(fund.getAmountFen()).isEqualTo(Money.MAX_FEN);
        fund.setAmount(0, 0, "x", T2);
        assertThat(fund.getAmountFen()).isZero();
    }

    @Test
    void moneyIsShownInYuanWithTwoDecimalsAndThousandsSeparators() {
        assertThat(Money.yuan(0)).isEqualTo("0.00");
        assertThat(Money.yuan(5)).isEqualTo("0.05");
        assertThat(Money.yuan(123_456)).isEqualTo("1,234.56");
        assertThat(Money.yuan(Money.MAX_FEN)).isEqualTo("1,000,000,000.00");
    }

    @Test
    void agreementsDrawUpToTheAmountAndNeverBeyondAndACancellationGivesBack() {
        CommunityFund fund = new CommunityFund(DONGLIN, DONGLIN_PATH, 2025, "admin", T0);
        fund.setAmount(100_000, 0, "admin", T0);
        fund.draw(60_000);
        fund.draw(40_000);
        assertThat(fund.getDrawnFen()).isEqualTo(100_000);
        assertThatThrownBy(() -> fund.draw(1)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.message().key()).isEqualTo("fund.overdrawn");
            assertThat(e.message().args()).containsExactly("2025", "0.00", "0.01");
        });
        assertThat(fund.getDrawnFen()).isEqualTo(100_000);
        // the amount cannot fall below what was drawn either
        assertThatThrownBy(() -> fund.setAmount(99_999, 0, "admin", T0)).isInstanceOf(RuleViolationException.class);
        fund.giveBack(40_000);
        assertThat(fund.getDrawnFen()).isEqualTo(60_000);
        fund.draw(0);
        assertThat(fund.getDrawnFen()).isEqualTo(60_000);
    }
}
