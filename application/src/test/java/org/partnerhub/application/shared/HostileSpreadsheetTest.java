package org.partnerhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.partnerhub.domain.shared.FieldError;
import org.partnerhub.domain.shared.InvalidInputException;

/**
 * Hostile XLSX files, generated here: each must be refused (or read) quickly, with bounded memory, and with a reason
 * that names the file and, for a cell, its row and column (issue 18, finding 1).
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileSpreadsheetTest {

    /** A small ordinary workbook: header 标题, 预算; one data row; {@code extra} may add to it. */
    private static byte[] workbook(Consumer<Sheet> extra) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("需求");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("标题");
            header.createCell(1).setCellValue("预算");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("助餐");
            row.createCell(1).setCellValue(100);
            extra.accept(sheet);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** The same package with one entry's text rewritten (other entries copied as they are). */
    private static byte[] rewrite(byte[] xlsx, String entryName, UnaryOperator<String> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (entry.getName().equals(entryName)) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The package with one more entry of {@code size} bytes of {@code fill}, written without holding it in memory. */
    private static byte[] withEntry(byte[] xlsx, String entryName, long size, byte fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(entryName));
            write(zip, size, fill);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void write(OutputStream out, long size, byte fill) throws IOException {
        byte[] block = new byte[1024 * 1024];
        java.util.Arrays.fill(block, fill);
        for (long left = size; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    private static FieldError error(InvalidInputException e) {
        return e.errors().get(0);
    }

    @Test
    void aCellAtColumnZZZZZZIsARowErrorNamingTheCellNotAPaddedRow() throws IOException {
        byte[] xlsx = rewrite(workbook(s -> s.getRow(1).createCell(2).setCellValue("x")), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("r=\"C2\"", "r=\"ZZZZZZ2\""));
        assertThat(xlsx.length).isLessThan(8 * 1024);
        Runtime runtime = Runtime.getRuntime();
        runtime.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        long start = System.nanoTime();

        assertThatThrownBy(() -> Spreadsheet.read(xlsx, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(error(e).field()).isEqualTo("file");
                    assertThat(error(e).line()).isEqualTo(2);
                    assertThat(error(e).message().key()).isEqualTo("spreadsheet.cell.beyondHeader");
                    assertThat(error(e).message().render(Locale.ENGLISH)).contains("ZZZZZZ2").contains("column B");
                    assertThat(error(e).message().render(Locale.SIMPLIFIED_CHINESE)).contains("ZZZZZZ2");
                });

        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(2));
        assertThat(runtime.totalMemory() - runtime.freeMemory() - before).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void aHeaderCellBeyondTheColumnLimitIsRefused() throws IOException {
        byte[] xlsx = rewrite(workbook(s -> s.getRow(0).createCell(2).setCellValue("备注")),
                "xl/worksheets/sheet1.xml", xml -> xml.replace("r=\"C1\"", "r=\"ZZZZZZ1\""));
        assertThatThrownBy(() -> Spreadsheet.read(xlsx, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(error(e).line()).isEqualTo(1);
                    assertThat(error(e).message().key()).isEqualTo("spreadsheet.header.tooWide");
                });
    }

    @Test
    void anEmptyFormattedCellBeyondTheHeaderIsHarmlessAndOnlyTheHeadersColumnsAreRead() throws IOException {
        byte[] xlsx = rewrite(workbook(s -> s.getRow(1).createCell(2).setCellValue("x")), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll("<c r=\"C2\"[^>]*>.*?</c>", "<c r=\"XFD2\" s=\"0\"/>"));
        Spreadsheet sheet = Spreadsheet.read(xlsx, 100);
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).cells()).containsOnlyKeys("标题", "预算");
    }

    @Test
    void aSheetThatInflatesBeyondItsLimitIsRefusedAsABomb() throws IOException {
        byte[] ordinary = workbook(s -> { });
        // a worksheet of 101 MB of blanks: about 100 KB zipped
        byte[] bomb = withEntry(ordinary, "xl/worksheets/sheet2.xml", XlsxReader.MAX_SHEET_BYTES + 1, (byte) ' ');
        assertThat(bomb.length).isLessThan(Spreadsheet.MAX_BYTES);
        long start = System.nanoTime();

        assertThatThrownBy(() -> Spreadsheet.read(bomb, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(error(e).field()).isEqualTo("file");
                    assertThat(error(e).message().key()).isEqualTo("spreadsheet.bomb");
                    assertThat(error(e).message().render(Locale.ENGLISH)).contains("decompression bomb");
                });
        assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void anyOtherPartThatInflatesTooMuchOrTooManyTimesIsRefused() throws IOException {
        byte[] ordinary = workbook(s -> { });
        byte[] bigStyles = withEntry(ordinary, "xl/media/image9.xml", XlsxReader.MAX_PART_BYTES + 1, (byte) 0);
        byte[] ratio = withEntry(ordinary, "xl/worksheets/sheet3.xml", 5L * 1024 * 1024, (byte) 'a');
        assertThatThrownBy(() -> Spreadsheet.read(bigStyles, 100)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(error(e).message().key()).isEqualTo("spreadsheet.bomb"));
        assertThatThrownBy(() -> Spreadsheet.read(ratio, 100)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(error(e).message().key()).isEqualTo("spreadsheet.bomb"));
    }

    @Test
    void aHugeSharedStringsTableIsRefusedBeforeItFillsTheMemory() throws IOException {
        byte[] ordinary = workbook(s -> { });
        StringBuilder sst = new StringBuilder(
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2000000000\""
                        + " uniqueCount=\"2000000000\">");
        java.util.Random random = new java.util.Random(18);
        for (int i = 0; i <= XlsxReader.MAX_SHARED_STRINGS; i++) {
            sst.append("<si><t>").append(Long.toString(random.nextLong(), 36)).append("</t></si>");
        }
        sst.append("</sst>");
        byte[] xlsx = rewrite(ordinary, "xl/sharedStrings.xml", xml -> sst.toString());
        assertThat(xlsx.length).isLessThan(Spreadsheet.MAX_BYTES);

        assertThatThrownBy(() -> Spreadsheet.read(xlsx, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(error(e).field()).isEqualTo("file");
                    assertThat(error(e).message().key()).isEqualTo("spreadsheet.sharedStrings");
                });
    }

    @Test
    void aSharedStringsCountThatLiesCostsNothing() throws IOException {
        byte[] xlsx = rewrite(workbook(s -> { }), "xl/sharedStrings.xml",
                xml -> xml.replaceFirst("uniqueCount=\"\\d+\"", "uniqueCount=\"2147483647\"")
                        .replaceFirst(" count=\"\\d+\"", " count=\"2147483647\""));
        Spreadsheet sheet = Spreadsheet.read(xlsx, 100);
        assertThat(sheet.rows().get(0).get("标题")).isEqualTo("助餐");
    }

    @Test
    void aCellLongerThanExcelAllowsIsARowError() throws IOException {
        String huge = "长".repeat(XlsxReader.MAX_CELL_CHARS + 1);
        byte[] inline = rewrite(workbook(s -> { }), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceAll("<c r=\"A2\"[^>]*>.*?</c>",
                        "<c r=\"A2\" t=\"inlineStr\"><is><t>" + huge + "</t></is></c>"));
        byte[] shared = rewrite(workbook(s -> { }), "xl/sharedStrings.xml", xml -> xml.replace("助餐", huge));
        for (byte[] xlsx : new byte[][] {inline, shared}) {
            assertThatThrownBy(() -> Spreadsheet.read(xlsx, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> {
                        assertThat(error(e).line()).isEqualTo(2);
                        assertThat(error(e).message().key()).isEqualTo("spreadsheet.cell.tooLong");
                        assertThat(error(e).message().render(Locale.ENGLISH)).contains("A2");
                    });
        }
    }

    @Test
    void datesReadAsIsoDatesAndFormattedNumbersAsTheNumberTyped() throws IOException {
        byte[] xlsx = workbook(s -> {
            XSSFWorkbook wb = (XSSFWorkbook) s.getWorkbook();
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("#,##0.00"));
            s.getRow(0).createCell(2).setCellValue("日期");
            Row row = s.getRow(1);
            row.createCell(2).setCellValue(LocalDate.of(2025, 11, 27));
            row.getCell(2).setCellStyle(date);
            row.getCell(1).setCellValue(1234567.5);
            row.getCell(1).setCellStyle(money);
        });
        Spreadsheet.Row row = Spreadsheet.read(xlsx, 100).rows().get(0);
        assertThat(row.get("日期")).isEqualTo("2025-11-27");
        assertThat(row.get("预算")).isEqualTo("1234567.5");
    }

    @Test
    void theUnclosedQuoteMessageNamesItsRow() {
        byte[] csv = "a,b\n1,2\n\"x,y\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Spreadsheet.read(csv, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> {
                    assertThat(error(e).message().render(Locale.ENGLISH)).doesNotContain("{0}").contains("row 3");
                    assertThat(error(e).message().render(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{0}")
                            .contains("第 3 行");
                });
    }
}
