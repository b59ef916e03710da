package org.partnerhub.it.supply;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The supply API over HTTP against the packaged server: 201 with Location and ETag, every kind of bad input a 400
 * naming the field (never a 413 or 5xx), scope across partners, If-Match, the life cycle with its illegal moves, the
 * district's moderation, suspension hiding the items, history and the public list with a Chinese search.
 */
class SuppliesApiIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final String QINGLONG = RegionCode.generated(DISTRICT, "青龙街道").value();
    private static final String MEALS = "elderly-meals";

    private static Http http;
    private static Accounts accounts;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
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

    private static JsonObjectBuilder supply(String title, String... regions) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        for (String r : regions.length == 0 ? new String[] {QINGLONG} : regions) {
            codes.add(r);
        }
        return Json.createObjectBuilder()
                .add("title", title)
                .add("categoryCode", MEALS)
                .add("description", "为辖区老人提供午餐和送餐上门服务，每天 11 点到 13 点。")
                .add("serviceRegionCodes", codes)
                .add("capacity", 10)
                .add("fundingMode", "LOW_FEE")
                .add("priceNote", "每餐 8 元")
                .add("targetGroups", Json.createArrayBuilder().add("ELDERLY"))
                .add("contactName", "李四")
                .add("contactPhone", "13800138000");
    }

    private static Http.Answer post(String path, JsonObject body, Account account, String... headers) {
        return http.send("POST", path, "application/json", body.toString(),
                account == null ? headers : account.bearer(headers));
    }

    private static JsonObject create(Account account, JsonObjectBuilder body) {
        Http.Answer answer = post("/api/v1/supplies", body.build(), account);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static Http.Answer move(long id, String action, String reason, Account account) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        return post("/api/v1/supplies/" + id + "/transitions", body.build(), account);
    }

    private static Http.Answer put(long id, JsonObject body, Account account, String ifMatch) {
        return http.send("PUT", "/api/v1/supplies/" + id, "application/json", body.toString(),
                ifMatch == null ? account.bearer() : account.bearer("If-Match", ifMatch));
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static List<Long> ids(Http.Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(SuppliesApiIT::id).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertInvalid(Http.Answer answer, String... expected) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(answer)).as(answer.body()).contains(expected);
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
    }

    // --- tests ---

    @Test
    void aPartnerCreatesAnItemWith201LocationAndETagAndThePublicSeesItMasked() {
        Admitted a = partner("长者食堂服务社");
        Http.Answer created = post("/api/v1/supplies", supply("社区长者食堂运营").add("publish", true).build(),
                a.account());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created.json());
        assertThat(created.header("Location")).endsWith("/api/v1/supplies/" + id);
        assertThat(created.header("ETag")).isNotBlank();
        assertThat(created.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(created.json().getJsonObject("partner").getJsonNumber("id").longValue()).isEqualTo(a.partnerId());
        assertThat(created.json().getString("contactPhone")).isEqualTo("13800138000");
        assertThat(created.json().getInt("capacityLeft")).isEqualTo(10);

        Http.Answer publicRead = http.get("/api/v1/supplies/" + id);
        assertThat(publicRead.status()).isEqualTo(200);
        assertThat(publicRead.json().getString("contactPhoneMasked")).isEqualTo("138****8000");
        assertThat(publicRead.json().containsKey("contactPhone") && !publicRead.json().isNull("contactPhone")).isFalse();
        assertThat(publicRead.json().containsKey("contactName") && !publicRead.json().isNull("contactName")).isFalse();
        assertThat(publicRead.body()).doesNotContain("13800138000");
    }

    @Test
    void theMinimalBodyOfTheContractIsEnoughAndADraftStaysPrivate() {
        Admitted a = partner("最小请求服务社");
        JsonObject minimal = Json.createObjectBuilder().add("title", "社区长者食堂运营").add("categoryCode", MEALS)
                .add("description", "…").add("serviceRegionCodes", Json.createArrayBuilder().add("510108"))
                .add("capacity", 10).add("fundingMode", "LOW_FEE").build();
        Http.Answer created = post("/api/v1/supplies", minimal, a.account());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        long id = id(created.json());
        assertThat(http.get("/api/v1/supplies/" + id).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/supplies/" + id, a.account().bearer()).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/supplies/" + id, admin.bearer()).status()).isEqualTo(200);
    }

    @Test
    void badInputIsA400NamingEachField() {
        Account a = partner("输入检查服务社").account();
        assertInvalid(post("/api/v1/supplies", supply("区划不存在", QINGLONG, "510108-NOSUCH").build(), a),
                "serviceRegionCodes[1]");
        assertInvalid(post("/api/v1/supplies", supply("容量为零").add("capacity", 0).build(), a), "capacity");
        assertInvalid(post("/api/v1/supplies", supply("容量为负").add("capacity", -1).build(), a), "capacity");
        assertInvalid(post("/api/v1/supplies", supply("容量过大").add("capacity", 1000).build(), a), "capacity");
        assertInvalid(post("/api/v1/supplies", supply("题".repeat(10_000)).build(), a), "title");
        assertInvalid(post("/api/v1/supplies", supply("电话不对").add("contactPhone", "12345").build(), a), "contactPhone");
        assertInvalid(post("/api/v1/supplies", supply("类别不存在").add("categoryCode", "no-such").build(), a),
                "categoryCode");
        assertInvalid(post("/api/v1/supplies", supply("资金方式").add("fundingMode", "FREE").build(), a), "fundingMode");
        assertInvalid(post("/api/v1/supplies", supply("容量不是数字").add("capacity", "十").build(), a), "capacity");
        Http.Answer empty = post("/api/v1/supplies", Json.createObjectBuilder().build(), a);
        assertInvalid(empty, "title", "categoryCode", "description", "serviceRegionCodes", "capacity", "fundingMode");
        Http.Answer english = http.send("POST", "/api/v1/supplies", "application/json",
                supply("x").add("capacity", 0).build().toString(), a.bearer("Accept-Language", "en"));
        assertThat(english.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("1", "999")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void anotherPartnerIsRefusedAndCannotReadADraft() {
        Account a = partner("甲服务社").account();
        Account b = partner("乙服务社").account();
        Account street = accounts.create(admin, "STREET_STAFF", QINGLONG, null, null);
        Http.Answer created = post("/api/v1/supplies", supply("甲的供给").build(), a);
        long id = id(created.json());
        String etag = created.header("ETag");

        assertThat(http.get("/api/v1/supplies/" + id, b.bearer()).status()).isEqualTo(404);
        assertThat(put(id, supply("乙改甲的供给").build(), b, etag).status()).isEqualTo(403);
        assertThat(move(id, "PUBLISH", null, b).status()).isEqualTo(403);
        assertThat(move(id, "WITHDRAW", "不要了", street).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/supplies/" + id + "/history", b.bearer()).status()).isIn(403, 404);
        assertThat(post("/api/v1/supplies", supply("街道不能发布供给").build(), street).status()).isEqualTo(403);
        assertThat(post("/api/v1/supplies", supply("匿名不能发布").build(), null).status()).isEqualTo(401);
        Http.Answer audit = http.get("/api/v1/audit-events?action=ACCESS_DENIED&size=200", admin.bearer());
        assertThat(audit.body()).contains("\"supply\"");
    }

    @Test
    void anEditNeedsTheCurrentETagAndKeepsEachChangedFieldInTheHistory() {
        Account a = partner("编辑服务社").account();
        Http.Answer created = post("/api/v1/supplies", supply("长者助餐").build(), a);
        long id = id(created.json());
        String etag = created.header("ETag");

        assertThat(put(id, supply("长者助餐（改）").build(), a, null).status()).isEqualTo(428);
        Http.Answer edited = put(id, supply("长者助餐（改）").add("capacity", 20).build(), a, etag);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.header("ETag")).isNotEqualTo(etag);
        assertThat(put(id, supply("又一次修改").build(), a, etag).status()).isEqualTo(412);
        assertInvalid(put(id, supply("容量").add("capacity", 0).build(), a, edited.header("ETag")), "capacity");

        Http.Answer history = http.get("/api/v1/supplies/" + id + "/history", a.bearer());
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        JsonObject latest = history.json().getJsonArray("items").getJsonObject(0);
        assertThat(latest.getString("action")).isEqualTo("EDITED");
        assertThat(latest.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ":" + c.getString("from") + "→" + c.getString("to"))
                .containsExactly("title:长者助餐→长者助餐（改）", "capacity:10→20");
        assertThat(history.body()).doesNotContain("13800138000");
        assertThat(http.get("/api/v1/supplies/" + id + "/history").status()).isEqualTo(401);
    }

    @Test
    void theLifeCycleRefusesIllegalMovesAndTheDistrictModeratesWithAReason() {
        Account a = partner("流程服务社").account();
        long id = id(create(a, supply("流程测试供给")));
        assertThat(move(id, "RESUME", null, a).status()).isEqualTo(409);
        assertThat(move(id, "PAUSE", null, a).status()).isEqualTo(409);
        assertThat(move(id, "PUBLISH", null, a).json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(move(id, "PUBLISH", null, a).status()).isEqualTo(409);
        Http.Answer unknown = move(id, "DELETE", null, a);
        assertInvalid(unknown, "action");

        Http.Answer noReason = move(id, "PAUSE", null, admin);
        assertInvalid(noReason, "reason");
        Http.Answer paused = move(id, "PAUSE", "内容待核实", admin);
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().getString("status")).isEqualTo("PAUSED");
        assertThat(move(id, "RESUME", null, admin).status()).as("the district only pauses and withdraws").isEqualTo(403);
        assertThat(move(id, "RESUME", null, a).json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(move(id, "WITHDRAW", null, a).json().getString("status")).isEqualTo("WITHDRAWN");
        assertThat(move(id, "PUBLISH", null, a).status()).isEqualTo(409);
        Http.Answer stale = http.get("/api/v1/supplies/" + id, a.bearer());
        assertThat(put(id, supply("撤回后修改").build(), a, stale.header("ETag")).status()).isEqualTo(409);
    }

    @Test
    void aSuspendedPartnersItemsLeaveThePublicCatalogueAndComeBackOnReinstatement() {
        Admitted a = partner("暂停测试服务社");
        String word = "暂停" + suffix();
        long id = id(create(a.account(), supply(word + "助餐").add("publish", true)));
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(word)))).containsExactly(id);

        Http.Answer suspended = post("/api/v1/partners/" + a.partnerId() + "/transitions",
                Json.createObjectBuilder().add("action", "SUSPEND").add("reason", "核查投诉").build(), admin);
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(word)))).isEmpty();
        assertThat(http.get("/api/v1/supplies/" + id).status()).isEqualTo(404);
        Http.Answer own = http.get("/api/v1/supplies/" + id, a.account().bearer());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().getJsonObject("partner").getBoolean("listed")).isFalse();
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(word), admin.bearer()))).containsExactly(id);
        assertThat(post("/api/v1/supplies", supply("暂停期间新建").build(), a.account()).status()).isEqualTo(403);

        post("/api/v1/partners/" + a.partnerId() + "/transitions",
                Json.createObjectBuilder().add("action", "REINSTATE").add("reason", "核查完毕").build(), admin);
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(word)))).containsExactly(id);
        assertThat(http.get("/api/v1/supplies/" + id).status()).isEqualTo(200);
    }

    @Test
    void thePublicListFindsByChineseWordsRegionAndFilters() {
        Admitted a = partner("搜索测试服务社");
        String tag = "搜" + suffix();
        long meals = id(create(a.account(), supply(tag + "长者助餐服务", QINGLONG).add("publish", true)));
        long tutoring = id(create(a.account(), supply(tag + "四点半课堂", "510108").add("publish", true)
                .add("fundingMode", "PUBLIC_BENEFIT").add("targetGroups", Json.createArrayBuilder().add("CHILDREN"))));
        long draft = id(create(a.account(), supply(tag + "长者助餐草稿")));

        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag + " 长者")))).containsExactly(meals);
        // the category's name is searched too: both are of 养老助餐, the title hit first
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag + " 助餐")))).containsExactly(meals, tutoring);
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag + "长者 送餐")))).containsExactly(meals);
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag) + "&fundingMode=PUBLIC_BENEFIT")))
                .containsExactly(tutoring);
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag) + "&targetGroup=CHILDREN"))).containsExactly(tutoring);
        // an item serving the district serves each of its streets; one serving a street does not serve the district
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag) + "&region=" + QINGLONG)))
                .containsExactlyInAnyOrder(meals, tutoring);
        assertThat(ids(http.get("/api/v1/supplies?q=" + q(tag) + "&region=510108"))).containsExactly(tutoring);
        assertThat(ids(http.get("/api/v1/supplies?partner=" + a.partnerId()))).contains(meals, tutoring)
                .doesNotContain(draft);
        assertThat(ids(http.get("/api/v1/supplies?partner=" + a.partnerId(), a.account().bearer()))).contains(draft);

        Http.Answer badRegion = http.get("/api/v1/supplies?region=NOSUCH");
        assertInvalid(badRegion, "region");
        assertInvalid(http.get("/api/v1/supplies?fundingMode=FREE"), "fundingMode");
        Http.Answer page = http.get("/api/v1/supplies?q=" + q(tag) + "&size=1");
        assertThat(page.json().getInt("total")).isEqualTo(2);
        assertThat(page.json().getJsonArray("items")).hasSize(1);
    }

    @Test
    void updatedSinceIsAChangeFeedFromTheTimeAnAnswerShowed() {
        Admitted a = partner("同步测试服务社");
        long first = id(create(a.account(), supply("同步一").add("publish", true)));
        String since = http.get("/api/v1/supplies/" + first).json().getString("updatedAt");
        long second = id(create(a.account(), supply("同步二").add("publish", true)));
        assertThat(move(first, "PAUSE", null, a.account()).status()).isEqualTo(200);
        assertThat(move(first, "RESUME", null, a.account()).status()).isEqualTo(200);
        // inclusive, in change order (updatedAt, then id: changes in one second come by id)
        Http.Answer feed = http.get("/api/v1/supplies?partner=" + a.partnerId() + "&updatedSince=" + q(since));
        assertThat(ids(feed)).containsExactlyInAnyOrder(first, second);
        List<String> times = feed.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("updatedAt")).toList();
        assertThat(times).isSorted();
        assertInvalid(http.get("/api/v1/supplies?updatedSince=yesterday"), "updatedSince");
        assertThat(http.get("/api/v1/supplies?updatedSince=" + q("2999-01-01T00:00:00+08:00")).json().getInt("total"))
                .isZero();
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesNothingNew() {
        Account a = partner("幂等服务社").account();
        String key = "supply-" + suffix();
        JsonObject body = supply("幂等测试").build();
        Http.Answer first = post("/api/v1/supplies", body, a, "Idempotency-Key", key);
        Http.Answer again = post("/api/v1/supplies", body, a, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(id(again.json())).isEqualTo(id(first.json()));
    }
}
