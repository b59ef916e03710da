package org.partnerhub.application.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;

/**
 * A spreadsheet as people upload it — CSV (UTF-8, with or without the byte-order mark spreadsheet programs write) or
 * XLSX (its first sheet) — read into its header and its rows. Each row keeps the number a person sees in a
 * spreadsheet program (the header is row 1; blank rows are skipped but still counted), and its cells by header name.
 *
 * <p>The format is recognised by the content, never by the file name: anything else (an old XLS, a PDF, an image, text
 * in another encoding) is refused with a message that says what to do. An XLSX sheet is read by SAX, one row at a
 * time, so a large sheet never becomes a tree of cell objects; numeric cells arrive as plain decimal text ("120",
 * "1500.5"), whatever their display format, and date cells as ISO dates. Only the header's columns are read, and the
 * work an XLSX file may cause is bounded ({@link XlsxReader}).
 */
public final class Spreadsheet {

    /** The two formats, with their media types. */
    public enum Format {
        CSV("text/csv", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        /** The format a name such as "csv" or "XLSX" gives, or {@code null}. */
        public static Format named(String name) {
            if (name == null) {
                return null;
            }
            for (Format f : values()) {
                if (f.extension.equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            return null;
        }
    }

    /** One data row: its number in the spreadsheet and its cells by header (blank cells are absent or empty). */
    public record Row(int number, Map<String, String> cells) {

        public Row {
            cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        }

        /** The stripped text of the cell under {@code header}, or {@code null} when it is empty or absent. */
        public String get(String header) {
            String value = header == null ? null : cells.get(header);
            if (value == null) {
                return null;
            }
            String stripped = value.strip();
            return stripped.isEmpty() ? null : stripped;
        }
    }

    /** A file larger than this is refused before it is read. */
    public static final int MAX_BYTES = 20 * 1024 * 1024;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final String FILE = "file";

    private final Format format;
    private final List<String> headers;
    private final List<Row> rows;

    private Spreadsheet(Format format, List<String> headers, List<Row> rows) {
        this.format = format;
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
    }

    public Format format() {
        return format;
    }

    /** The header row's cells as written (stripped), in their order; blank header cells are left out. */
    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a CSV or XLSX file of at most {@code maxRows} data rows.
     *
     * @throws InvalidInputException naming the field "file" when the content is no spreadsheet of these formats, is
     *     empty, has no header, or has too many rows
     */
    public static Spreadsheet read(byte[] content, int maxRows) {
        if (content == null || content.length == 0) {
            throw invalid(null, "spreadsheet.empty");
        }
        if (content.length > MAX_BYTES) {
            throw invalid(null, "spreadsheet.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        Format format = recognise(content);
        Spreadsheet sheet = format == Format.XLSX ? readXlsx(content, maxRows) : readCsv(content, maxRows);
        if (sheet.headers.isEmpty()) {
            throw invalid(1, "spreadsheet.noHeader");
        }
        return sheet;
    }

    /**
     * The format of the content: XLSX for an Office Open XML package, CSV for UTF-8 text; anything else is refused.
     */
    static Format recognise(byte[] content) {
        if (startsWith(content, ZIP)) {
            return Format.XLSX;
        }
        if (startsWith(content, OLE2)) {
            throw invalid(null, "spreadsheet.xls");
        }
        int probe = Math.min(content.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (content[i] == 0) {
                throw invalid(null, "spreadsheet.unsupported");
            }
        }
        return Format.CSV;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    // --- CSV ---

    private static Spreadsheet readCsv(byte[] content, int maxRows) {
        String text = decode(content);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        List<String> headers = null;
        List<Row> rows = new ArrayList<>();
        int number = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                number++;
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                if (headers == null) {
                    if (blank(values)) {
                        continue;
                    }
                    headers = header(values, number);
                    continue;
                }
                add(rows, headers, values, number, maxRows);
            }
        } catch (UncheckedIOException | IOException e) {
            // commons-csv reports an unterminated quote as an I/O problem while iterating
            throw invalid(number + 1, "spreadsheet.quote", number + 1);
        }
        return new Spreadsheet(Format.CSV, headers == null ? List.of() : headers, rows);
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw invalid(null, "spreadsheet.encoding");
        }
    }

    // --- XLSX ---

    private static Spreadsheet readXlsx(byte[] content, int maxRows) {
        List<Row> rows = new ArrayList<>();
        List<List<String>> header = new ArrayList<>(1);
        XlsxReader.read(content, (number, values) -> {
            if (header.isEmpty()) {
                if (!blank(values)) {
                    header.add(header(values, number));
                }
            } else {
                add(rows, header.get(0), values, number, maxRows);
            }
        });
        return new Spreadsheet(Format.XLSX, header.isEmpty() ? List.of() : header.get(0), rows);
    }

    // --- both ---

    private static List<String> header(List<String> values, int number) {
        List<String> headers = new ArrayList<>();
        for (String value : values) {
            String name = value == null ? "" : value.strip();
            if (name.startsWith("\uFEFF")) {
                name = name.substring(1).strip();
            }
            if (!name.isEmpty() && headers.contains(name)) {
                throw invalid(number, "spreadsheet.header.duplicate", name);
            }
            headers.add(name);
        }
        return headers;
    }

    private static void add(List<Row> rows, List<String> headers, List<String> values, int number, int maxRows) {
        if (blank(values)) {
            return;
        }
        if (rows.size() >= maxRows) {
            throw invalid(number, "spreadsheet.tooManyRows", maxRows);
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < values.size() && i < headers.size(); i++) {
            if (!headers.get(i).isEmpty()) {
                cells.put(headers.get(i), values.get(i));
            }
        }
        rows.add(new Row(number, cells));
    }

    private static boolean blank(List<String> values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static InvalidInputException invalid(Integer row, String key, Object... args) {
        return new InvalidInputException(new FieldError(FILE, row, Message.of(key, args)));
    }

    /** For a header check of an importer: a column that must be there is missing. */
    public static InvalidInputException missingColumns(List<String> names) {
        return invalid(1, "spreadsheet.header.missing", String.join("、", names));
    }
}
