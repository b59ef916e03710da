package org.partnerhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.shared.SpreadsheetColumns.Column;
import org.partnerhub.domain.shared.InvalidInputException;

class SpreadsheetTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String key(InvalidInputException e) {
        return e.errors().get(0).message().key();
    }

    @Test
    void csvWithByteOrderMarkReadsTheFirstHeaderWithoutIt() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("社区编码,标题\n510108,助餐\n");
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);

        Spreadsheet sheet = Spreadsheet.read(content, 100);

        assertThat(sheet.format()).isEqualTo(Spreadsheet.Format.CSV);
        assertThat(sheet.headers()).containsExactly("社区编码", "标题");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).get("社区编码")).isEqualTo("510108");
        assertThat(sheet.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void csvQuotedCommasAndNewlinesStayInTheirCellAndRowsKeepTheirSpreadsheetNumbers() {
        Spreadsheet sheet = Spreadsheet.read(utf8("a,b\n\"x, y\",\"line 1\nline 2\"\n\n,\n  ,\nlast,row\n"), 100);

        assertThat(sheet.rows()).extracting(Spreadsheet.Row::number).containsExactly(2, 6);
        assertThat(sheet.rows().get(0).get("a")).isEqualTo("x, y");
        assertThat(sheet.rows().get(0).get("b")).isEqualTo("line 1\nline 2");
        assertThat(sheet.rows().get(1).cells()).isEqualTo(Map.of("a", "last", "b", "row"));
    }

    @Test
    void blankCellsReadAsNull() {
        Spreadsheet sheet = Spreadsheet.read(utf8("a,b,c\n1,  ,\n"), 100);
        assertThat(sheet.rows().get(0).get("b")).isNull();
        assertThat(sheet.rows().get(0).get("c")).isNull();
        assertThat(sheet.rows().get(0).get("missing")).isNull();
    }

    @Test
    void anUnclosedQuoteIsAFileError() {
        InvalidInputException e = (InvalidInputException) catchThrowable(() -> Spreadsheet.read(utf8("a,b\n\"x,y\n"), 100));
        assertThat(key(e)).isEqualTo("spreadsheet.quote");
        assertThat(e.errors().get(0).field()).isEqualTo("file");
    }

    @Test
    void textInAnotherEncodingIsRefusedWithAClearReason() {
        byte[] gbk = "社区编码,标题\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThatThrownBy(() -> Spreadsheet.read(gbk, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(key(e)).isEqualTo("spreadsheet.encoding"));
    }

    @Test
    void otherContentIsRecognisedAndRefusedWhateverItsName() {
        byte[] pdf = utf8("%PDF-1.7\n\u0000\u0001binary");
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6};
        assertThatThrownBy(() -> Spreadsheet.read(pdf, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(key(e)).isEqualTo("spreadsheet.unsupported"));
        assertThatThrownBy(() -> Spreadsheet.read(xls, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(key(e)).isEqualTo("spreadsheet.xls"));
        assertThatThrownBy(() -> Spreadsheet.read(zip, 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(key(e)).isEqualTo("spreadsheet.unsupported"));
        assertThatThrownBy(() -> Spreadsheet.read(new byte[0], 100)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(key(e)).isEqualTo("spreadsheet.empty"));
    }

    @Test
    void tooManyRowsAndADuplicateHeaderAreFileErrors() {
        assertThatThrownBy(() -> Spreadsheet.read(utf8("a\n1\n2\n3\n"), 2)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(key(e)).isEqualTo("spreadsheet.tooManyRows");
                    assertThat(e.errors().get(0).line()).isEqualTo(4);
                });
        assertThatThrownBy(() -> Spreadsheet.read(utf8("a,b,a\n1,2,3\n"), 10)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(key(e)).isEqualTo("spreadsheet.header.duplicate"));
    }

    @Test
    void xlsxCellsOfEveryTypeReadAsTextAndNumbersAsTheNumberTyped() throws IOException {
        byte[] content;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("需求");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("标题");
            header.createCell(1).setCellValue("受益人数");
            header.createCell(2).setCellValue("预算（元）");
            header.createCell(3).setCellValue("发布");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("助餐, 午餐");
            first.createCell(1).setCellValue(120);
            first.createCell(2).setCellValue(1500.5);
            first.createCell(3).setCellValue(true);
            sheet.createRow(2); // an empty row: skipped, but counted
            Row third = sheet.createRow(4);
            third.createCell(0).setCellValue("第二条");
            third.createCell(2).setCellValue(0.1 + 0.2);
            workbook.write(out);
            content = out.toByteArray();
        }

        Spreadsheet sheet = Spreadsheet.read(content, 100);

        assertThat(sheet.format()).isEqualTo(Spreadsheet.Format.XLSX);
        assertThat(sheet.headers()).containsExactly("标题", "受益人数", "预算（元）", "发布");
        assertThat(sheet.rows()).extracting(Spreadsheet.Row::number).containsExactly(2, 5);
        Spreadsheet.Row row = sheet.rows().get(0);
        assertThat(row.get("标题")).isEqualTo("助餐, 午餐");
        assertThat(row.get("受益人数")).isEqualTo("120");
        assertThat(row.get("预算（元）")).isEqualTo("1500.5");
        assertThat(row.get("发布")).isEqualTo("TRUE");
        assertThat(sheet.rows().get(1).get("预算（元）")).isEqualTo("0.3");
        assertThat(sheet.rows().get(1).get("受益人数")).isNull();
    }

    @Test
    void whatTheWriterWritesTheReaderReadsInBothFormats() throws IOException {
        for (Spreadsheet.Format format : Spreadsheet.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, out)) {
                writer.row(List.of("标题", "金额"));
                writer.row(List.of("=1+1, \"引号\"", new java.math.BigDecimal("5000.50")));
            }
            Spreadsheet sheet = Spreadsheet.read(out.toByteArray(), 10);
            assertThat(sheet.format()).isEqualTo(format);
            assertThat(sheet.rows().get(0).get("金额")).isEqualTo(format == Spreadsheet.Format.CSV ? "5000.50" : "5000.5");
            // a formula-like text never becomes a formula in a CSV opened by a spreadsheet program
            assertThat(sheet.rows().get(0).get("标题"))
                    .isEqualTo(format == Spreadsheet.Format.CSV ? "'=1+1, \"引号\"" : "=1+1, \"引号\"");
        }
    }

    @Test
    void columnsAreFoundByChineseOrEnglishHeaderAndAMissingRequiredOneRefusesTheFile() {
        SpreadsheetColumns columns = new SpreadsheetColumns(List.of(new Column("communityCode", "社区编码", true),
                new Column("budgetYuan", "预算（元）", false), new Column("title", "标题", true)));

        assertThat(columns.resolve(List.of(" CommunityCode ", "预算(元)", "*标题", "备注")))
                .containsEntry("communityCode", " CommunityCode ").containsEntry("budgetYuan", "预算(元)")
                .containsEntry("title", "*标题").hasSize(3);
        assertThat(columns.resolve(List.of("社区编码/communityCode", "title"))).containsKeys("communityCode", "title");
        assertThatThrownBy(() -> columns.resolve(List.of("社区编码", "预算（元）"))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> {
                    assertThat(key(e)).isEqualTo("spreadsheet.header.missing");
                    assertThat(e.errors().get(0).line()).isEqualTo(1);
                    assertThat(e.errors().get(0).message().args()).containsExactly("标题/title");
                });
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
