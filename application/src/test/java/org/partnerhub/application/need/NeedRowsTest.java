package org.partnerhub.application.need;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.imports.RowCells;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.need.NeedContent;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;

class NeedRowsTest {

    private static final Map<String, String> HEADERS = NeedRows.COLUMNS.resolve(NeedRows.COLUMNS.zhHeaders());

    private static Spreadsheet.Row row(String... keysAndValues) {
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            cells.put(HEADERS.get(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return new Spreadsheet.Row(7, cells);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<String> keys(List<FieldError> errors) {
        return errors.stream().map(e -> e.message().key()).toList();
    }

    @Test
    void aGoodRowReadsLabelsNamesYuanAndYes() {
        List<FieldError> errors = new ArrayList<>();
        NeedRows.Cells cells = NeedRows.read(row("communityCode", " 510108001 ", "categoryCode", "elderly-meals",
                "title", "助餐", "description", "午餐", "beneficiaries", "120", "targetGroups", "老年人、children，困难群众",
                "urgency", "紧急", "fundingMode", "low_fee", "budgetYuan", "1,234.5", "publish", "是", "externalId", "A-1"),
                HEADERS, errors);

        assertThat(errors).isEmpty();
        assertThat(cells.communityCode()).isEqualTo("510108001");
        assertThat(cells.beneficiaries()).isEqualTo(120);
        assertThat(cells.targetGroups()).containsExactlyInAnyOrder(TargetGroup.ELDERLY, TargetGroup.CHILDREN,
                TargetGroup.LOW_INCOME);
        assertThat(cells.urgency()).isEqualTo(Urgency.HIGH);
        assertThat(cells.fundingMode()).isEqualTo(FundingMode.LOW_FEE);
        assertThat(cells.budgetFen()).isEqualTo(123_450L);
        assertThat(cells.publish()).isTrue();
        assertThat(cells.externalId()).isEqualTo("A-1");
    }

    @Test
    void namesWinOverLabels() {
        // "urgent" is the English label of HIGH; "URGENT" is the name of URGENT
        assertThat(RowCells.constant(Urgency.class, "URGENT", "urgency", "k", new ArrayList<>())).isEqualTo(Urgency.URGENT);
        assertThat(RowCells.constant(Urgency.class, "very urgent", "urgency", "k", new ArrayList<>()))
                .isEqualTo(Urgency.URGENT);
        assertThat(RowCells.constant(Urgency.class, "非常紧急", "urgency", "k", new ArrayList<>())).isEqualTo(Urgency.URGENT);
    }

    @Test
    void emptyOptionalCellsAreDefaults() {
        List<FieldError> errors = new ArrayList<>();
        NeedRows.Cells cells = NeedRows.read(row("title", "助餐"), HEADERS, errors);
        assertThat(errors).isEmpty();
        assertThat(cells.budgetFen()).isZero();
        assertThat(cells.publish()).isFalse();
        assertThat(cells.targetGroups()).isEmpty();
        assertThat(cells.beneficiaries()).isNull();
    }

    @Test
    void eachBadCellIsNamedWithItsReason() {
        List<FieldError> errors = new ArrayList<>();
        NeedRows.read(row("beneficiaries", "十二", "targetGroups", "老年人、外星人", "urgency", "马上", "fundingMode", "免费",
                "budgetYuan", "12.345", "publish", "也许", "externalId", "x".repeat(65)), HEADERS, errors);

        assertThat(fields(errors)).containsExactlyInAnyOrder("beneficiaries", "targetGroups", "urgency", "fundingMode",
                "budgetYuan", "publish", "externalId");
        assertThat(keys(errors)).containsExactlyInAnyOrder("import.number", "import.need.targetGroup",
                "import.need.urgency", "import.need.fundingMode", "import.need.yuan", "import.need.publish",
                "text.tooLong");
    }

    @Test
    void amountsAndNumbersAtTheirLimits() {
        List<FieldError> errors = new ArrayList<>();
        assertThat(NeedRows.fen("¥5000", errors)).isEqualTo(500_000L);
        assertThat(NeedRows.fen("0.01", errors)).isEqualTo(1L);
        assertThat(NeedRows.fen("12.50元", errors)).isEqualTo(1250L);
        assertThat(errors).isEmpty();
        assertThat(NeedRows.fen("-1", errors)).isNull();
        assertThat(NeedRows.fen("1000000001", errors)).isNull();
        assertThat(keys(errors)).containsExactly("import.need.yuan", "money.range");
        errors.clear();
        assertThat(RowCells.integer("120.0", "beneficiaries", errors)).isEqualTo(120);
        assertThat(RowCells.integer("120.5", "beneficiaries", errors)).isNull();
        assertThat(RowCells.integer("99999999999", "beneficiaries", errors)).isNull();
        assertThat(errors).hasSize(2);
    }

    @Test
    void theImportKeyIgnoresWhatTheRulesCleanAndDependsOnTheCommunity() {
        RegionCode a = RegionCode.of("510108001");
        RegionCode b = RegionCode.of("510108002");
        NeedContent content = content("助餐", EnumSet.of(TargetGroup.ELDERLY, TargetGroup.CHILDREN));
        NeedContent sameCleaned = content("  助餐 ", EnumSet.of(TargetGroup.CHILDREN, TargetGroup.ELDERLY));
        NeedContent other = content("助浴", EnumSet.of(TargetGroup.ELDERLY, TargetGroup.CHILDREN));

        String key = NeedRows.importKey(a, null, content);
        assertThat(key).hasSize(64).matches("[0-9a-f]+");
        assertThat(NeedRows.importKey(a, null, sameCleaned)).isEqualTo(key);
        assertThat(NeedRows.importKey(a, null, other)).isNotEqualTo(key);
        assertThat(NeedRows.importKey(b, null, content)).isNotEqualTo(key);
        // with a number (编号) the key follows the number, whatever the content
        assertThat(NeedRows.importKey(a, "2026-001", content)).isEqualTo(NeedRows.importKey(a, " 2026-001 ", other))
                .isNotEqualTo(key).isNotEqualTo(NeedRows.importKey(b, "2026-001", content));
    }

    @Test
    void theTemplatesExampleRowIsAValidRow() {
        List<Object> example = NeedRows.exampleRow("510108001", "elderly-meals");
        Map<String, String> cells = new HashMap<>();
        List<String> headers = NeedRows.COLUMNS.zhHeaders();
        for (int i = 0; i < headers.size(); i++) {
            cells.put(headers.get(i), example.get(i).toString());
        }
        List<FieldError> errors = new ArrayList<>();
        NeedRows.Cells read = NeedRows.read(new Spreadsheet.Row(2, cells), HEADERS, errors);
        assertThat(errors).isEmpty();
        new NeedContent(CategoryCode.of(read.categoryCode()), read.title(), read.description(), read.beneficiaries(),
                read.targetGroups(), read.urgency(), read.fundingMode(), read.budgetFen());
    }

    private static NeedContent content(String title, Set<TargetGroup> groups) {
        return new NeedContent(CategoryCode.of("elderly-meals"), title, "午餐", 12, groups, Urgency.HIGH,
                FundingMode.PUBLIC_BENEFIT, 0);
    }
}
