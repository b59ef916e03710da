package org.partnerhub.application.imports;

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
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.TargetGroup;

/**
 * Reading the cells every importer reads the same way: whole numbers, yes/no, an enum constant by its name or its
 * label in either language, lists of target groups, and the import key that recognises a row imported before. Each
 * reader reports a cell it cannot read as a field error named after the column and returns {@code null} (or the
 * default) for it; the records' own rules check the rest.
 */
public final class RowCells {

    /** What separates the parts of a list cell: 、 , ， ; ； (and, where a list may hold names with commas, only 、 ; ；). */
    public static final String LIST_SEPARATORS = "[、,，;；]";

    private static final List<ResourceBundle> LABELS = List.of(Messages.bundle(Locale.ROOT), Messages.bundle(Locale.ENGLISH));

    private RowCells() {}

    /** The cell of column {@code key}; {@code headers} maps column keys to the file's headers. */
    public static String cell(Spreadsheet.Row row, Map<String, String> headers, String key) {
        return row.get(headers.get(key));
    }

    /** A whole number ("120", "1,200", "120.0"); anything else is an error {@code import.number}. */
    public static Integer integer(String text, String field, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.replace(",", "").replace("，", "").strip());
            if (value.stripTrailingZeros().scale() > 0) {
                return notANumber(errors, field, text);
            }
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return notANumber(errors, field, text);
        }
    }

    private static Integer notANumber(List<FieldError> errors, String field, String text) {
        errors.add(FieldError.of(field, "import.number", text));
        return null;
    }

    /** 是/否, yes/no, y/n, true/false, 1/0; empty is no; anything else is an error {@code key}. */
    public static boolean yes(String text, String field, String key, List<FieldError> errors) {
        Boolean answer = yesOrNo(text, field, key, errors);
        return answer != null && answer;
    }

    /** Like {@link #yes}, but {@code null} for an empty cell (the row leaves it to a default). */
    public static Boolean yesOrNo(String text, String field, String key, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "是", "y", "yes", "true", "1" -> {
                return true;
            }
            case "否", "n", "no", "false", "0" -> {
                return false;
            }
            default -> {
                errors.add(FieldError.of(field, key, text));
                return null;
            }
        }
    }

    /**
     * An enum constant by its name (any case), its label in Chinese or English, or one of the {@code aliases} (other
     * words people use, by lower-case word); anything else is an error {@code key}.
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String text, String field, String key,
            Map<String, E> aliases, List<FieldError> errors) {
        if (text == null) {
            return null;
        }
        E found = find(type, text);
        if (found == null) {
            found = aliases.get(text.strip().toLowerCase(Locale.ROOT));
        }
        if (found == null) {
            errors.add(FieldError.of(field, key, text));
        }
        return found;
    }

    /** Like {@link #constant(Class, String, String, String, Map, List)} without aliases. */
    public static <E extends Enum<E>> E constant(Class<E> type, String text, String field, String key,
            List<FieldError> errors) {
        return constant(type, text, field, key, Map.of(), errors);
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
            String label = "enum." + type.getSimpleName() + "." + constant.name();
            for (ResourceBundle bundle : LABELS) {
                if (bundle.containsKey(label) && bundle.getString(label).equalsIgnoreCase(wanted)) {
                    return constant;
                }
            }
        }
        return null;
    }

    /** Target groups separated by {@link #LIST_SEPARATORS}, by name or label; each unknown one an error {@code key}. */
    public static Set<TargetGroup> targetGroups(String text, String field, String key, List<FieldError> errors) {
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        if (text == null) {
            return groups;
        }
        for (String part : text.split(LIST_SEPARATORS)) {
            if (part.isBlank()) {
                continue;
            }
            TargetGroup group = find(TargetGroup.class, part);
            if (group == null) {
                errors.add(FieldError.of(field, key, part.strip()));
            } else {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The parts of a list cell, stripped, empty ones left out. */
    public static List<String> parts(String text, String separators) {
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(separators)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * An import key: the SHA-256 (hex, 64 characters) of the parts, which the importer chooses so that a row means the
     * same record exactly when its parts are equal (its scope, then its number or its content as the rules clean it).
     */
    public static String importKey(String... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
