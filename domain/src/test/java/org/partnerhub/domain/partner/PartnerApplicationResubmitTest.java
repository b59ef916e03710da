package org.partnerhub.domain.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerhub.domain.partner.PartnerFixtures.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;

class PartnerApplicationResubmitTest {

    @Test
    void aRefusedResubmissionLeavesTheApplicationReturned() {
        PartnerApplication application = decided(ApplicationAction.RETURN);
        assertThatThrownBy(() -> application.resubmit(organisation(), List.of(), List.of(ELDERLY_MEALS), CONSENT, T2))
                .isInstanceOf(RuleViolationException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void aChangeApplicationRefusedForAnotherTypeStaysReturned() {
        PartnerApplication change = PartnerApplication.submit("PA-2025-0009", ApplicationKind.CHANGE, 7L,
                organisation(), List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T0);
        change.decide(ApplicationAction.RETURN, "reviewer1", "请补充材料", T1);
        Organisation otherType = new Organisation(NAME, PartnerType.SOCIAL_ENTERPRISE, CREDIT_CODE, "张三", "李四",
                new Sealed("v1:x"), "138****8000", RegionCode.of("510108"), "介绍");
        assertThatThrownBy(() -> change.resubmit(otherType, List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS),
                        CONSENT, T2))
                .isInstanceOf(RuleViolationException.class);
        assertThat(change.getStatus()).isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void aDecisionWithoutAReviewerChangesNothing() {
        PartnerApplication application = submitted();
        assertThatThrownBy(() -> application.decide(ApplicationAction.ADMIT, null, "ok", T1))
                .isInstanceOf(NullPointerException.class);
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
    }
}
