package org.partnerhub.application.need;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetColumns;
import org.partnerhub.application.shared.SpreadsheetColumns.Column;
import org.partnerhub.domain.need.NeedContent;
import org.partnerhub.domain.need.Urgency;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.FundingMode;
import org.partnerhub.domain.shared.Messages;
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

    private static final List<ResourceBundle> LABELS = List.of(Messages.bundle(Locale.ROOT), Messages.bundle(Locale.ENGLISH));

    private NeedRows() {}

    /** Reads the row's cells; {@code headers} maps column keys to the file's headers (see {@link SpreadsheetColumns}). */
    static Cells read(Spreadsheet.Row row, Map<String, String> headers, List<FieldError> errors) {
        String beneficiaries = cell(row, headers, BENEFICIARIES);
        String budget = cell(row, headers, BUDGET);
        String externalId = cell(row, headers, EXTERNAL_ID);
        if (externalId != null && externalId.length() > EXTERNAL_ID_MAX) {
            errors.add(FieldError.of(EXTERNAL_ID, "text.tooLong", EXTERNAL_ID_MAX));
        }
        return new Cells(cell(row, headers, COMMUNITY), cell(row, headers, CATEGORY), cell(row, headers, TITLE),
                cell(row, headers, DESCRIPTION), integer(beneficiaries, BENEFICIARIES, errors),
                targetGroups(cell(row, headers, TARGET_GROUPS), errors),
                constant(Urgency.class, cell(row, headers, URGENCY), URGENCY, "import.need.urgency", errors),
                constant(FundingMode.class, cell(row, headers, FUNDING_MODE), FUNDING_MODE, "import.need.fundingMode", errors),
                fen(budget, errors), yes(cell(row, headers, PUBLISH), errors), externalId);
    }

    private static String cell(Spreadsheet.Row row, Map<String, String> headers, String key) {
        return row.get(headers.get(key));
    }

    static Integer integer(String text, String field, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").replace("，", ""));
            if (value.stripTrailingZeros().scale() > 0) {
                return fail(errors, field, text);
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return fail(errors, field, text);
        }
    }

    private static Integer fail(List<FieldError> errors, String field, String text) {
        errors.add(FieldError.of(field, "import.number", text));
        return null;
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

    static boolean yes(String text, List<FieldError> errors) {
        if (text == null) {
            return false;
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> {
                return true;
            }
            case "否", "n", "no", "false", "0" -> {
                return false;
            }
            default -> {
                errors.add(FieldError.of(PUBLISH, "import.need.publish", text));
                return false;
            }
        }
    }

    /** An enum constant by its name (any case) or its label in Chinese or English. */
    static <E extends Enum<E>> E constant(Class<E> type, String text, String field, String key, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        E found = find(type, text);
        if (found == null) {
            errors.add(FieldError.of(field, key, text));
        }
        return found;
    }

    private static <E extends Enum<E>> E find(Class<E> type, String text) {
        String wanted = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        // labels only after every name: "urgent" is the English label of HIGH, "URGENT" the name of another
        for (E constant : type.getEnumConstants()) {
            String key = "enum." + type.getSimpleName() + "." + constant.name();
            for (ResourceBundle bundle : LABELS) {
                if (bundle.containsKey(key) && bundle.getString(key).equalsIgnoreCase(wanted)) {
                    return constant;
                }
            }
        }
        return null;
    }

    /** Target groups separated by "、", "," or "，" (or ";"), by name or label. */
    static Set<TargetGroup> targetGroups(String text, List<FieldError> errors) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (text == null) {
            return groups;
        }
        for (String part : text.split("[、,，;；]")) {
            if (part.isBlank()) {
                continue;
            }
            TargetGroup group = find(TargetGroup.class, part);
            if (group == null) {
                errors.add(FieldError.of(TARGET_GROUPS, "import.need.targetGroup", part.strip()));
            } else {
                groups.add(group);
            }
        }
        return groups;
    }

    /**
     * The key of an imported row, unique per community: from its {@code externalId} when the sheet gives one (编号),
     * else from the row's content as the rules clean it (so spaces and the order of target groups do not matter).
     * The key stays with the need however it is edited later, so re-uploading an old sheet finds it.
     */
    static String importKey(RegionCode community, String externalId, NeedContent content) {
        String source;
        if (externalId != null && !externalId.isBlank()) {
            source = "NEED\u0000id\u0000" + community.value() + "\u0000" + externalId.strip();
        } else {
            source = String.join("\u0000", "NEED", "row", community.value(), content.category().value(),
                    content.title(), content.description(), String.valueOf(content.beneficiaries()),
                    content.targetGroups().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                    content.urgency().name(), content.fundingMode().name(), String.valueOf(content.budgetFen()));
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The template's example row, under {@link SpreadsheetColumns#zhHeaders()}. */
    static List<Object> exampleRow(String communityCode, String categoryCode) {
        return List.of(communityCode, categoryCode, "老年人助餐点", "小区独居老人多，中午没有热饭吃，希望有固定的用餐点。", 120,
                "老年人、困难群众", "紧急", "公益", "5000.00", "否", "2026-001");
    }
}
