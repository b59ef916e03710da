package org.partnerhub.domain.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.FieldChange;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.RuleViolationException;
import org.partnerhub.domain.shared.Sealed;
import org.partnerhub.domain.shared.TargetGroup;

class SupplyItemTest {

    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");
    static final Region CHENGDU = Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", null, null, null, 0, T0);
    static final Region CHENGHUA =
            Region.create(RegionCode.of("510108"), RegionKind.DISTRICT, "成华区", null, CHENGDU, null, 0, T0);
    static final Region STREET = Region.create(RegionCode.generated(CHENGHUA.getCode(), "青龙街道"), RegionKind.STREET,
            "青龙街道", null, CHENGHUA, null, 0, T0);
    static final Region COMMUNITY = Region.create(RegionCode.generated(STREET.getCode(), "昭觉寺社区"),
            RegionKind.COMMUNITY, "昭觉寺社区", null, STREET, null, 0, T0);
    static final Region CHONGQING = Region.create(RegionCode.of("500100"), RegionKind.CITY, "重庆市", null, null, null, 0, T0);
    static final Region YUZHONG =
            Region.create(RegionCode.of("500103"), RegionKind.DISTRICT, "渝中区", null, CHONGQING, null, 0, T0);
    static final CategoryCode ELDER_CARE = CategoryCode.of("elder-care");
    static final Recorder PARTNER = new Recorder("91510108abc", "某社工中心", 7L);
    static final Sealed SEALED = new Sealed("v1:sealed");

    static SupplyContent content(String title, int capacity, Region... served) {
        return new SupplyContent(ELDER_CARE, title, "为社区老人提供助餐服务", List.of(served).stream().map(ServiceArea::new)
                .toList(), capacity, FundingMode.LOW_FEE, "每餐 8 元", Set.of(TargetGroup.ELDERLY), "李四",
                PhoneNumber.of("13800138000"));
    }

    static SupplyItem item() {
        return SupplyItem.create(7L, "成都市某某社会工作服务中心", content("社区长者食堂运营", 10, STREET, YUZHONG), SEALED,
                PARTNER, T0);
    }

    @Test
    void aNewItemIsADraftWithItsCreationInTheHistoryAndTheMaskedPhone() {
        SupplyItem item = item();
        assertThat(item.getStatus()).isEqualTo(SupplyStatus.DRAFT);
        assertThat(item.getCapacity().left()).isEqualTo(10);
        assertThat(item.getContactPhoneMasked()).isEqualTo("138****8000");
        assertThat(item.getContactPhoneSealed()).isEqualTo(SEALED);
        assertThat(item.getHistory()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo("CREATED");
            assertThat(e.getChanges()).contains(new FieldChange("title", null, "社区长者食堂运营"),
                    new FieldChange("contactPhone", null, "138****8000"),
                    new FieldChange("serviceRegionCodes", null, STREET.getCode().value() + ",500103"));
            assertThat(e.getChanges()).noneMatch(c -> "13800138000".equals(c.getNewValue()));
        });
    }

    @Test
    void servesTheRegionsItNamesAndEverythingBelowThemAcrossCities() {
        SupplyItem item = item();
        assertThat(item.serves(STREET.getPath())).isTrue();
        assertThat(item.serves(COMMUNITY.getPath())).isTrue();
        assertThat(item.serves(YUZHONG.getPath())).isTrue();
        assertThat(item.serves(CHENGHUA.getPath())).isFalse();
        assertThat(item.searchableText("养老服务", "某社工中心", List.of("青龙街道", "渝中区")))
                .contains("社区长者食堂运营", "助餐", "养老服务", "某社工中心", "青龙街道", "渝中区");
    }

    @Test
    void anEditRecordsEachChangedFieldAndNothingWhenNothingChanged() {
        SupplyItem item = item();
        assertThat(item.edit(content("社区长者食堂运营", 10, STREET, YUZHONG), SEALED, PARTNER, T0)).isFalse();
        assertThat(item.edit(content("长者食堂", 12, COMMUNITY), SEALED, PARTNER, T0.plusSeconds(60))).isTrue();
        assertThat(item.getHistory()).hasSize(2);
        assertThat(item.getHistory().get(1).getChanges()).containsExactly(
                new FieldChange("title", "社区长者食堂运营", "长者食堂"),
                new FieldChange("serviceRegionCodes", STREET.getCode().value() + ",500103", COMMUNITY.getCode().value()),
                new FieldChange("capacity", "10", "12"));
        assertThat(item.getCapacity().total()).isEqualTo(12);
        assertThat(item.getUpdatedAt()).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void theLifeCycleFollowsTheTableAndWithdrawnIsFinal() {
        SupplyItem item = item();
        item.apply(SupplyAction.PUBLISH, PARTNER, null, T0);
        assertThat(item.getPublishedAt()).isEqualTo(T0);
        item.apply(SupplyAction.PAUSE, PARTNER, "暑期休整", T0.plusSeconds(1));
        assertThat(item.getStatusReason()).isEqualTo("暑期休整");
        item.apply(SupplyAction.RESUME, PARTNER, null, T0.plusSeconds(2));
        assertThat(item.getStatus()).isEqualTo(SupplyStatus.PUBLISHED);
        item.apply(SupplyAction.WITHDRAW, PARTNER, null, T0.plusSeconds(3));
        assertThat(item.getHistory()).extracting(e -> e.getAction())
                .containsExactly("CREATED", "PUBLISH", "PAUSE", "RESUME", "WITHDRAW");
        assertThat(item.getHistory().get(4).getChanges()).containsExactly(new FieldChange("status", "PUBLISHED", "WITHDRAWN"));
        assertThatThrownBy(() -> item.apply(SupplyAction.PUBLISH, PARTNER, null, T0)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> item.edit(content("x", 1, STREET), SEALED, PARTNER, T0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aTooLongReasonIsRefused() {
        SupplyItem item = item();
        assertThatThrownBy(() -> item.apply(SupplyAction.WITHDRAW, PARTNER, "理".repeat(1001), T0))
                .isInstanceOf(RuleViolationException.class);
        assertThat(item.getStatus()).isEqualTo(SupplyStatus.DRAFT);
    }

    @Test
    void contentNamesEveryBadField() {
        assertThatThrownBy(() -> new SupplyContent(null, "题".repeat(10_000), " ", List.of(), 0, null, "价".repeat(201),
                null, "名".repeat(51), null)).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("categoryCode", "title",
                                "description", "serviceRegionCodes", "capacity", "fundingMode", "priceNote",
                                "contactName"));
        assertThatThrownBy(() -> content("t", -1, STREET)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("capacity"));
        assertThat(content("  t  ", 999, STREET, STREET).serviceAreas()).hasSize(1);
    }
}
