package org.partnerhub.application.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.domain.shared.Messages;
import org.partnerhub.domain.shared.Page;
import org.partnerhub.domain.shared.PageRequest;

/**
 * Writing a list as a spreadsheet the way every export does: a header row, then the list page by page as it is read
 * (each page of {@link PageRequest#MAX_SIZE} in its own read, outside one long transaction), stopping at a limit;
 * labels and times in the reader's language and the district's zone. What was written is told to {@code done} even
 * when the writing broke off, so the audit line always states it.
 */
public final class SpreadsheetExport {

    /** Rows per page read. */
    public static final int PAGE = PageRequest.MAX_SIZE;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DistrictTime.ZONE);

    /** How many rows were written, and whether the limit stopped the export. */
    public record Written(int rows, boolean truncated) {

        /** For the audit line: "csv 12 rows" (and that it stopped at the limit). */
        public String describe(Spreadsheet.Format format) {
            return format.extension() + " " + rows + " rows" + (truncated ? " (stopped at the limit)" : "");
        }
    }

    private SpreadsheetExport() {}

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The enum labels of the language. */
    public static ResourceBundle labels(boolean english) {
        return Messages.bundle(english ? Locale.ENGLISH : Locale.ROOT);
    }

    public static String label(ResourceBundle labels, Enum<?> constant) {
        if (constant == null) {
            return "";
        }
        String key = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return labels.containsKey(key) ? labels.getString(key) : constant.name();
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /**
     * Writes {@code headers}, then the rows of every page {@code pages} answers until a short page, at most
     * {@code maxRows}; tells {@code done} what was written (also when an error broke the writing off).
     */
    public static <T> Written write(Spreadsheet.Format format, OutputStream out, List<String> headers, int maxRows,
            IntFunction<Page<T>> pages, Function<T, List<Object>> row, Consumer<Written> done) throws IOException {
        int rows = 0;
        boolean truncated = false;
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, out)) {
            writer.row(headers);
            for (int page = 0; ; page++) {
                Page<T> found = pages.apply(page);
                for (T item : found.items()) {
                    if (rows >= maxRows) {
                        truncated = true;
                        break;
                    }
                    writer.row(row.apply(item));
                    rows++;
                }
                if (truncated || found.items().size() < PAGE) {
                    break;
                }
            }
        } finally {
            done.accept(new Written(rows, truncated));
        }
        return new Written(rows, truncated);
    }

    /** The set parameters of a filter as "name=value&…" ("none" when none is set), for the audit line. */
    public static String describe(List<String> names, Object... values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                parts.add(names.get(i) + "=" + values[i]);
            }
        }
        return parts.isEmpty() ? "none" : String.join("&", parts);
    }
}
