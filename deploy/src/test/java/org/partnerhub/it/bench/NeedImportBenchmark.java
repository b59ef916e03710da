package org.partnerhub.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.shared.Spreadsheet;
import org.partnerhub.application.shared.SpreadsheetWriter;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * How long 10,000 needs take to import (the target: at most 30 s), measured against the packaged server with its
 * database: a generated file is uploaded through the API as street staff, and the job is followed until it is done.
 * Not part of {@code mvn verify}; run it on demand with the {@code benchmark} profile (see the README, "Benchmarks").
 * {@code -Dbench.rows=…} changes the row count.
 */
class NeedImportBenchmark {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final String STREET = "青龙街道";
    private static final String STREET_CODE = RegionCode.generated(DISTRICT, STREET).value();
    private static final int ROWS = Integer.getInteger("bench.rows", 10_000);
    private static final long TARGET_MILLIS = 30_000;
    private static final String[] URGENCY = {"一般", "较急", "紧急", "非常紧急"};
    private static final String[] GROUPS = {"老年人", "儿童、家庭", "困难群众、老年人", "全体居民"};

    private static Http http;
    private static Account staff;
    private static List<String> communities;

    @BeforeAll
    static void setUp() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        Accounts accounts = new Accounts(http);
        Account admin = accounts.admin();
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
        StringBuilder regions = new StringBuilder("level,code,name_zh,name_en,parent_code,note\n");
        List<String> names = List.of("基准甲" + run + "社区", "基准乙" + run + "社区", "基准丙" + run + "社区");
        names.forEach(n -> regions.append("community,,").append(n).append(",,").append(STREET).append(",\n"));
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8", regions.toString(),
                admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        communities = names.stream().map(n -> RegionCode.generated(RegionCode.of(STREET_CODE), n).value()).toList();
        staff = accounts.create(admin, "STREET_STAFF", STREET_CODE, null, null);
    }

    private static List<Object> row(int i, String run) {
        return List.of(communities.get(i % communities.size()), i % 2 == 0 ? "elderly-meals" : "volunteering",
                "基准需求 " + run + " 第" + i + "条", "第 " + i + " 条需求的描述：居民希望社区提供相应的服务，" + "内容有长有短。".repeat(i % 5 + 1),
                10 + i % 300, GROUPS[i % GROUPS.length], URGENCY[i % URGENCY.length], "公益", 0, i % 3 == 0 ? "是" : "否");
    }

    private static byte[] file(Spreadsheet.Format format, String run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter writer = SpreadsheetWriter.of(format, out)) {
            writer.row(List.of("社区编码", "类别编码", "标题", "描述", "受益人数", "人群", "紧急程度", "资金方式", "预算（元）", "发布"));
            for (int i = 0; i < ROWS; i++) {
                writer.row(row(i, run));
            }
        }
        return out.toByteArray();
    }

    @Test
    void tenThousandRowsOfCsvImportWithinThirtySeconds() throws Exception {
        measure(Spreadsheet.Format.CSV);
    }

    @Test
    void tenThousandRowsOfXlsxImportWithinThirtySeconds() throws Exception {
        measure(Spreadsheet.Format.XLSX);
    }

    private static void measure(Spreadsheet.Format format) throws Exception {
        String run = Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
        byte[] content = file(format, run);
        long start = System.nanoTime();
        Http.Answer accepted = http.sendBytes("POST", "/api/v1/needs/imports?filename=bench." + format.extension(),
                format.mediaType(), content, staff.bearer());
        long uploaded = System.nanoTime();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String job = URI.create(accepted.header("Location")).getPath();
        JsonObject state;
        while (true) {
            state = http.get(job, staff.bearer()).json();
            String status = state.getString("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        long end = System.nanoTime();
        double seconds = (end - start) / 1e9;
        String line = String.format(Locale.ROOT, "BENCHMARK need import %s: %d rows (%.1f MB) in %.2f s (upload and check "
                + "%.2f s), %.0f rows/s; imported %d, duplicates %d, invalid %d, status %s", format, ROWS,
                content.length / 1e6, seconds, (uploaded - start) / 1e9, ROWS / seconds, state.getInt("imported"),
                state.getInt("duplicates"), state.getInt("invalid"), state.getString("status"));
        System.out.println(line);
        assertThat(state.getString("status")).as(line).isEqualTo("DONE");
        assertThat(state.getInt("imported")).as(line).isEqualTo(ROWS);
        assertThat((end - start) / 1_000_000).as(line).isLessThanOrEqualTo(TARGET_MILLIS * ROWS / 10_000);
    }
}
