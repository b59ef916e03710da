package org.partnerhub.application.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the first sheet of an XLSX file into a header and rows, with the work a file may cause bounded at every step —
 * an upload is hostile until proven otherwise (a 2 KB sheet with one cell at column {@code ZZZZZZ} must not make a row
 * of 321 million cells, a 20 MB ZIP must not inflate to gigabytes).
 *
 * <ol>
 *   <li>The ZIP is first walked as a stream ({@link #checkPackage}): at most {@value #MAX_ENTRIES} entries, each part at
 *       most {@link #MAX_SHEET_BYTES} (a worksheet or the shared strings) or {@link #MAX_PART_BYTES} (any other part)
 *       when inflated, {@link #MAX_TOTAL_BYTES} in all, and none inflating more than {@value #MAX_RATIO} times. Reading
 *       stops at the first byte over a limit, so a bomb costs at most that much inflation. POI's own guard
 *       ({@link ZipSecureFile}: minimum inflate ratio, maximum entry size) is set to the same figures as a second line.
 *   <li>The package is opened from a temporary file, so POI reads only the parts it needs, lazily.
 *   <li>The shared strings are read by {@link BoundedSharedStrings} (at most {@value #MAX_SHARED_STRINGS} strings and
 *       {@value #MAX_SHARED_CHARS} characters; POI's table trusts the file's {@code uniqueCount} to size a list).
 *   <li>The sheet is parsed by POI's {@link XSSFSheetXMLHandler} ({@link DataFormatter} for numbers and dates,
 *       {@link CellReference} for the column of each cell), behind a filter that refuses a cell of more than
 *       {@value #MAX_CELL_CHARS} characters (Excel's own limit) or a row of more than {@value #MAX_ROW_CHARS}.
 *   <li>Only the header's columns are read: the header may span {@value #MAX_COLUMNS} columns, and a data cell with a
 *       value to the right of the header's last column is refused with its row and column, never padded up to.
 * </ol>
 *
 * <p>Numbers read as the decimal a person typed ("120", "1500.5"), whatever their display format; a date cell reads as an
 * ISO date ("2025-11-27", or date and time when it has a time of day).
 */
final class XlsxReader {

    /** Columns a header may span. */
    static final int MAX_COLUMNS = 100;
    /** Characters in one cell: Excel's own limit. */
    static final int MAX_CELL_CHARS = 32_767;
    /** Characters in one row, all its cells together. */
    static final int MAX_ROW_CHARS = 100_000;
    /** Strings in the shared-strings table. */
    static final int MAX_SHARED_STRINGS = 200_000;
    /** Characters in the shared-strings table, all strings together. */
    static final int MAX_SHARED_CHARS = 20_000_000;
    /** Entries in the ZIP. */
    static final int MAX_ENTRIES = 1_000;
    /** Inflated size of a worksheet or of the shared strings. */
    static final long MAX_SHEET_BYTES = 100L * 1024 * 1024;
    /** Inflated size of any other part (styles, workbook, relations, pictures). */
    static final long MAX_PART_BYTES = 10L * 1024 * 1024;
    /** Inflated size of all entries together. */
    static final long MAX_TOTAL_BYTES = 150L * 1024 * 1024;
    /** How many times an entry may inflate (POI's default minimum inflate ratio is 1/100). */
    static final int MAX_RATIO = 100;
    /** Below this inflated size an entry's ratio is not judged (tiny parts compress very well). */
    private static final long RATIO_GRACE_BYTES = 100 * 1024;

    private static final String FILE = "file";

    static {
        // POI's guard, applied whenever it reads an entry of a package opened from a file
        ZipSecureFile.setMinInflateRatio(1.0 / MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
    }

    private XlsxReader() {
    }

    /** The header (stripped cells in order, blank ones as "") and the rows; {@code headers} is empty without one. */
    record Sheet(List<String> headers, List<List<String>> rows, List<Integer> numbers) {
    }

    /** A row's cells in column order, handed on as it is read. */
    interface RowSink {
        void row(int number, List<String> values);
    }

    /**
     * Reads the first sheet, handing each row (the header row included) to {@code sink} in order.
     *
     * @throws InvalidInputException naming "file" for a package that breaks a limit or is no workbook, or a row error
     *     (the row's number, the cell's column) for a cell beyond the header or too long
     */
    static void read(byte[] content, RowSink sink) {
        checkPackage(content);
        Path temp = null;
        try {
            temp = Files.createTempFile("partnerhub-upload-", ".xlsx");
            Files.write(temp, content);
            try (OPCPackage pkg = OPCPackage.open(temp.toFile(), PackageAccess.READ)) {
                XSSFReader reader = new XSSFReader(pkg);
                Iterator<InputStream> sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    return;
                }
                SharedStrings strings = BoundedSharedStrings.read(reader);
                StylesTable styles = reader.getStylesTable();
                if (styles == null) {
                    styles = new StylesTable();
                }
                Rows rows = new Rows(sink);
                XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, null, strings, rows,
                        new PlainFormatter(), false);
                try (InputStream sheet = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    CellLimits limits = new CellLimits(parser, rows);
                    limits.setContentHandler(handler);
                    limits.parse(new InputSource(sheet));
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (SAXException e) {
            throw unwrap(e);
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            // a ZIP that is no workbook, a damaged package; a bomb POI's guard catches
            throw invalid(null, "spreadsheet.unsupported");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary directory is cleaned by the operating system
                }
            }
        }
    }

    private static InvalidInputException unwrap(SAXException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e.getException();
        if (cause instanceof InvalidInputException invalid) {
            return invalid;
        }
        return invalid(null, "spreadsheet.unsupported");
    }

    /**
     * Walks the ZIP as a stream and refuses it at the first entry that breaks a limit: too many entries, a part that
     * inflates beyond its limit or more than {@value #MAX_RATIO} times, too much in all.
     */
    static void checkPackage(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        // commons-compress, as POI itself: it also reads stored entries followed by a data descriptor
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(content), "UTF-8", false,
                true)) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) { // sizes in the headers may lie: count what inflates
                if (++entries > MAX_ENTRIES) {
                    throw invalid(null, "spreadsheet.bomb", MAX_ENTRIES + " entries");
                }
                long limit = isSheetOrStrings(entry.getName()) ? MAX_SHEET_BYTES : MAX_PART_BYTES;
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > limit || total > MAX_TOTAL_BYTES) {
                        throw invalid(null, "spreadsheet.bomb", mib(Math.min(limit, MAX_TOTAL_BYTES)));
                    }
                    long compressed = Math.max(1, zip.getCompressedCount());
                    if (size > RATIO_GRACE_BYTES && size / compressed > MAX_RATIO) {
                        throw invalid(null, "spreadsheet.bomb", MAX_RATIO + " ×");
                    }
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw invalid(null, "spreadsheet.unsupported");
        }
        if (entries == 0) {
            throw invalid(null, "spreadsheet.unsupported");
        }
    }

    private static String mib(long bytes) {
        return bytes / (1024 * 1024) + " MB";
    }

    private static boolean isSheetOrStrings(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("xl/worksheets/") || n.endsWith("sharedstrings.xml");
    }

    /** Collects a row's cells by column, up to the header's last column (the header itself up to MAX_COLUMNS). */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowSink sink;
        private final List<String> values = new ArrayList<>();
        /** The columns read: MAX_COLUMNS until the header is known, then the header's width. */
        private int width = MAX_COLUMNS;
        private boolean headerSeen;
        private int rowNumber;
        private int rowChars;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            rowChars = 0;
            values.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                if (values.stream().anyMatch(v -> !v.isBlank())) {
                    headerSeen = true;
                    int last = values.size();
                    while (last > 0 && values.get(last - 1).isBlank()) {
                        last--;
                    }
                    width = last;
                }
            }
            sink.row(rowNumber, List.copyOf(values));
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            String value = formattedValue == null || formattedValue.startsWith("ERROR:") ? "" : formattedValue;
            String letters = letters(cellReference);
            int column = column(letters);
            if (column >= width) {
                if (value.isBlank()) {
                    return; // an empty but formatted cell beyond the header is harmless
                }
                String name = letters;
                if (!headerSeen) {
                    throw invalid(rowNumber, "spreadsheet.header.tooWide", name + rowNumber, MAX_COLUMNS);
                }
                throw invalid(rowNumber, "spreadsheet.cell.beyondHeader", name + rowNumber,
                        width == 0 ? "A" : CellReference.convertNumToColString(width - 1));
            }
            if (value.length() > MAX_CELL_CHARS) { // a shared string is counted here, an inline one in CellLimits
                throw invalid(rowNumber, "spreadsheet.cell.tooLong", cellReference, MAX_CELL_CHARS);
            }
            rowChars += value.length();
            if (rowChars > MAX_ROW_CHARS) {
                throw invalid(rowNumber, "spreadsheet.row.tooLong", MAX_ROW_CHARS);
            }
            while (values.size() < column) { // bounded by width, at most MAX_COLUMNS
                values.add("");
            }
            if (values.size() == column) {
                values.add(value);
            } else {
                values.set(column, value);
            }
        }
    }

    /** The column letters of a reference such as "ZZZZZZ2" (at most 8 kept: they are shown in a message). */
    private static String letters(String reference) {
        int end = 0;
        while (end < reference.length() && end < 8 && Character.isLetter(reference.charAt(end))) {
            end++;
        }
        return reference.substring(0, end).toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The 0-based column of letters such as "AB"; saturates at {@link Integer#MAX_VALUE} where {@link CellReference}
     * would overflow (a column "ZZZZZZ" is far beyond any sheet's 16,384 columns).
     */
    static int column(String letters) {
        long col = 0;
        for (int i = 0; i < letters.length(); i++) {
            col = col * 26 + (letters.charAt(i) - 'A' + 1);
            if (col > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return (int) col - 1;
    }

    /**
     * Between the XML parser and POI's handler: counts the characters of each cell and row as they arrive, before POI
     * buffers them.
     */
    private static final class CellLimits extends XMLFilterImpl {

        private final Rows rows;
        private int cellChars;
        private int rowChars;
        private String cellRef;

        CellLimits(XMLReader parent, Rows rows) {
            super(parent);
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("row".equals(localName)) {
                rowChars = 0;
            } else if ("c".equals(localName)) {
                cellChars = 0;
                cellRef = atts.getValue("r");
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cellChars += length;
            rowChars += length;
            if (cellChars > MAX_CELL_CHARS) {
                throw new SAXException(invalid(rows.rowNumber, "spreadsheet.cell.tooLong",
                        cellRef == null ? String.valueOf(rows.rowNumber) : cellRef, MAX_CELL_CHARS));
            }
            if (rowChars > MAX_ROW_CHARS) {
                throw new SAXException(invalid(rows.rowNumber, "spreadsheet.row.tooLong", MAX_ROW_CHARS));
            }
            super.characters(ch, start, length);
        }
    }

    /** Numbers as the decimal typed, dates as ISO dates; never a display format's thousands separators. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime time = DateUtil.getLocalDateTime(value, false, true);
                return time.toLocalTime().equals(LocalTime.MIDNIGHT) ? time.toLocalDate().toString()
                        : time.withNano(0).toString().replace('T', ' ');
            }
            return number(value);
        }

        static String number(double raw) {
            if (Double.isNaN(raw) || Double.isInfinite(raw)) {
                return "";
            }
            BigDecimal value = BigDecimal.valueOf(raw);
            // a float stored as 1500.5000000000002 reads as the number a person typed
            if (value.scale() > 10) {
                value = value.setScale(10, RoundingMode.HALF_UP);
            }
            value = value.stripTrailingZeros();
            return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
        }
    }

    /**
     * The shared-strings table, read by SAX with its size bounded; phonetic runs (furigana) are left out, as POI's
     * read-only table does by default.
     */
    static final class BoundedSharedStrings extends DefaultHandler implements SharedStrings {

        private final List<String> strings = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private long chars;
        private boolean inText;
        private boolean inPhonetic;

        static SharedStrings read(XSSFReader reader) throws IOException, SAXException, ParserConfigurationException {
            BoundedSharedStrings table = new BoundedSharedStrings();
            InputStream data;
            try {
                data = reader.getSharedStringsData();
            } catch (OpenXML4JException | RuntimeException e) {
                return table; // a workbook without shared strings
            }
            if (data == null) {
                return table;
            }
            try (InputStream in = data) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(table);
                parser.parse(new InputSource(in));
            }
            return table;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "si" -> {
                    if (strings.size() >= MAX_SHARED_STRINGS) {
                        throw new SAXException(invalid(null, "spreadsheet.sharedStrings", MAX_SHARED_STRINGS));
                    }
                    current.setLength(0);
                }
                case "t" -> inText = true;
                case "rPh" -> inPhonetic = true;
                default -> {
                    // runs and their properties carry no text of their own
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> strings.add(current.toString());
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                default -> {
                    // nothing to do
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inText && !inPhonetic) {
                chars += length;
                if (chars > MAX_SHARED_CHARS) {
                    throw new SAXException(invalid(null, "spreadsheet.sharedStrings", MAX_SHARED_STRINGS));
                }
                current.append(ch, start, length);
            }
        }

        @Override
        public RichTextString getItemAt(int idx) {
            if (idx < 0 || idx >= strings.size()) {
                throw invalid(null, "spreadsheet.unsupported");
            }
            return new XSSFRichTextString(strings.get(idx));
        }

        @Override
        public int getCount() {
            return strings.size();
        }

        @Override
        public int getUniqueCount() {
            return strings.size();
        }
    }

    static InvalidInputException invalid(Integer row, String key, Object... args) {
        return new InvalidInputException(new FieldError(FILE, row, Message.of(key, args)));
    }
}
