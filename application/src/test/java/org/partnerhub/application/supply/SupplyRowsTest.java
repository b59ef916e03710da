package org.partnerhub.application.supply;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.region.Region;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.region.RegionKind;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.PhoneNumber;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyContent;

class SupplyRowsTest {

    private static final Map<String, String> HEADERS = SupplyRows.COLUMNS.resolve(SupplyRows.COLUMNS.zhHeaders());

    private static Spreadsheet.Row row(String... keysAndValues) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            cells.put(HEADERS.get(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return new Spreadsheet.Row(5, cells);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aGoodRowReadsRegionListsLabelsAliasesAndYes() {
        List<FieldError> errors = new ArrayList<>();
        SupplyRows.Cells cells = SupplyRows.read(row("title", "长者食堂", "category", "养老助餐", "description", "午餐",
                "serviceRegions", "510108、青龙街道；510108001 ,", "capacity", "12", "fundingMode", "付费",
                "priceNote", "每餐 8 元", "targetGroups", "老年人,children", "contactName", "李四",
                "contactPhone", "13800138000", "publish", "是", "externalId", " S-1 "), HEADERS, errors);

        assertThat(errors).isEmpty();
        assertThat(cells.category()).isEqualTo("养老助餐");
        assertThat(cells.serviceRegions()).containsExactly("510108", "青龙街道", "510108001");
        assertThat(cells.capacity()).isEqualTo(12);
        assertThat(cells.fundingMode()).isEqualTo(FundingMode.PAID);
        assertThat(cells.targetGroups()).containsExactlyInAnyOrder(TargetGroup.ELDERLY, TargetGroup.CHILDREN);
        assertThat(cells.publish()).isTrue();
        assertThat(cells.externalId()).isEqualTo("S-1");
    }

    @Test
    void fundingModesByNameLabelAndAlias() {
        for (String[] pair : new String[][] {{"公益", "PUBLIC_BENEFIT"}, {"低偿", "LOW_FEE"}, {"有偿", "PAID"},
            {"付费", "PAID"}, {"low_fee", "LOW_FEE"}, {"paid", "PAID"}}) {
            List<FieldError> errors = new ArrayList<>();
            SupplyRows.Cells cells = SupplyRows.read(row("fundingMode", pair[0]), HEADERS, errors);
            assertThat(errors).as(pair[0]).isEmpty();
            assertThat(cells.fundingMode()).as(pair[0]).isEqualTo(FundingMode.valueOf(pair[1]));
        }
    }

    @Test
    void emptyOptionalCellsLeaveTheDefaults() {
        List<FieldError> errors = new ArrayList<>();
        SupplyRows.Cells cells = SupplyRows.read(row("title", "助餐"), HEADERS, errors);
        assertThat(errors).isEmpty();
        assertThat(cells.publish()).as("left to the upload").isNull();
        assertThat(cells.serviceRegions()).isEmpty();
        assertThat(cells.targetGroups()).isEmpty();
        assertThat(cells.capacity()).isNull();
    }

    @Test
    void eachBadCellIsNamedWithItsReason() {
        List<FieldError> errors = new ArrayList<>();
        SupplyRows.read(row("capacity", "十个", "fundingMode", "看情况", "targetGroups", "老年人、外星人", "publish", "也许",
                "externalId", "x".repeat(65)), HEADERS, errors);
        assertThat(fields(errors)).containsExactlyInAnyOrder("capacity", "fundingMode", "targetGroups", "publish",
                "externalId");
        assertThat(errors.stream().map(e -> e.message().key()).toList()).containsExactlyInAnyOrder("import.number",
                "import.supply.fundingMode", "import.need.targetGroup", "import.need.publish", "text.tooLong");
    }

    @Test
    void theRulesFieldsAreNamedAsTheSheetsColumns() {
        assertThat(SupplyRows.column("categoryCode")).isEqualTo("category");
        assertThat(SupplyRows.column("serviceRegionCodes[3]")).isEqualTo("serviceRegions");
        assertThat(SupplyRows.column("serviceRegionCodes")).isEqualTo("serviceRegions");
        assertThat(SupplyRows.column("contactPhone")).isEqualTo("contactPhone");
    }

    @Test
    void theImportKeyIgnoresWhatTheRulesCleanAndDependsOnThePartner() {
        SupplyContent content = content("长者食堂", List.of("510108", "510108001"), EnumSet.of(TargetGroup.ELDERLY,
                TargetGroup.CHILDREN));
        SupplyContent sameCleaned = content(" 长者食堂  ", List.of("510108001", "510108"), EnumSet.of(TargetGroup.CHILDREN,
                TargetGroup.ELDERLY));
        SupplyContent other = content("长者助浴", List.of("510108"), EnumSet.of(TargetGroup.ELDERLY));

        String key = SupplyRows.importKey(1L, null, content);
        assertThat(key).hasSize(64).matches("[0-9a-f]+");
        assertThat(SupplyRows.importKey(1L, null, sameCleaned)).isEqualTo(key);
        assertThat(SupplyRows.importKey(1L, null, other)).isNotEqualTo(key);
        assertThat(SupplyRows.importKey(2L, null, content)).as("another partner's row").isNotEqualTo(key);
        assertThat(SupplyRows.importKey(1L, "S-1", content)).isEqualTo(SupplyRows.importKey(1L, " S-1 ", other))
                .isNotEqualTo(key).isNotEqualTo(SupplyRows.importKey(2L, "S-1", content));
    }

    @Test
    void theTemplatesExampleRowReadsWithoutErrors() {
        List<Object> example = SupplyRows.exampleRow("养老助餐", "510108");
        List<String> headers = SupplyRows.COLUMNS.zhHeaders();
        assertThat(example).hasSameSizeAs(headers);
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            cells.put(headers.get(i), example.get(i).toString());
        }
        List<FieldError> errors = new ArrayList<>();
        SupplyRows.Cells read = SupplyRows.read(new Spreadsheet.Row(2, cells), HEADERS, errors);
        assertThat(errors).isEmpty();
        assertThat(read.fundingMode()).isEqualTo(FundingMode.LOW_FEE);
        assertThat(read.publish()).isFalse();
        assertThat(PhoneNumber.of(read.contactPhone()).masked()).isEqualTo("138****8000");
    }

    private static SupplyContent content(String title, List<String> regions, Set<TargetGroup> groups) {
        List<ServiceArea> areas = regions.stream().map(SupplyRowsTest::area).toList();
        return new SupplyContent(CategoryCode.of("elderly-meals"), title, "午餐", areas, 10, FundingMode.LOW_FEE, null,
                groups, "李四", PhoneNumber.of("13800138000"));
    }

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Region CHENGDU = Region.create(RegionCode.of("510100"), RegionKind.CITY, "成都市", null, null, null,
            0, T0);
    private static final Region CHENGHUA = Region.create(RegionCode.of("510108"), RegionKind.DISTRICT, "成华区", null,
            CHENGDU, null, 0, T0);
    private static final Region STREET = Region.create(RegionCode.of("510108001"), RegionKind.STREET, "某街道", null,
            CHENGHUA, null, 0, T0);

    private static ServiceArea area(String code) {
        return new ServiceArea(code.equals("510108") ? CHENGHUA : STREET);
    }
}
