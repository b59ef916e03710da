package org.partnerhub.application.region;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;

/**
 * Reads a region file ({@code level,code,name_zh,name_en,parent_code,note}, UTF-8, optionally with the byte-order
 * mark spreadsheet programs write) into rows that remember the line they started on, so that every error can name
 * the line a person sees in an editor.
 */
public final class RegionCsvReader {

    public static final List<String> HEADER = List.of("level", "code", "name_zh", "name_en", "parent_code", "note");

    /** One data row; {@code line} is 1-based and counts the header line. */
    public record Row(int line, String level, String code, String nameZh, String nameEn, String parent, String note) {}

    private RegionCsvReader() {}

    public static List<Row> read(byte[] content, int maxRows) {
        String text = decode(content);
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int line = lineOf(lineStarts, firstCharacter(text, record.getCharacterPosition()));
                if (header) {
                    checkHeader(record, line);
                    header = false;
                    continue;
                }
                if (rows.size() >= maxRows) {
                    throw new InvalidInputException(FieldError.atLine(line, "file",
                            Message.of("region.import.tooLarge", maxRows)));
                }
                if (record.size() != HEADER.size()) {
                    throw new InvalidInputException(FieldError.atLine(line, "file",
                            Message.of("region.import.columns", record.size(), HEADER.size())));
                }
                rows.add(new Row(line, record.get(0), record.get(1), record.get(2), record.get(3), record.get(4),
                        record.get(5)));
            }
            if (header || rows.isEmpty()) {
                throw new InvalidInputException(FieldError.atLine(header ? 1 : 2, "file", Message.of("region.import.empty")));
            }
        } catch (UncheckedIOException | IOException e) {
            // commons-csv reports an unterminated quote as an I/O problem while iterating
            throw new InvalidInputException(FieldError.atLine(lastLine(lineStarts), "file", Message.of("region.import.quote")));
        }
        return rows;
    }

    private static void checkHeader(CSVRecord record, int line) {
        List<String> actual = new ArrayList<>();
        record.forEach(value -> actual.add(value.strip().toLowerCase(Locale.ROOT)));
        if (!actual.equals(HEADER)) {
            throw new InvalidInputException(FieldError.atLine(line, "file",
                    Message.of("region.import.header", String.join(",", HEADER))));
        }
    }

    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FieldError.atLine(1, "file", Message.of("region.import.encoding")));
        }
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /** A record's position includes the blank lines skipped before it; the record starts after them. */
    private static long firstCharacter(String text, long position) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\r' || text.charAt(at) == '\n')) {
            at++;
        }
        return at;
    }

    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    private static int lastLine(int[] lineStarts) {
        return lineStarts.length;
    }
}
