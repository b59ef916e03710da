package org.partnerhub.it.need;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetWriter;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.ImportJobsClient;
import org.partnerhub.it.support.TestEnvironment;
import org.partnerhub.it.support.WebSession;

/**
 * Importing needs from spreadsheets and exporting them, over HTTP against the packaged server: a file of good and bad
 * rows imports the good and reports each bad one by row and reason, a second upload adds nothing (also after an
 * imported need was edited), XLSX works like CSV, rows outside the uploader's region are refused rows, another
 * community's staff cannot read the job, and an export holds what the list selects and is audited.
 */
class NeedImportApiIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final String QINGLONG = RegionCode.generated(DISTRICT, "青龙街道").value();
    private static final String BAOHE = RegionCode.generated(DISTRICT, "保和街道").value();
    private static final String XLSX = Spreadsheet.Format.XLSX.mediaType();
    private static final String HEADER = "社区编码,类别编码,标题,描述,受益人数,人群,紧急程度,资金方式,预算（元）,发布,编号\n";

    private static Http http;
    private static ImportJobsClient jobs;
    private static Accounts accounts;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        jobs = new ImportJobsClient(http);
        accounts = new Accounts(http);
        admin = accounts.admin();
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private static String newCommunity(String streetName, String streetCode, String prefix) {
        String name = prefix + suffix() + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",," + streetName + ",\n",
                admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return RegionCode.generated(RegionCode.of(streetCode), name).value();
    }

    private static int year() {
        return DistrictTime.year(Instant.now());
    }

    private static void fund(String community, long fen) {
        Http.Answer set = http.send("PUT", "/api/v1/community-funds/" + community + "/" + year(), "application/json",
                "{\"amountFen\":" + fen + "}", admin.bearer());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private static Http.Answer upload(Account account, String contentType, byte[] file, String name) {
        return http.sendBytes("POST", "/api/v1/needs/imports?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                contentType, file, account.bearer());
    }

    /** Uploads and follows the job until it has ended; returns the ended job. */
    private static JsonObject importAndWait(Account account, String contentType, byte[] file, String name)
            throws InterruptedException {
        return jobs.accepted(upload(account, contentType, file, name), account, "/api/v1/needs/imports");
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<JsonObject> needs(String query, Account account) {
        Http.Answer list = http.get("/api/v1/needs?size=100&" + query, account.bearer());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    @Test
    void goodRowsAreImportedBadOnesReportedByRowAndReasonAndASecondUploadAddsNothing() throws Exception {
        String community = newCommunity("青龙街道", QINGLONG, "导");
        String elsewhere = newCommunity("保和街道", BAOHE, "外");
        fund(community, 1_000_000);
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        String file = HEADER
                + community + ",elderly-meals,助餐点,独居老人中午没有热饭吃,120,老年人、困难群众,紧急,公益,5000,是,\n"     // 2 good, published
                + community + ",elderly-meals,\"助浴, 上门\",\"行动不便的老人\n需要助浴\",30,老年人,HIGH,LOW_FEE,,否,\n" // 3 good
                + "\n"                                                                                               // 4 empty
                + community + ",no-such-category,标题,描述,10,,一般,公益,0,否,\n"                                       // 5 bad category
                + elsewhere + ",elderly-meals,别的社区,描述,10,,一般,公益,0,否,\n"                                       // 6 outside
                + community + ",elderly-meals,紧急程度不对,描述,10,,马上,公益,0,否,\n"                                   // 7 bad urgency
                + community + ",elderly-meals,,没有标题,10,,一般,公益,0,否,\n"                                          // 8 no title
                + community + ",elderly-meals,金额不对,描述,10,,一般,公益,12.345,否,\n"                                  // 9 bad yuan
                + community + ",elderly-meals,没人受益,描述,0,,一般,公益,0,否,\n"                                        // 10 zero
                + community + ",elderly-meals,超出资金,描述,10,,一般,公益,20000,否,\n"                                    // 11 fund
                + community + ",elderly-meals,有编号的需求,描述,10,,一般,公益,0,否,A-1\n";                              // 12 good

        JsonObject first = importAndWait(staff, "text/csv", csv(file), "需求.csv");

        assertThat(first.getString("status")).isEqualTo("DONE");
        assertThat(first.getString("fileName")).isEqualTo("需求.csv");
        assertThat(first.getInt("total")).isEqualTo(10);
        assertThat(first.getInt("processed")).isEqualTo(10);
        assertThat(first.getInt("imported")).isEqualTo(3);
        assertThat(first.getInt("duplicates")).isZero();
        assertThat(first.getInt("invalid")).isEqualTo(7);
        assertThat(first.getInt("percent")).isEqualTo(100);
        assertThat(ImportJobsClient.columnsByRow(first)).containsExactly(
                Map.entry(5, List.of("categoryCode")), Map.entry(6, List.of("communityCode")),
                Map.entry(7, List.of("urgency")), Map.entry(8, List.of("title")), Map.entry(9, List.of("budgetYuan")),
                Map.entry(10, List.of("beneficiaries")), Map.entry(11, List.of("budgetYuan")));
        assertThat(first.getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
        String outside = first.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getInt("row") == 6).findFirst().orElseThrow().getString("message");
        assertThat(outside).contains("不在您管理的区域内");

        List<JsonObject> imported = needs("channel=IMPORT&region=" + community, staff);
        assertThat(imported).extracting(n -> n.getString("title")).containsExactlyInAnyOrder("助餐点", "助浴, 上门", "有编号的需求");
        JsonObject meals = imported.stream().filter(n -> n.getString("title").equals("助餐点")).findFirst().orElseThrow();
        assertThat(meals.getString("status")).isEqualTo("PUBLISHED");
        assertThat(meals.getJsonNumber("budgetFen").longValue()).isEqualTo(500_000);
        assertThat(meals.getString("recordedBy")).isEqualTo(staff.username());
        JsonObject bath = imported.stream().filter(n -> n.getString("title").equals("助浴, 上门")).findFirst().orElseThrow();
        assertThat(bath.getString("description")).isEqualTo("行动不便的老人\n需要助浴");
        assertThat(bath.getString("status")).isEqualTo("DRAFT");
        Http.Answer history = http.get("/api/v1/needs/" + meals.getJsonNumber("id") + "/history", staff.bearer());
        assertThat(history.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("action")).containsExactly("PUBLISH", "CREATED");

        // the same file again: nothing new, the same rows refused
        JsonObject second = importAndWait(staff, "text/csv", csv(file), "需求.csv");
        assertThat(second.getInt("imported")).isZero();
        assertThat(second.getInt("duplicates")).isEqualTo(3);
        assertThat(second.getInt("invalid")).isEqualTo(7);
        assertThat(needs("channel=IMPORT&region=" + community, staff)).hasSize(3);

        // an imported need edited since, and the old sheet uploaded once more: still no copy
        long bathId = bath.getJsonNumber("id").longValue();
        Http.Answer read = http.get("/api/v1/needs/" + bathId, staff.bearer());
        Http.Answer put = http.send("PUT", "/api/v1/needs/" + bathId, "application/json",
                "{\"categoryCode\":\"elderly-meals\",\"title\":\"助浴（改过）\",\"description\":\"改过的描述\","
                        + "\"beneficiaries\":31,\"urgency\":\"HIGH\",\"fundingMode\":\"LOW_FEE\",\"budgetFen\":0}",
                staff.bearer("If-Match", read.header("ETag")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonObject third = importAndWait(staff, "text/csv", csv(file), "需求-旧.csv");
        assertThat(third.getInt("imported")).isZero();
        assertThat(third.getInt("duplicates")).isEqualTo(3);
        assertThat(needs("channel=IMPORT&region=" + community, staff)).hasSize(3);

        // every import is audited with its counts
        Http.Answer audit = http.get("/api/v1/audit-events?action=NEEDS_IMPORTED&actor=" + staff.username(), admin.bearer());
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("detail"))
                .anySatisfy(d -> assertThat(d).contains("10 rows, 3 imported, 0 already imported, 7 invalid"))
                .anySatisfy(d -> assertThat(d).contains("10 rows, 0 imported, 3 already imported, 7 invalid"));
    }

    @Test
    void anXlsxFileWithNumericCellsAndEnglishHeadersImportsLikeACsv() throws Exception {
        String community = newCommunity("青龙街道", QINGLONG, "表");
        fund(community, 100_000);
        Account street = accounts.create(admin, "STREET_STAFF", QINGLONG, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(Spreadsheet.Format.XLSX, out)) {
            writer.row(List.of("communityCode", "categoryCode", "title", "description", "beneficiaries", "targetGroups",
                    "urgency", "fundingMode", "budgetYuan", "publish"));
            writer.row(List.of(community, "elderly-meals", "表格里的需求", "数字是数值单元格", 45, "ELDERLY,CHILDREN", "非常紧急",
                    "有偿", new java.math.BigDecimal("123.45"), "yes"));
            writer.row(List.of(community, "elderly-meals", "人数带小数", "描述", new java.math.BigDecimal("4.5"), "", "一般",
                    "公益", 0, "no"));
        }

        JsonObject job = importAndWait(street, XLSX, out.toByteArray(), "needs.xlsx");

        assertThat(job.getInt("imported")).as(job.toString()).isEqualTo(1);
        assertThat(ImportJobsClient.columnsByRow(job)).containsExactly(Map.entry(3, List.of("beneficiaries")));
        JsonObject need = needs("channel=IMPORT&region=" + community, street).get(0);
        assertThat(need.getInt("beneficiaries")).isEqualTo(45);
        assertThat(need.getJsonNumber("budgetFen").longValue()).isEqualTo(12_345);
        assertThat(need.getString("urgency")).isEqualTo("URGENT");
        assertThat(need.getString("fundingMode")).isEqualTo("PAID");
        assertThat(need.getJsonArray("targetGroups").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("ELDERLY", "CHILDREN");
    }

    @Test
    void onlyTheUploaderAndTheDistrictReadAJobAndPartnersCannotImport() throws Exception {
        String community = newCommunity("青龙街道", QINGLONG, "权");
        String other = newCommunity("青龙街道", QINGLONG, "邻");
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        Account neighbour = accounts.create(admin, "COMMUNITY_STAFF", other, null, null);
        JsonObject job = importAndWait(staff, "text/csv",
                csv(HEADER + community + ",elderly-meals,权限测试,描述,10,,一般,公益,0,否,\n"), "a.csv");
        String path = "/api/v1/needs/imports/" + job.getJsonNumber("id");

        assertThat(http.get(path, neighbour.bearer()).status()).isEqualTo(404);
        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.get(path, admin.bearer()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/needs/imports/999999999", staff.bearer()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/needs/imports/abc", staff.bearer()).status()).isEqualTo(404);

        Account auditor = accounts.create(admin, "AUDITOR", "510108", null, null);
        assertThat(upload(auditor, "text/csv", csv(HEADER), "x.csv").status()).isEqualTo(403);
        Http.Answer empty = upload(staff, "text/csv", csv(HEADER), "x.csv");
        assertThat(empty.status()).as(empty.body()).isEqualTo(400);
    }

    @Test
    void aFileThatIsNoSpreadsheetOrLacksAColumnIsRefusedAtOnceNamingTheFile() {
        String community = newCommunity("青龙街道", QINGLONG, "错");
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);

        Http.Answer pdf = upload(staff, "text/csv", csv("%PDF-1.7\n\u0000binary"), "need.csv");
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(400);
        assertThat(pdf.header("Content-Type")).startsWith("application/problem+json");
        assertThat(pdf.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");

        Http.Answer missing = http.sendBytes("POST", "/api/v1/needs/imports", "text/csv", csv("社区编码,标题\nx,y\n"),
                staff.bearer("Accept-Language", "en"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        JsonObject error = missing.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("file");
        assertThat(error.getInt("line")).isEqualTo(1);
        assertThat(error.getString("message")).contains("categoryCode").contains("required columns");

        Http.Answer gbk = upload(staff, "text/csv", "社区编码,标题\n".getBytes(java.nio.charset.Charset.forName("GBK")), "g.csv");
        assertThat(gbk.status()).isEqualTo(400);
        assertThat(gbk.body()).contains("UTF-8");
    }

    /** The XLSX with one entry's text changed, or with an entry of {@code fill} bytes added (issue 18, finding 1). */
    private static byte[] hostile(byte[] xlsx, String entry, java.util.function.UnaryOperator<String> change,
            long fill) throws java.io.IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            java.util.zip.ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry) && change != null) {
                    data = change.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zip.write(data);
            }
            if (fill > 0) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry));
                byte[] blanks = new byte[1 << 20];
                java.util.Arrays.fill(blanks, (byte) ' ');
                for (long left = fill; left > 0; left -= blanks.length) {
                    zip.write(blanks, 0, (int) Math.min(blanks.length, left));
                }
            }
        }
        return out.toByteArray();
    }

    @Test
    void aCellFarBeyondTheTemplatesColumnsAndADecompressionBombAreRefusedQuicklyNamingTheFile() throws Exception {
        String community = newCommunity("青龙街道", QINGLONG, "敌");
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet();
            List<List<String>> rows = List.of(List.of("communityCode", "categoryCode", "title", "description",
                    "beneficiaries", "targetGroups", "urgency", "fundingMode", "budgetYuan", "publish"),
                    List.of(community, "elderly-meals", "远处的单元格", "描述", "1", "", "一般", "公益", "0", "no", "far"));
            for (int r = 0; r < rows.size(); r++) {
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
        }
        byte[] far = hostile(out.toByteArray(), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("r=\"K2\"", "r=\"ZZZZZZ2\""), 0);
        assertThat(far.length).isLessThan(8 * 1024);

        long start = System.nanoTime();
        Http.Answer refused = http.sendBytes("POST", "/api/v1/needs/imports", XLSX, far,
                staff.bearer("Accept-Language", "en"));
        // the old reader needed 13.6 s and 3.5 GB for this file; 20 s leaves room for a loaded CI machine
        assertThat(System.nanoTime() - start).isLessThan(java.util.concurrent.TimeUnit.SECONDS.toNanos(20));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("file");
        assertThat(error.getInt("line")).isEqualTo(2);
        assertThat(error.getString("message")).contains("ZZZZZZ2").contains("template");

        byte[] bomb = hostile(out.toByteArray(), "xl/worksheets/sheet9.xml", null, 200L * 1024 * 1024);
        Http.Answer bombed = http.sendBytes("POST", "/api/v1/needs/imports", XLSX, bomb, staff.bearer());
        assertThat(bombed.status()).as(bombed.body()).isEqualTo(400);
        assertThat(bombed.header("Content-Type")).startsWith("application/problem+json");
        assertThat(bombed.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(bombed.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("压缩炸弹");
    }

    @Test
    void theTemplateComesAsCsvAndXlsxAndItsExampleRowImports() throws Exception {
        HttpResponse<byte[]> csvTemplate = http.download("/api/v1/needs/import-template?format=csv");
        assertThat(csvTemplate.statusCode()).isEqualTo(200);
        assertThat(csvTemplate.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        Spreadsheet csvSheet = Spreadsheet.read(csvTemplate.body(), 10);
        assertThat(csvSheet.headers()).startsWith("社区编码", "类别编码", "标题");
        assertThat(csvSheet.rows()).hasSize(1);

        String community = newCommunity("青龙街道", QINGLONG, "模");
        fund(community, 1_000_000);
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        HttpResponse<byte[]> xlsxTemplate = http.download("/api/v1/needs/import-template?format=xlsx", staff.bearer());
        assertThat(xlsxTemplate.statusCode()).isEqualTo(200);
        Spreadsheet xlsxSheet = Spreadsheet.read(xlsxTemplate.body(), 10);
        assertThat(xlsxSheet.format()).isEqualTo(Spreadsheet.Format.XLSX);
        assertThat(xlsxSheet.rows().get(0).get("社区编码")).isEqualTo(community);

        JsonObject job = importAndWait(staff, XLSX, xlsxTemplate.body(), "template.xlsx");
        assertThat(job.getInt("imported")).as(job.toString()).isEqualTo(1);
        assertThat(http.get("/api/v1/needs/import-template?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void theExportHoldsWhatTheListSelectsInBothFormatsAndIsAudited() throws Exception {
        String community = newCommunity("青龙街道", QINGLONG, "出");
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 7; i++) {
            file.append(community).append(",elderly-meals,导出").append(i).append(",描述,").append(10 + i)
                    .append(",老年人,").append(i % 2 == 0 ? "紧急" : "一般").append(",公益,0,否,\n");
        }
        assertThat(importAndWait(staff, "text/csv", csv(file.toString()), "e.csv").getInt("imported")).isEqualTo(7);

        String filter = "region=" + community + "&urgency=HIGH";
        List<JsonObject> listed = needs(filter, staff);
        assertThat(listed).hasSize(4);

        HttpResponse<byte[]> csvExport = http.download("/api/v1/needs/export?format=csv&" + filter, staff.bearer());
        assertThat(csvExport.statusCode()).isEqualTo(200);
        assertThat(csvExport.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        Spreadsheet csvSheet = Spreadsheet.read(csvExport.body(), 1000);
        assertThat(csvSheet.rows()).extracting(r -> r.get("标题"))
                .containsExactlyInAnyOrderElementsOf(listed.stream().map(n -> n.getString("title")).toList());
        assertThat(csvSheet.rows()).allSatisfy(r -> {
            assertThat(r.get("紧急程度")).isEqualTo("紧急");
            assertThat(r.get("登记人账号")).isEqualTo(staff.username());
        });

        HttpResponse<byte[]> xlsxExport = http.download("/api/v1/needs/export?format=xlsx&" + filter, staff.bearer(
                "Accept-Language", "en"));
        assertThat(xlsxExport.statusCode()).isEqualTo(200);
        Spreadsheet xlsxSheet = Spreadsheet.read(xlsxExport.body(), 1000);
        assertThat(xlsxSheet.headers()).startsWith("communityCode", "categoryCode", "title");
        assertThat(xlsxSheet.rows()).hasSize(4).allSatisfy(r -> assertThat(r.get("urgency")).isEqualTo("urgent"));

        Http.Answer audit = http.get("/api/v1/audit-events?action=DATA_EXPORTED&actor=" + staff.username(), admin.bearer());
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(a -> a.getString("detail"))
                .contains("csv 4 rows; filter: region=" + community + "&urgency=HIGH",
                        "xlsx 4 rows; filter: region=" + community + "&urgency=HIGH");

        // the pages' export link, for the signed-in session (the API never looks at a session)
        WebSession session = new WebSession(http.base());
        assertThat(session.signIn(staff.username(), staff.password())).isTrue();
        HttpResponse<String> page = session.get("/needs/export?format=csv&" + filter);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        assertThat(Spreadsheet.read(page.body().getBytes(StandardCharsets.UTF_8), 1000).rows()).hasSize(4);
        HttpResponse<String> anonymous = new WebSession(http.base()).get("/needs/export?format=csv&" + filter);
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");

        // a bad filter is a 400 naming it, before anything is written; the public and partners may not export
        Http.Answer bad = http.get("/api/v1/needs/export?format=csv&urgency=SOMEDAY", staff.bearer());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("urgency");
        assertThat(http.get("/api/v1/needs/export?format=doc", staff.bearer()).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/needs/export").status()).isEqualTo(401);
    }

}
