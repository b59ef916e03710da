package org.partnerhub.it.supply;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetWriter;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.ImportJobsClient;
import org.partnerhub.it.support.TestEnvironment;
import org.partnerhub.it.support.WebSession;

/**
 * Importing supply items from spreadsheets and exporting a partner's list, over HTTP against the packaged server: a
 * partner's file imports its good rows (categories and regions by code or name, published when asked) and reports each
 * bad row by row, column and reason; a second upload adds nothing, also after an imported item was edited; imported
 * items are found by the search at once; partner B can neither import into nor export nor read the jobs of partner A;
 * a district administrator imports drafts on a partner's behalf; a file that is no spreadsheet is a 400; the template
 * and the audited export come as CSV and XLSX.
 */
class SupplyImportApiIT {

    private static final String QINGLONG_NAME = "青龙街道";
    private static final String QINGLONG = RegionCode.generated(RegionCode.of("510108"), QINGLONG_NAME).value();
    private static final String MEALS = "elderly-meals";
    private static final String MEALS_NAME = "养老助餐";
    private static final String XLSX = Spreadsheet.Format.XLSX.mediaType();
    private static final String HEADER = "标题,类别,描述,服务区域,容量,资金方式,价格说明,服务人群,联系人,联系电话,发布,编号\n";

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

    // --- helpers ---

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private static Admitted partner(String name) {
        return new Applications(http).admitted(admin, name + suffix(), List.of("510108"), List.of(MEALS));
    }

    private static Http.Answer upload(Account account, String query, String contentType, byte[] file) {
        return http.sendBytes("POST", "/api/v1/supplies/imports?filename=" + URLEncoder.encode("供给.csv",
                StandardCharsets.UTF_8) + query, contentType, file, account == null ? new String[0] : account.bearer());
    }

