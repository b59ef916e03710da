package org.partnerhub.domain.partner;

import java.time.Instant;
import java.util.List;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.shared.Sealed;

/** Shared building blocks for the onboarding tests: one organisation, its application, and a small region tree. */
final class PartnerFixtures {

    static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");
    static final Instant T1 = Instant.parse("2025-11-28T02:00:00Z");
    static final Instant T2 = Instant.parse("2025-11-29T03:15:00Z");
    static final Instant T3 = Instant.parse("2025-11-30T04:45:00Z");

    static final String NAME = "成都市某某社会工作服务中心";
    static final CreditCode CREDIT_CODE = CreditCode.of("91350100M000100Y43");
    /** Another valid code (its check character computed with {@link CreditCode#checkCharacter}). */
    static final CreditCode OTHER_CREDIT_CODE = CreditCode.of("91510108MA6C000009");
    static final String TOKEN_HASH = "3f9a1c0e5b7d2a4f6e8c0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a";
    static final String CONSENT = "2025-11";

    static final CategoryCode ELDERLY_MEALS = CategoryCode.of("elderly-meals");
    static final CategoryCode CHILD_CARE = CategoryCode.of("child-care");

    static final Region CHENGDU =
            Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", null, null, null, 0, T0);
    static final Region CHENGHUA =
            Region.create(RegionCode.of("510108"), RegionKind.DISTRICT, "成华区", null, CHENGDU, null, 0, T0);
    static final Region JINJIANG =
            Region.create(RegionCode.of("510104"), RegionKind.DISTRICT, "锦江区", null, CHENGDU, null, 0, T0);
    static final Region QINGLONG = Region.create(RegionCode.generated(CHENGHUA.getCode(), "青龙街道"), RegionKind.STREET,
            "青龙街道", null, CHENGHUA, null, 0, T0);
    static final Region BAOHE = Region.create(RegionCode.generated(CHENGHUA.getCode(), "保和街道"), RegionKind.STREET,
            "保和街道", null, CHENGHUA, null, 0, T0);
    static final Region DONGLIN = Region.create(RegionCode.generated(QINGLONG.getCode(), "东林社区"),
            RegionKind.COMMUNITY, "东林社区", null, QINGLONG, null, 0, T0);

    private PartnerFixtures() {}

    static Organisation organisation() {
        return new Organisation(NAME, PartnerType.SOCIAL_ORGANIZATION, CREDIT_CODE, "张三", "李四", new Sealed("v1:x"),
                "138****8000", RegionCode.of("510108"), "介绍");
    }

    static PartnerApplication submitted() {
        return PartnerApplication.submit("PA-2025-0001", ApplicationKind.NEW, null, organisation(),
                List.of(CHENGHUA.getCode()), List.of(ELDERLY_MEALS), CONSENT, TOKEN_HASH, T0);
    }

    static PartnerApplication decided(ApplicationAction decision) {
        PartnerApplication application = submitted();
        application.decide(decision, "reviewer1", "资料齐全", T1);
        return application;
    }
}
