package org.partnerhub.application.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns an importer reads, each known by a key, a Chinese header and an English header. A file's header cell
 * names a column by either (case, spaces, full-width brackets and a leading "*" do not matter), or by both written
 * as "社区编码/communityCode". Columns the importer does not know are ignored, so people may keep notes beside the data.
 */
public final class SpreadsheetColumns {

    /** One column: {@code key} is how the importer and its errors name it (the English header). */
    public record Column(String key, String zh, boolean required) {

        public String en() {
            return key;
        }
    }

    private final List<Column> columns;

    public SpreadsheetColumns(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    public List<Column> columns() {
        return columns;
    }

    /** The Chinese headers, for a template. */
    public List<String> zhHeaders() {
        return columns.stream().map(Column::zh).toList();
    }

    /**
     * Which header of the file holds each column, by key (columns the file lacks are absent).
     *
     * @throws org.partnerhub.domain.shared.InvalidInputException when a required column is missing
     */
    public Map<String, String> resolve(List<String> headers) {
        Map<String, String> found = new LinkedHashMap<>();
        for (String header : headers) {
            Column column = match(header);
            if (column != null && !found.containsKey(column.key())) {
                found.put(column.key(), header);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : columns) {
            if (column.required() && !found.containsKey(column.key())) {
                missing.add(column.zh() + "/" + column.key());
            }
        }
        if (!missing.isEmpty()) {
            throw Spreadsheet.missingColumns(missing);
        }
        return found;
    }

    private Column match(String header) {
        String whole = normalise(header);
        for (Column column : columns) {
            String zh = normalise(column.zh());
            String en = normalise(column.key());
            if (whole.equals(zh) || whole.equals(en) || whole.equals(zh + "/" + en) || whole.equals(en + "/" + zh)
                    || whole.equals(zh + "(" + en + ")")) {
                return column;
            }
        }
        return null;
    }

    static String normalise(String header) {
        String s = header == null ? "" : header.strip();
        while (s.startsWith("*")) {
            s = s.substring(1);
        }
        s = s.replace('（', '(').replace('）', ')').replace('／', '/');
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000').forEach(out::appendCodePoint);
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
