package org.partnerhub.application.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows as CSV (UTF-8 with the byte-order mark, so that spreadsheet programs read Chinese correctly) or XLSX (a
 * streaming workbook that keeps only a window of rows in memory). Numbers become numeric cells in XLSX. A text that a
 * spreadsheet program would run as a formula ("=", "+", "-", "@" first) is written with a leading apostrophe in CSV.
 */
public abstract class SpreadsheetWriter implements Closeable {

    public static SpreadsheetWriter of(Spreadsheet.Format format, OutputStream out) {
        return format == Spreadsheet.Format.XLSX ? new Xlsx(out) : new Csv(out);
    }

    /** Writes one row; the first row written is the header. */
    public abstract void row(List<?> values);

    private static final class Csv extends SpreadsheetWriter {

        private final CSVPrinter printer;

        Csv(OutputStream out) {
            try {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\uFEFF');
                printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void row(List<?> values) {
            try {
                for (Object value : values) {
                    printer.print(value instanceof Number ? value.toString() : safe(value));
                }
                printer.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String safe(Object value) {
            String text = value == null ? "" : value.toString();
            if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
                return "'" + text;
            }
            return text;
        }

        @Override
        public void close() throws IOException {
            printer.close(true);
        }
    }

    private static final class Xlsx extends SpreadsheetWriter {

        private final OutputStream out;
        private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        private final SXSSFSheet sheet;
        private final CellStyle headerStyle;
        private int next;

        Xlsx(OutputStream out) {
            this.out = out;
            workbook.setCompressTempFiles(true);
            sheet = workbook.createSheet();
            headerStyle = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            headerStyle.setFont(bold);
        }

        @Override
        public void row(List<?> values) {
            SXSSFRow row = sheet.createRow(next);
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                Cell cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(value.toString());
                }
                if (next == 0) {
                    cell.setCellStyle(headerStyle);
                }
            }
            next++;
        }

        @Override
        public void close() throws IOException {
            try {
                workbook.write(out);
                out.flush();
            } finally {
                workbook.close();
            }
        }
    }
}
