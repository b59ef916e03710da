package org.partnerhub.application.need;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.imports.RowCells;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetColumns;
import org.partnerhub.application.shared.SpreadsheetColumns.Column;
import org.partnerhub.domain.need.NeedContent;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Money;
import org.partnerhub.domain.shared.TargetGroup;

/**
 * The need spreadsheet (需求导入表): its columns, how a row's cells become the values of a {@link NeedForm}, and the
 * key that recognises a row imported before. Only the cells are checked here (numbers, yuan, the names of urgencies,
 * funding modes and target groups); the rest is checked by the same rules as the form and the API.
 */
final class NeedRows {

    static final String COMMUNITY = "communityCode";
    static final String CATEGORY = "categoryCode";
    static final String TITLE = "title";
    static final String DESCRIPTION = "description";
    static final String BENEFICIARIES = "beneficiaries";
    static final String TARGET_GROUPS = "targetGroups";
    static final String URGENCY = "urgency";
    static final String FUNDING_MODE = "fundingMode";
    static final String BUDGET = "budgetYuan";
    static final String PUBLISH = "publish";
    static final String EXTERNAL_ID = "externalId";

    static final int EXTERNAL_ID_MAX = 64;

    static final SpreadsheetColumns COLUMNS = new SpreadsheetColumns(List.of(
            new Column(COMMUNITY, "社区编码", true),
            new Column(CATEGORY, "类别编码", true),
            new Column(TITLE, "标题", true),
            new Column(DESCRIPTION, "描述", true),
            new Column(BENEFICIARIES, "受益人数", true),
            new Column(TARGET_GROUPS, "人群", false),
            new Column(URGENCY, "紧急程度", true),
            new Column(FUNDING_MODE, "资金方式", true),
            new Column(BUDGET, "预算（元）", false),
            new Column(PUBLISH, "发布", false),
            new Column(EXTERNAL_ID, "编号", false)));

    /** The cells of one row, read; {@code null} where a cell is empty or could not be read (then errors say why). */
    record Cells(String communityCode, String categoryCode, String title, String description, Integer beneficiaries,
            Set<TargetGroup> targetGroups, Urgency urgency, FundingMode fundingMode, Long budgetFen, boolean publish,
            String externalId) {}

    private NeedRows() {}

    /** Reads the row's cells; {@code headers} maps column keys to the file's headers (see {@link SpreadsheetColumns}). */
    static Cells read(Spreadsheet.Row row, Map<String, String> headers, List<FieldError> errors) {
        String externalId = RowCells.cell(row, headers, EXTERNAL_ID);
        if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
            errors.add(FieldError.of(EXTERNAL_ID, "text.tooLong", EXTERNAL_ID_MAX));
        }
        return new Cells(RowCells.cell(row, headers, COMMUNITY), RowCells.cell(row, headers, CATEGORY),
                RowCells.cell(row, headers, TITLE), RowCells.cell(row, headers, DESCRIPTION),
                RowCells.integer(RowCells.cell(row, headers, BENEFICIARIES), BENEFICIARIES, errors),
                RowCells.targetGroups(RowCells.cell(row, headers, TARGET_GROUPS), TARGET_GROUPS, "import.need.targetGroup",
                        errors),
                RowCells.constant(Urgency.class, RowCells.cell(row, headers, URGENCY), URGENCY, "import.need.urgency", errors),
                RowCells.constant(FundingMode.class, RowCells.cell(row, headers, FUNDING_MODE), FUNDING_MODE,
                        "import.need.fundingMode", errors),
                fen(RowCells.cell(row, headers, BUDGET), errors),
                RowCells.yes(RowCells.cell(row, headers, PUBLISH), PUBLISH, "import.need.publish", errors), externalId);
    }

    /** Yuan with at most two decimals ("1500", "1,500.50", "¥1500") as fen; empty is 0. */
    static Long fen(String text, List<FieldError> errors) {
        if (text == null) {
            return 0L;
        }
        String digits = text.replace(",", "").replace("，", "").replace("¥", "").replace("￥", "").replace("元", "").strip();
        try {
            BigDecimal yuan = new BigDecimal(digits);
            if (yuan.signum() < 0 || yuan.stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.of(BUDGET, "import.need.yuan", text));
                return null;
            }
            BigDecimal fen = yuan.movePointRight(2);
            if (fen.compareTo(BigDecimal.valueOf(Money.MAX_FEN)) > 0) {
                errors.add(FieldError.of(BUDGET, "money.range", Money.yuan(Money.MAX_FEN)));
                return null;
            }
            return fen.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(FieldError.of(BUDGET, "import.need.yuan", text));
            return null;
        }
    }

    /**
     * The key of an imported row, unique per community: from its {@code externalId} when the sheet gives one (编号),
     * else from the row's content as the rules clean it (so spaces and the order of target groups do not matter).
     * The key stays with the need however it is edited later, so re-uploading an old sheet finds it.
     */
    static String importKey(RegionCode community, String externalId, NeedContent content) {
        if (externalId != null && !externalId.isBlank()) {
            return RowCells.importKey("NEED", "id", community.value(), externalId.strip());
        }
        return RowCells.importKey("NEED", "row", community.value(), content.category().value(), content.title(),
                content.description(), String.valueOf(content.beneficiaries()),
                content.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                content.urgency().name(), content.fundingMode().name(), String.valueOf(content.budgetFen()));
    }

    /** The template's example row, under {@link SpreadsheetColumns#zhHeaders()}. */
    static List<Object> exampleRow(String communityCode, String categoryCode) {
        return List.of(communityCode, categoryCode, "老年人助餐点", "小区独居老人多，中午没有热饭吃，希望有固定的用餐点。", 120,
                "老年人、困难群众", "紧急", "公益", "5000.00", "否", "2026-001");
    }
}
