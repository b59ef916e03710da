package org.partnerhub.domain.need;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.TargetGroup;

/** Shared building blocks for the need-context tests: a community of 青龙街道, content, recorders, instants. */
final class NeedFixtures {

    static final Instant T0 = Instant.parse("2025-11-27T01:30:00Z");
    static final Instant T1 = Instant.parse("2025-11-28T02:00:00Z");
    static final Instant T2 = Instant.parse("2025-11-29T03:15:00Z");
    static final Instant T3 = Instant.parse("2025-11-30T04:45:00Z");

    static final RegionCode CHENGHUA = RegionCode.of("510108");
    static final RegionCode QINGLONG = RegionCode.generated(CHENGHUA, "青龙街道");
    static final RegionCode DONGLIN = RegionCode.generated(QINGLONG, "东林社区");
    static final RegionCode BAOHE = RegionCode.generated(CHENGHUA, "保和街道");
    static final RegionCode HEMEI = RegionCode.generated(BAOHE, "和美社区");

    static final String QINGLONG_PATH = "/510100/510108/" + QINGLONG.value() + "/";
    static final String DONGLIN_PATH = QINGLONG_PATH + DONGLIN.value() + "/";
    static final String HEMEI_PATH = "/510100/510108/" + BAOHE.value() + "/" + HEMEI.value() + "/";

    static final CategoryCode ELDERLY_MEALS = CategoryCode.of("elderly-meals");
    static final CategoryCode CHILD_CARE = CategoryCode.of("elderly-children");

    static final Recorder STAFF = new Recorder("donglin-staff", "东林社区工作人员", null);
    static final Recorder EDITOR = new Recorder("qinglong-staff", "青龙街道工作人员", null);
    static final Recorder PARTNER = new Recorder("91510108ma6c000009", "某某服务中心", 7L);

    static final NeedSource ONLINE = new NeedSource(SourceChannel.ONLINE, null);

    private NeedFixtures() {}

    static NeedContent content() {
        return new NeedContent(ELDERLY_MEALS, "老年人助餐", "小区独居老人多，午餐没有着落，希望有助餐点。", 120,
                Set.of(TargetGroup.ELDERLY), Urgency.HIGH, FundingMode.PUBLIC_BENEFIT, 500_000);
    }

    static NeedContent content(String title, String description, long budgetFen) {
        return new NeedContent(ELDERLY_MEALS, title, description, 120, Set.of(TargetGroup.ELDERLY), Urgency.HIGH,
                FundingMode.PUBLIC_BENEFIT, budgetFen);
    }

    /** A draft of 东林社区 recorded by its staff at T0 for the 2025 fund. */
    static Need draft() {
        return Need.record(DONGLIN, DONGLIN_PATH, content(), ONLINE, STAFF, 2025, null, false, T0);
    }

    /** A need brought into {@code status} by the ordinary moves, starting from a draft. */
    static Need needIn(NeedStatus status) {
        Need need = draft();
        switch (status) {
            case DRAFT -> { }
            case PUBLISHED -> need.apply(NeedAction.PUBLISH, STAFF, null, T1);
            case IN_COOPERATION -> {
                need.apply(NeedAction.PUBLISH, STAFF, null, T1);
                need.apply(NeedAction.START_COOPERATION, STAFF, null, T1);
            }
            case FULFILLED -> {
                need.apply(NeedAction.PUBLISH, STAFF, null, T1);
                need.apply(NeedAction.START_COOPERATION, STAFF, null, T1);
                need.apply(NeedAction.FULFIL, STAFF, null, T1);
            }
            case CLOSED -> need.apply(NeedAction.CLOSE, STAFF, "居民已自行解决", T1);
        }
        if (need.getStatus() != status) {
            throw new AssertionError("fixture did not reach " + status);
        }
        return need;
    }

    /** Needs get their id from the database; the merge rules compare ids, so the tests set them by reflection. */
    static <T> T withId(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    static NeedEvent lastEvent(Need need) {
        List<NeedEvent> history = need.getHistory();
        return history.get(history.size() - 1);
    }
}
