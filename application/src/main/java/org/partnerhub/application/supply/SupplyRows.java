package org.partnerhub.application.supply;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.imports.RowCells;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetColumns;
import org.partnerhub.application.shared.SpreadsheetColumns.Column;
import org.partnerhub.domain.partner.ServiceArea;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.TargetGroup;
import org.partnerhub.domain.supply.SupplyContent;

/**
 * The supply spreadsheet (供给导入表): its columns, how a row's cells become the values of a {@link SupplyForm}, and the
 * key that recognises a row imported before. Only the cells are read here (numbers, yes/no, the names of funding
 * modes and target groups, the list of served regions); the category and the regions are looked up by the importer,
 * and the content is checked by {@link SupplyForms}, the rules of the form and the API.
 */
final class SupplyRows {

    static final String TITLE = "title";
    static final String CATEGORY = "category";
    static final String DESCRIPTION = "description";
    static final String SERVICE_REGIONS = "serviceRegions";
    static final String CAPACITY = "capacity";
    static final String FUNDING_MODE = "fundingMode";
    static final String PRICE_NOTE = "priceNote";
    static final String TARGET_GROUPS = "targetGroups";
    static final String CONTACT_NAME = "contactName";
    static final String CONTACT_PHONE = "contactPhone";
    static final String PUBLISH = "publish";
    static final String EXTERNAL_ID = "externalId";

    static final int EXTERNAL_ID_MAX = 64;

    static final SpreadsheetColumns COLUMNS = new SpreadsheetColumns(List.of(
            new Column(TITLE, "标题", true),
            new Column(CATEGORY, "类别", true),
            new Column(DESCRIPTION, "描述", true),
            new Column(SERVICE_REGIONS, "服务区域", true),
            new Column(CAPACITY, "容量", true),
            new Column(FUNDING_MODE, "资金方式", true),
            new Column(PRICE_NOTE, "价格说明", false),
            new Column(TARGET_GROUPS, "服务人群", false),
            new Column(CONTACT_NAME, "联系人", false),
            new Column(CONTACT_PHONE, "联系电话", false),
            new Column(PUBLISH, "发布", false),
            new Column(EXTERNAL_ID, "编号", false)));

    /** Other words people use for the funding modes (besides the names and the labels 公益/低偿/有偿). */
    private static final Map<String, FundingMode> FUNDING_ALIASES = Map.of("付费", FundingMode.PAID, "收费",
            FundingMode.PAID, "免费", FundingMode.PUBLIC_BENEFIT);

    /**
     * The cells of one row, read; {@code null} where a cell is empty or could not be read (then errors say why).
     * {@code category} is a code or a name, each of {@code serviceRegions} a code or a name; {@code publish} is null when
     * the row leaves it to the upload.
     */
    record Cells(String title, String category, String description, List<String> serviceRegions, Integer capacity,
            FundingMode fundingMode, String priceNote, Set<TargetGroup> targetGroups, String contactName,
            String contactPhone, Boolean publish, String externalId) {}

    private SupplyRows() {}

    /** Reads the row's cells; {@code headers} maps column keys to the file's headers (see {@link SpreadsheetColumns}). */
    static Cells read(Spreadsheet.Row row, Map<String, String> headers, List<FieldError> errors) {
        String externalId = RowCells.cell(row, headers, EXTERNAL_ID);
        if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
            errors.add(FieldError.of(EXTERNAL_ID, "text.tooLong", EXTERNAL_ID_MAX));
        }
        return new Cells(RowCells.cell(row, headers, TITLE), RowCells.cell(row, headers, CATEGORY),
                RowCells.cell(row, headers, DESCRIPTION),
                RowCells.parts(RowCells.cell(row, headers, SERVICE_REGIONS), RowCells.LIST_SEPARATORS),
                RowCells.integer(RowCells.cell(row, headers, CAPACITY), CAPACITY, errors),
                RowCells.constant(FundingMode.class, RowCells.cell(row, headers, FUNDING_MODE), FUNDING_MODE,
                        "import.supply.fundingMode", FUNDING_ALIASES, errors),
                RowCells.cell(row, headers, PRICE_NOTE),
                RowCells.targetGroups(RowCells.cell(row, headers, TARGET_GROUPS), TARGET_GROUPS, "import.need.targetGroup",
                        errors),
                RowCells.cell(row, headers, CONTACT_NAME), RowCells.cell(row, headers, CONTACT_PHONE),
                RowCells.yesOrNo(RowCells.cell(row, headers, PUBLISH), PUBLISH, "import.need.publish", errors),
                externalId == null ? null : externalId.strip());
    }

    /**
     * The form a row stands for, with the category and regions as the codes the importer found for them (those it could
     * not find are left out; their errors are reported already).
     */
    static SupplyForm form(Cells cells, String categoryCode, List<String> regionCodes, boolean publish) {
        return new SupplyForm(categoryCode, cells.title(), cells.description(), regionCodes, cells.capacity(),
                cells.fundingMode(), cells.priceNote(), cells.targetGroups(), cells.contactName(), cells.contactPhone(),
                publish);
    }

    /** The column of the sheet a rule's field error is about (the rules name the API's fields). */
    static String column(String field) {
        if ("categoryCode".equals(field)) {
            return CATEGORY;
        }
        if (field.startsWith("serviceRegionCodes")) {
            return SERVICE_REGIONS;
        }
        return field;
    }

    /**
     * The key of an imported row, unique per partner: from its {@code externalId} when the sheet gives one (编号), else
     * from the row's content as the rules clean it (spaces, the order of regions and target groups do not matter, a
     * region named or coded is the same region). The key stays with the item however it is edited later.
     */
    static String importKey(Long partnerId, String externalId, SupplyContent content) {
        if (externalId != null && !externalId.isBlank()) {
            return RowCells.importKey("SUPPLY", "id", String.valueOf(partnerId), externalId.strip());
        }
        return RowCells.importKey("SUPPLY", "row", String.valueOf(partnerId), content.category().value(),
                content.title(), content.description(),
                content.serviceAreas().stream().map(ServiceArea::getRegionCode).map(c -> c.value()).sorted()
                        .collect(Collectors.joining(",")),
                String.valueOf(content.capacity()), content.fundingMode().name(), nullToEmpty(content.priceNote()),
                content.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                nullToEmpty(content.contactName()),
                content.contactPhone() == null ? "" : content.contactPhone().value());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The template's example row, under {@link SpreadsheetColumns#zhHeaders()}. */
    static List<Object> exampleRow(String categoryName, String regions) {
        return List.of("社区长者食堂运营", categoryName, "为辖区老人提供午餐和送餐上门服务，每天 11 点到 13 点。", regions, 10, "低偿",
                "每餐 8 元", "老年人、困难群众", "李四", "13800138000", "否", "2026-S-001");
    }
}