    private static JsonObject importAndWait(Account account, String query, String contentType, byte[] file)
            throws InterruptedException {
        return jobs.accepted(upload(account, query, contentType, file), account, "/api/v1/supplies/imports");
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String message(JsonObject job, int row) {
        return job.getJsonArray("errors").getValuesAs(JsonObject.class).stream().filter(e -> e.getInt("row") == row)
                .findFirst().orElseThrow().getString("message");
    }

    private static List<JsonObject> items(long partnerId, Account account) {
        Http.Answer list = http.get("/api/v1/supplies?size=100&partner=" + partnerId, account.bearer());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject titled(List<JsonObject> items, String title) {
        return items.stream().filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow();
    }

    private static String row(String title, String category, String regions, String capacity, String funding,
            String phone, String publish, String number) {
        return title + "," + category + ",为辖区老人提供午餐和送餐上门服务," + regions + "," + capacity + "," + funding
                + ",每餐 8 元,老年人、困难群众,李四," + phone + "," + publish + "," + number + "\n";
    }

    @Test
    void aPartnersFileImportsItsGoodRowsReportsTheBadOnesAndASecondUploadAddsNothing() throws Exception {
        Admitted a = partner("导入服务社");
        String word = "导入" + suffix();
        String file = HEADER
                + row(word + "长者食堂", MEALS, "510108、" + QINGLONG_NAME, "10", "付费", "13800138000", "是", "")  // 2 published
                + row(word + "助浴", MEALS_NAME, QINGLONG, "5", "公益", "", "", "")                               // 3 draft
                + "\n"                                                                                        // 4 empty
                + row("类别不对", "no-such-category", "510108", "5", "公益", "", "", "")                            // 5
                + row("区域不对", MEALS, "510108；不存在的地方", "5", "公益", "", "", "")                             // 6
                + row("容量为零", MEALS, "510108", "0", "公益", "", "", "")                                        // 7
                + row("", MEALS, "510108", "5", "公益", "", "", "")                                               // 8 title
                + row("电话不对", MEALS, "510108", "5", "公益", "12345", "", "")                                    // 9
                + row("资金方式不对", MEALS, "510108", "5", "看情况", "", "", "")                                      // 10
                + row(word + "编号项", MEALS, "510108", "3", "LOW_FEE", "", "否", "S-1");                           // 11

        JsonObject first = importAndWait(a.account(), "", "text/csv", csv(file));

        assertThat(first.getString("status")).isEqualTo("DONE");
        assertThat(first.getString("fileName")).isEqualTo("供给.csv");
        assertThat(first.getInt("total")).isEqualTo(9);
        assertThat(first.getInt("imported")).isEqualTo(3);
        assertThat(first.getInt("duplicates")).isZero();
        assertThat(first.getInt("invalid")).isEqualTo(6);
        assertThat(ImportJobsClient.columnsByRow(first)).containsExactly(
                Map.entry(5, List.of("category")), Map.entry(6, List.of("serviceRegions")),
                Map.entry(7, List.of("capacity")), Map.entry(8, List.of("title")), Map.entry(9, List.of("contactPhone")),
                Map.entry(10, List.of("fundingMode")));
        assertThat(message(first, 5)).contains("no-such-category");
        assertThat(message(first, 6)).contains("不存在的地方");
        assertThat(message(first, 7)).contains("999");

        List<JsonObject> imported = items(a.partnerId(), a.account());
        assertThat(imported).extracting(i -> i.getString("title"))
                .containsExactlyInAnyOrder(word + "长者食堂", word + "助浴", word + "编号项");
        JsonObject meals = titled(imported, word + "长者食堂");
        assertThat(meals.getString("status")).isEqualTo("PUBLISHED");
        assertThat(meals.getString("fundingMode")).isEqualTo("PAID");
        assertThat(meals.getJsonArray("serviceRegions").getValuesAs(JsonObject.class)).extracting(r -> r.getString("code"))
                .containsExactly("510108", QINGLONG);
        assertThat(meals.getString("contactPhoneMasked")).isEqualTo("138****8000");
        JsonObject bath = titled(imported, word + "助浴");
        assertThat(bath.getString("status")).isEqualTo("DRAFT");
        assertThat(bath.getJsonObject("category").getString("code")).isEqualTo(MEALS);
        Http.Answer history = http.get("/api/v1/supplies/" + meals.getJsonNumber("id") + "/history", a.account().bearer());
        assertThat(history.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(h -> h.getString("action")).containsExactly("PUBLISH", "CREATED");

        // in the search index at once: the public finds the published item by a word of its title, not the drafts
        Http.Answer found = http.get("/api/v1/supplies?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(found.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(i -> i.getString("title"))
                .containsExactly(word + "长者食堂");
        Http.Answer ownSearch = http.get("/api/v1/supplies?q=" + URLEncoder.encode(word + "助浴", StandardCharsets.UTF_8),
                a.account().bearer());
        assertThat(ownSearch.json().getInt("total")).isEqualTo(1);

        // the same file again: nothing new, the same rows refused
        JsonObject second = importAndWait(a.account(), "", "text/csv", csv(file));
        assertThat(second.getInt("imported")).isZero();
        assertThat(second.getInt("duplicates")).isEqualTo(3);
        assertThat(second.getInt("invalid")).isEqualTo(6);
        assertThat(items(a.partnerId(), a.account())).hasSize(3);

        // an imported item edited since, and the old sheet once more: still no copy
        long bathId = bath.getJsonNumber("id").longValue();
        Http.Answer read = http.get("/api/v1/supplies/" + bathId, a.account().bearer());
        JsonObject edited = Json.createObjectBuilder().add("title", word + "助浴（改过）").add("categoryCode", MEALS)
                .add("description", "改过的描述").add("serviceRegionCodes", Json.createArrayBuilder().add(QINGLONG))
                .add("capacity", 6).add("fundingMode", "PUBLIC_BENEFIT").build();
        Http.Answer put = http.send("PUT", "/api/v1/supplies/" + bathId, "application/json", edited.toString(),
                a.account().bearer("If-Match", read.header("ETag")));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        JsonObject third = importAndWait(a.account(), "", "text/csv", csv(file));
        assertThat(third.getInt("imported")).isZero();
        assertThat(third.getInt("duplicates")).isEqualTo(3);
        assertThat(items(a.partnerId(), a.account())).hasSize(3);

        // every import is audited with its counts
        Http.Answer audit = http.get("/api/v1/audit-events?action=SUPPLIES_IMPORTED&actor=" + a.account().username(),
                admin.bearer());
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("detail"))
                .anySatisfy(d -> assertThat(d).contains("partner " + a.partnerId())
                        .contains("9 rows, 3 imported, 0 already imported, 6 invalid"))
                .anySatisfy(d -> assertThat(d).contains("9 rows, 0 imported, 3 already imported, 6 invalid"));
    }

    @Test
    void anXlsxWithEnglishHeadersAndTheUploadsPublishFlagImportsLikeACsv() throws Exception {
        Admitted a = partner("表格服务社");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(Spreadsheet.Format.XLSX, out)) {
            writer.row(List.of("title", "category", "description", "serviceRegions", "capacity", "fundingMode",
                    "targetGroups", "publish"));
            writer.row(List.of("表格里的供给", MEALS, "数字是数值单元格", "510108", 12, "低偿", "ELDERLY,CHILDREN", ""));
            writer.row(List.of("写明不发布", MEALS, "描述", "510108", 2, "PAID", "", "no"));
            writer.row(List.of("容量带小数", MEALS, "描述", "510108", new java.math.BigDecimal("4.5"), "公益", "", ""));
        }

        JsonObject job = importAndWait(a.account(), "&publish=true", XLSX, out.toByteArray());

        assertThat(job.getInt("imported")).as(job.toString()).isEqualTo(2);
        assertThat(ImportJobsClient.columnsByRow(job)).containsExactly(Map.entry(4, List.of("capacity")));
        List<JsonObject> imported = items(a.partnerId(), a.account());
        JsonObject first = titled(imported, "表格里的供给");
        assertThat(first.getInt("capacity")).isEqualTo(12);
        assertThat(first.getString("fundingMode")).isEqualTo("LOW_FEE");
        assertThat(first.getString("status")).as("the upload's publish flag").isEqualTo("PUBLISHED");
        assertThat(first.getJsonArray("targetGroups").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactlyInAnyOrder("ELDERLY", "CHILDREN");
        assertThat(titled(imported, "写明不发布").getString("status")).as("the row's own cell wins").isEqualTo("DRAFT");
    }

    @Test
    void aPartnerNeitherImportsIntoNorExportsNorReadsTheJobsOfAnother() throws Exception {
        Admitted a = partner("甲服务社");
        Admitted b = partner("乙服务社");
        String file = HEADER + row("甲的供给", MEALS, "510108", "5", "公益", "", "", "");
        JsonObject job = importAndWait(a.account(), "", "text/csv", csv(file));
        assertThat(job.getInt("imported")).isEqualTo(1);
        String path = "/api/v1/supplies/imports/" + job.getJsonNumber("id");

        assertThat(upload(b.account(), "&partnerId=" + a.partnerId(), "text/csv", csv(file)).status()).isEqualTo(403);
        assertThat(http.get(path, b.account().bearer()).status()).isEqualTo(404);
        assertThat(http.get(path).status()).isEqualTo(401);
        assertThat(http.get(path, admin.bearer()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/needs/imports/" + job.getJsonNumber("id"), a.account().bearer()).status())
                .as("a supply job is no need job").isEqualTo(404);
        assertThat(http.get("/api/v1/supplies/export?partner=" + a.partnerId(), b.account().bearer()).status())
                .isEqualTo(403);
        HttpResponse<byte[]> own = http.download("/api/v1/supplies/export?format=csv", b.account().bearer());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Spreadsheet.read(own.body(), 100).rows()).as("B's own list holds nothing of A").isEmpty();
        assertThat(items(a.partnerId(), a.account())).hasSize(1);

        Account auditor = accounts.create(admin, "AUDITOR", "510108", null, null);
        assertThat(upload(auditor, "", "text/csv", csv(file)).status()).isEqualTo(403);
        assertThat(upload(null, "", "text/csv", csv(file)).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/supplies/export", auditor.bearer()).status()).isEqualTo(403);

        // a suspended partner gets nothing more, neither by its own users nor through the district
        Http.Answer suspended = http.send("POST", "/api/v1/partners/" + b.partnerId() + "/transitions",
                "application/json", "{\"action\":\"SUSPEND\",\"reason\":\"核查投诉\"}", admin.bearer());
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(upload(b.account(), "", "text/csv", csv(file)).status()).isEqualTo(403);
        Http.Answer forB = upload(admin, "&partnerId=" + b.partnerId(), "text/csv", csv(file));
        assertThat(forB.status()).as(forB.body()).isEqualTo(400);
        assertThat(forB.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("partnerId");
    }

    @Test
    void theDistrictImportsDraftsOnAPartnersBehalfAndExportsAnyPartnersList() throws Exception {
        Admitted a = partner("代导入服务社");
        String file = HEADER + row("代为导入", MEALS, "510108", "5", "公益", "", "", "")
                + row("代为导入但要发布", MEALS, "510108", "5", "公益", "", "是", "");

        Http.Answer noPartner = upload(admin, "", "text/csv", csv(file));
        assertThat(noPartner.status()).as(noPartner.body()).isEqualTo(400);
        assertThat(noPartner.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("partnerId");
        Http.Answer publishing = upload(admin, "&partnerId=" + a.partnerId() + "&publish=true", "text/csv", csv(file));
        assertThat(publishing.status()).isEqualTo(400);
        assertThat(publishing.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("publish");
        assertThat(upload(admin, "&partnerId=999999999", "text/csv", csv(file)).status()).isEqualTo(400);

        JsonObject job = importAndWait(admin, "&partnerId=" + a.partnerId(), "text/csv", csv(file));
        assertThat(job.getInt("imported")).as(job.toString()).isEqualTo(1);
        assertThat(ImportJobsClient.columnsByRow(job)).containsExactly(Map.entry(3, List.of("publish")));
        assertThat(message(job, 3)).contains("草稿");
        List<JsonObject> imported = items(a.partnerId(), a.account());
        assertThat(imported).extracting(i -> i.getString("title")).containsExactly("代为导入");
        assertThat(imported.get(0).getString("status")).isEqualTo("DRAFT");
        assertThat(imported.get(0).getJsonArray("allowedActions").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).as("the partner publishes it").contains("PUBLISH");

        HttpResponse<byte[]> export = http.download("/api/v1/supplies/export?format=xlsx&partner=" + a.partnerId(),
                admin.bearer());
        assertThat(export.statusCode()).isEqualTo(200);
        Spreadsheet sheet = Spreadsheet.read(export.body(), 100);
        assertThat(sheet.format()).isEqualTo(Spreadsheet.Format.XLSX);
        assertThat(sheet.rows()).extracting(r -> r.get("标题")).containsExactly("代为导入");
        assertThat(sheet.rows().get(0).get("状态")).isEqualTo("草稿");
    }

    @Test
    void aFileThatIsNoSpreadsheetOrLacksAColumnIsRefusedAtOnceNamingTheFile() {
        Admitted a = partner("错文件服务社");
        Http.Answer pdf = upload(a.account(), "", "application/pdf", csv("%PDF-1.7\n\u0000binary"));
        assertThat(pdf.status()).as(pdf.body()).isEqualTo(400);
        assertThat(pdf.header("Content-Type")).startsWith("application/problem+json");
        assertThat(pdf.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");

        Http.Answer missing = http.sendBytes("POST", "/api/v1/supplies/imports", "text/csv", csv("标题,描述\nx,y\n"),
                a.account().bearer("Accept-Language", "en"));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        JsonObject error = missing.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("file");
        assertThat(error.getString("message")).contains("category").contains("required columns");

        assertThat(upload(a.account(), "", "text/csv", csv(HEADER)).status()).as("no rows").isEqualTo(400);
        assertThat(upload(a.account(), "&publish=maybe", "text/csv", csv(HEADER)).status()).isEqualTo(400);
        assertThat(items(a.partnerId(), a.account())).isEmpty();
    }

    @Test
    void theTemplateComesAsCsvAndXlsxAndItsExampleRowImports() throws Exception {
        HttpResponse<byte[]> csvTemplate = http.download("/api/v1/supplies/import-template?format=csv");
        assertThat(csvTemplate.statusCode()).isEqualTo(200);
        assertThat(csvTemplate.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        Spreadsheet csvSheet = Spreadsheet.read(csvTemplate.body(), 10);
        assertThat(csvSheet.headers()).startsWith("标题", "类别", "描述", "服务区域");
        assertThat(csvSheet.rows()).hasSize(1);

        Admitted a = partner("模板服务社");
        HttpResponse<byte[]> xlsxTemplate = http.download("/api/v1/supplies/import-template?format=xlsx",
                a.account().bearer());
        assertThat(xlsxTemplate.statusCode()).isEqualTo(200);
        Spreadsheet xlsxSheet = Spreadsheet.read(xlsxTemplate.body(), 10);
        assertThat(xlsxSheet.format()).isEqualTo(Spreadsheet.Format.XLSX);

        JsonObject job = importAndWait(a.account(), "", XLSX, xlsxTemplate.body());
        assertThat(job.getInt("imported")).as(job.toString()).isEqualTo(1);
        assertThat(http.get("/api/v1/supplies/import-template?format=pdf").status()).isEqualTo(400);
    }

    @Test
    void theExportHoldsWhatTheListSelectsInBothFormatsAndIsAudited() throws Exception {
        Admitted a = partner("导出服务社");
        StringBuilder file = new StringBuilder(HEADER);
        for (int i = 0; i < 5; i++) {
            file.append(row("导出" + i, MEALS, "510108", String.valueOf(i + 1), i % 2 == 0 ? "公益" : "低偿",
                    "13800138000", "否", ""));
        }
        assertThat(importAndWait(a.account(), "", "text/csv", csv(file.toString())).getInt("imported")).isEqualTo(5);

        HttpResponse<byte[]> csvExport = http.download("/api/v1/supplies/export?format=csv&fundingMode=PUBLIC_BENEFIT",
                a.account().bearer());
        assertThat(csvExport.statusCode()).isEqualTo(200);
        assertThat(csvExport.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains(".csv");
        Spreadsheet csvSheet = Spreadsheet.read(csvExport.body(), 1000);
        assertThat(csvSheet.rows()).extracting(r -> r.get("标题")).containsExactlyInAnyOrder("导出0", "导出2", "导出4");
        assertThat(csvSheet.rows()).allSatisfy(r -> {
            assertThat(r.get("资金方式")).isEqualTo("公益");
            assertThat(r.get("类别")).isEqualTo(MEALS);
            assertThat(r.get("联系电话")).as("never in clear").isNull();
            assertThat(r.get("联系电话（隐去）")).isEqualTo("138****8000");
        });

        HttpResponse<byte[]> xlsxExport = http.download("/api/v1/supplies/export?format=xlsx", a.account().bearer(
                "Accept-Language", "en"));
        assertThat(xlsxExport.statusCode()).isEqualTo(200);
        Spreadsheet xlsxSheet = Spreadsheet.read(xlsxExport.body(), 1000);
        assertThat(xlsxSheet.headers()).startsWith("title", "category", "description", "serviceRegions");
        assertThat(xlsxSheet.rows()).hasSize(5);

        Http.Answer audit = http.get("/api/v1/audit-events?action=DATA_EXPORTED&actor=" + a.account().username(),
                admin.bearer());
        assertThat(audit.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(e -> e.getString("detail"))
                .contains("csv 3 rows; filter: fundingMode=PUBLIC_BENEFIT&partner=" + a.partnerId(),
                        "xlsx 5 rows; filter: partner=" + a.partnerId());

        // the page's export link, for the signed-in session
        WebSession session = new WebSession(http.base());
        assertThat(session.signIn(a.account().username(), a.account().password())).isTrue();
        HttpResponse<String> page = session.get("/supplies/export?format=csv&fundingMode=LOW_FEE");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Spreadsheet.read(page.body().getBytes(StandardCharsets.UTF_8), 1000).rows()).hasSize(2);
        HttpResponse<String> anonymous = new WebSession(http.base()).get("/supplies/export?format=csv");
        assertThat(anonymous.statusCode()).isEqualTo(302);

        Http.Answer bad = http.get("/api/v1/supplies/export?fundingMode=SOMETIMES", a.account().bearer());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("fundingMode");
    }
}
