package org.partnerhub.it.need;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The needs, visits, pain points and community funds API over HTTP against the packaged server: status codes,
 * headers, the problem+json answers for every kind of bad input (never a 5xx), scope, history and search.
 */
class NeedsApiIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final String QINGLONG = RegionCode.generated(DISTRICT, "青龙街道").value();
    private static final String BAOHE = RegionCode.generated(DISTRICT, "保和街道").value();
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

    /** A new community under a seeded street, added by the administrator's region import. */
    private static String newCommunity(String streetName, String streetCode, String prefix) {
        String name = prefix + suffix() + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",," + streetName + ",\n",
                admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().getInt("created")).isEqualTo(1);
        return RegionCode.generated(RegionCode.of(streetCode), name).value();
    }

    private static Account staff(String role, String region) {
        return accounts.create(admin, role, region, null, null);
    }

    private static int year() {
        return DistrictTime.year(Instant.now());
    }

    private static JsonObjectBuilder need(String community, String title) {
        return need(community, title, "小区独居老人多，中午没有热饭吃，希望有固定的用餐点。");
    }

    private static JsonObjectBuilder need(String community, String title, String description) {
        return Json.createObjectBuilder()
                .add("communityCode", community)
                .add("categoryCode", MEALS)
                .add("title", title)
                .add("description", description)
                .add("beneficiaries", 120)
                .add("targetGroups", Json.createArrayBuilder().add("ELDERLY"))
                .add("urgency", "HIGH")
                .add("fundingMode", "PUBLIC_BENEFIT")
                .add("budgetFen", 0)
                .add("source", Json.createObjectBuilder().add("channel", "FIELD_VISIT").addNull("visitId"));
    }

    private static Http.Answer post(String path, JsonObject body, Account account, String... headers) {
        return http.send("POST", path, "application/json", body.toString(), account.bearer(headers));
    }

    /** Records a need and returns its JSON (the "need" of the answer). */
    private static JsonObject record(Account account, JsonObjectBuilder body) {
        Http.Answer answer = post("/api/v1/needs", body.build(), account);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().getJsonObject("need");
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static Http.Answer move(long needId, String action, String reason, Account account) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            body.add("reason", reason);
        }
        return post("/api/v1/needs/" + needId + "/transitions", body.build(), account);
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static List<Long> ids(Http.Answer list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(NeedsApiIT::id).toList();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** A 400 problem+json whose errors name exactly {@code expected} (at least). */
    private static void assertInvalid(Http.Answer answer, String... expected) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(answer)).as(answer.body()).contains(expected);
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .allSatisfy(e -> assertThat(e.getString("message")).isNotBlank());
    }

    // --- recording, versions, scope ---

    @Test
    void recordingAnswers201WithLocationETagAndTheNeedsItMayDuplicate() {
        String a = newCommunity("青龙街道", QINGLONG, "录");
        String b = newCommunity("青龙街道", QINGLONG, "重");
        Account staffA = staff("COMMUNITY_STAFF", a);
        Account staffB = staff("COMMUNITY_STAFF", b);
        String description = "院落里独居老人多，午饭常常凑合，希望在活动室开设长者助餐点，每周五天供应午餐。";

        Http.Answer first = post("/api/v1/needs", need(a, "院落长者助餐点", description).add("publish", true).build(),
                staffA);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long firstId = id(first.json().getJsonObject("need"));
        assertThat(first.header("Location")).endsWith("/api/v1/needs/" + firstId);
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.json().getJsonArray("possibleDuplicates")).isNotNull();
        JsonObject recorded = first.json().getJsonObject("need");
        assertThat(recorded.getString("status")).isEqualTo("PUBLISHED");
        assertThat(recorded.getJsonObject("community").getString("code")).isEqualTo(a);
        assertThat(recorded.getJsonObject("street").getString("code")).isEqualTo(QINGLONG);
        assertThat(recorded.getJsonObject("source").getString("channel")).isEqualTo("FIELD_VISIT");
        assertThat(recorded.getString("recordedBy")).isEqualTo(staffA.username());

        Http.Answer read = http.get(first.header("Location"), staffA.bearer());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(first.header("ETag"));

        Http.Answer copy = post("/api/v1/needs", need(b, "院落长者助餐点", description.replace("希望", "想")).build(), staffB);
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().getJsonArray("possibleDuplicates").getValuesAs(JsonObject.class))
                .anySatisfy(duplicate -> {
                    assertThat(id(duplicate)).isEqualTo(firstId);
                    assertThat(duplicate.getJsonObject("community").getString("code")).isEqualTo(a);
                    assertThat(duplicate.getInt("similarityPercent")).isGreaterThanOrEqualTo(80);
                });
        assertThat(ids(http.get("/api/v1/needs/" + id(copy.json().getJsonObject("need")) + "/similar", staffB.bearer())))
                .contains(firstId);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyCreatesNothingNew() {
        String a = newCommunity("青龙街道", QINGLONG, "幂");
        Account staff = staff("COMMUNITY_STAFF", a);
        JsonObject body = need(a, "幂等测试需求").build();
        String key = "need-" + System.nanoTime();

        Http.Answer first = post("/api/v1/needs", body, staff, "Idempotency-Key", key);
        Http.Answer again = post("/api/v1/needs", body, staff, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(id(again.json().getJsonObject("need"))).isEqualTo(id(first.json().getJsonObject("need")));
        Http.Answer list = http.get("/api/v1/needs?region=" + a, staff.bearer());
        assertThat(list.json().getInt("total")).isEqualTo(1);
        assertThat(ids(list)).containsExactly(id(first.json().getJsonObject("need")));
    }

    @Test
    void aStaleIfMatchIs412AndSavesNothingAndAnotherCommunityIs403() {
        String a = newCommunity("青龙街道", QINGLONG, "版");
        String b = newCommunity("青龙街道", QINGLONG, "他");
        Account staffA = staff("COMMUNITY_STAFF", a);
        Account staffB = staff("COMMUNITY_STAFF", b);
        long needId = id(record(staffA, need(a, "原来的标题")));
        String path = "/api/v1/needs/" + needId;

        String etag = http.get(path, staffA.bearer()).header("ETag");
        Http.Answer edited = http.send("PUT", path, "application/json", need(a, "第一次修改").build().toString(),
                staffA.bearer("If-Match", etag));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.header("ETag")).isNotEqualTo(etag);

        Http.Answer stale = http.send("PUT", path, "application/json", need(a, "第二次修改").build().toString(),
                staffA.bearer("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
        Http.Answer now = http.get(path, staffA.bearer());
        assertThat(now.json().getString("title")).isEqualTo("第一次修改");
        assertThat(now.header("ETag")).isEqualTo(edited.header("ETag"));

        assertThat(move(needId, "PUBLISH", null, staffA).status()).isEqualTo(200);
        String current = http.get(path, staffA.bearer()).header("ETag");
        Http.Answer foreign = http.send("PUT", path, "application/json", need(a, "别的社区来改").build().toString(),
                staffB.bearer("If-Match", current));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("Content-Type")).startsWith("application/problem+json");
        assertThat(move(needId, "CLOSE", "别的社区来关", staffB).status()).isEqualTo(403);
        assertThat(http.get(path + "/history", staffB.bearer()).status()).isEqualTo(403);
        assertThat(http.get(path, staffA.bearer()).json().getString("status")).isEqualTo("PUBLISHED");

        long draftId = id(record(staffA, need(a, "甲社区的草稿")));
        assertThat(http.get("/api/v1/needs/" + draftId, staffB.bearer()).status()).isEqualTo(404);
        assertThat(http.send("PUT", "/api/v1/needs/" + draftId, "application/json", need(a, "改草稿").build().toString(),
                staffB.bearer("If-Match", "\"1\"")).status()).as("refused, though it cannot even read it").isEqualTo(403);
        String noIfMatch = need(a, "不带 If-Match").build().toString();
        assertThat(http.send("PUT", "/api/v1/needs/" + draftId, "application/json", noIfMatch, staffB.bearer()).status())
                .isEqualTo(403);
        assertThat(http.send("PUT", "/api/v1/needs/" + draftId, "application/json", noIfMatch).status()).isEqualTo(401);
        assertThat(http.send("PUT", "/api/v1/needs/" + draftId, "application/json", noIfMatch, admin.bearer()).status())
                .as("the district reads but does not edit").isEqualTo(403);
        Http.Answer unconditional = http.send("PUT", "/api/v1/needs/" + draftId, "application/json", noIfMatch,
                staffA.bearer());
        assertThat(unconditional.status()).as("the owner must say which version it edits").isEqualTo(428);
        assertThat(unconditional.json().getString("detail")).contains("If-Match");
        assertThat(http.get("/api/v1/needs/" + draftId, staffA.bearer()).json().getString("title"))
                .as("nothing saved").isEqualTo("甲社区的草稿");
    }

    @Test
    void theHistoryListsEveryChangedFieldWithItsOldAndNewValue() {
        String a = newCommunity("青龙街道", QINGLONG, "史");
        Account community = staff("COMMUNITY_STAFF", a);
        Account street = staff("STREET_STAFF", QINGLONG);
        long needId = id(record(community, need(a, "老年人助餐")));
        String path = "/api/v1/needs/" + needId;

        Http.Answer edited = http.send("PUT", path, "application/json", need(a, "长者助餐服务")
                .add("beneficiaries", 150).add("urgency", "URGENT").build().toString(),
                street.bearer("If-Match", http.get(path, street.bearer()).header("ETag")));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        Http.Answer history = http.get(path + "/history", community.bearer());
        assertThat(history.status()).isEqualTo(200);
        List<JsonObject> entries = history.json().getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("EDITED", "CREATED");
        JsonObject edit = entries.get(0);
        assertThat(edit.getString("actor")).isEqualTo(street.username());
        assertThat(edit.getString("at")).endsWith("+08:00");
        assertThat(edit.getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ": " + c.getString("from") + " → " + c.getString("to"))
                .containsExactly("title: 老年人助餐 → 长者助餐服务", "beneficiaries: 120 → 150", "urgency: HIGH → URGENT");
        assertThat(entries.get(1).getJsonArray("changes").getValuesAs(JsonObject.class))
                .anySatisfy(c -> {
                    assertThat(c.getString("field")).isEqualTo("title");
                    assertThat(c.get("from")).as("a first value comes from nothing").isIn(null, JsonValue.NULL);
                    assertThat(c.getString("to")).isEqualTo("老年人助餐");
                });
        assertThat(http.get(path + "/history").status()).as("the public reads no history").isEqualTo(401);
    }

    // --- bad input ---

    @Test
    void everyKindOfBadInputIs400NamingTheFieldAndNever5xx() {
        String a = newCommunity("青龙街道", QINGLONG, "错");
        String b = newCommunity("青龙街道", QINGLONG, "邻");
        String unfunded = newCommunity("青龙街道", QINGLONG, "无");
        Account staffA = staff("COMMUNITY_STAFF", a);
        Account street = staff("STREET_STAFF", QINGLONG);
        Account unfundedStaff = staff("COMMUNITY_STAFF", unfunded);
        assertThat(http.send("PUT", "/api/v1/community-funds/" + a + "/" + year(), "application/json",
                "{\"amountFen\":100000}", street.bearer()).status()).isEqualTo(200);
        Http.Answer visitInB = post("/api/v1/visits", visit(b, LocalDate.now(DistrictTime.ZONE)).build(), street);
        assertThat(visitInB.status()).as(visitInB.body()).isEqualTo(201);
        long visitB = id(visitInB.json());

        assertInvalid(post("/api/v1/needs", need("510108-NOSUCH", "未知社区").build(), staffA), "communityCode");
        assertInvalid(post("/api/v1/needs", need(QINGLONG, "街道不是社区").build(), street), "communityCode");
        assertInvalid(post("/api/v1/needs", need(a, "标".repeat(101)).build(), staffA), "title");
        assertInvalid(post("/api/v1/needs", need(a, "负数受益人").add("beneficiaries", -1).build(), staffA),
                "beneficiaries");
        assertInvalid(post("/api/v1/needs", need(a, "未知紧急程度").add("urgency", "SOMETIME").build(), staffA), "urgency");
        assertInvalid(post("/api/v1/needs", need(a, "导入渠道").add("source", Json.createObjectBuilder()
                .add("channel", "IMPORT")).build(), staffA), "source.channel");
        assertInvalid(post("/api/v1/needs", need(a, "别的社区的走访").add("source", Json.createObjectBuilder()
                .add("channel", "FIELD_VISIT").add("visitId", visitB)).build(), street), "source.visitId");
        assertInvalid(post("/api/v1/needs", need(a, "超出资金").add("budgetFen", 100_001).build(), staffA), "budgetFen");
        assertInvalid(post("/api/v1/needs", need(unfunded, "没有资金").add("budgetFen", 100).build(), unfundedStaff),
                "budgetFen");
        assertInvalid(post("/api/v1/needs", need(a, "负预算").add("budgetFen", -1).build(), staffA), "budgetFen");
        assertInvalid(post("/api/v1/needs", need(a, "受益人不是数字").add("beneficiaries", "很多").build(), staffA),
                "beneficiaries");
        assertInvalid(post("/api/v1/needs", need(a, "年份不对").add("fundYear", year() + 9).build(), staffA), "fundYear");

        Http.Answer everything = post("/api/v1/needs", Json.createObjectBuilder().add("communityCode", a)
                .add("title", "标".repeat(101)).add("beneficiaries", 0).add("budgetFen", -5).build(), staffA);
        assertInvalid(everything, "categoryCode", "title", "description", "beneficiaries", "urgency", "fundingMode",
                "budgetFen", "source.channel");

        for (String body : new String[] {"{", "[]", "\"need\"", "{\"communityCode\": 42}", ""}) {
            Http.Answer malformed = http.send("POST", "/api/v1/needs", "application/json", body, staffA.bearer());
            assertThat(malformed.status()).as("body %s: %s", body, malformed.body()).isEqualTo(400);
        }
        assertThat(http.get("/api/v1/needs?status=SOMETIME").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/needs?region=nowhere").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/needs/not-a-number").status()).isEqualTo(404);

        Http.Answer list = http.get("/api/v1/needs?region=" + a, staffA.bearer());
        assertThat(list.json().getInt("total")).as("nothing was recorded by the refused requests").isZero();
    }

    // --- moves ---

    @Test
    void transitionsFollowTheTableAndAnIllegalOneIs409() {
        String a = newCommunity("青龙街道", QINGLONG, "移");
        Account staff = staff("COMMUNITY_STAFF", a);
        long needId = id(record(staff, need(a, "需要移动的需求")));

        Http.Answer published = move(needId, "PUBLISH", null, staff);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");
        assertThat(published.json().getString("publishedAt")).isNotBlank();

        Http.Answer again = move(needId, "PUBLISH", null, staff);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");

        Http.Answer noReason = move(needId, "CLOSE", null, staff);
        assertInvalid(noReason, "reason");
        assertThat(fields(noReason)).containsExactly("reason");
        assertInvalid(move(needId, "CLOSE", "  ", staff), "reason");
        assertInvalid(move(needId, "START_COOPERATION", null, staff), "action");
        assertInvalid(move(needId, "FLY", null, staff), "action");

        Http.Answer closed = move(needId, "CLOSE", "居民已自行解决", staff);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().getString("status")).isEqualTo("CLOSED");
        assertThat(closed.json().getString("statusReason")).isEqualTo("居民已自行解决");
        Http.Answer closedEdit = http.send("PUT", "/api/v1/needs/" + needId, "application/json",
                need(a, "关闭后再改").build().toString(), staff.bearer("If-Match", closed.header("ETag")));
        assertThat(closedEdit.status()).as(closedEdit.body()).isEqualTo(409);
        assertThat(move(needId, "CLOSE", "再关一次", staff).status()).isEqualTo(409);

        Http.Answer reopened = move(needId, "REOPEN", null, staff);
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.json().getString("status")).isEqualTo("DRAFT");

        List<String> actions = http.get("/api/v1/needs/" + needId + "/history", staff.bearer()).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertThat(actions).containsExactly("REOPEN", "CLOSE", "PUBLISH", "CREATED");
        assertThat(move(needId, "PUBLISH", null, staff).status()).as("the table is checked, not the caller").isEqualTo(200);
        assertThat(http.send("POST", "/api/v1/needs/" + needId + "/transitions", "application/json",
                "{\"action\":\"CLOSE\",\"reason\":\"x\"}").status()).as("the public").isEqualTo(401);
    }

    @Test
    void aMergeOverHttpClosesOneNeedAndBothHistoriesSaySo() {
        String a = newCommunity("青龙街道", QINGLONG, "并");
        String b = newCommunity("青龙街道", QINGLONG, "合");
        Account street = staff("STREET_STAFF", QINGLONG);
        long target = id(record(street, need(a, "社区食堂").add("publish", true)));
        long source = id(record(street, need(b, "社区食堂").add("publish", true)));

        Http.Answer merged = post("/api/v1/needs/" + source + "/merge", Json.createObjectBuilder().add("into", target)
                .add("reason", "同一个食堂").build(), street);
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().getString("status")).isEqualTo("CLOSED");
        assertThat(merged.json().getJsonNumber("mergedIntoId").longValue()).isEqualTo(target);
        assertThat(http.get("/api/v1/needs/" + source + "/history", street.bearer()).json().getJsonArray("items")
                .getJsonObject(0).getString("action")).isEqualTo("MERGED_INTO");
        assertThat(http.get("/api/v1/needs/" + target + "/history", street.bearer()).json().getJsonArray("items")
                .getJsonObject(0).getString("action")).isEqualTo("MERGED_FROM");
        assertThat(move(source, "REOPEN", null, street).status()).isEqualTo(409);
        assertInvalid(post("/api/v1/needs/" + target + "/merge", Json.createObjectBuilder().build(), street), "into");
    }

    // --- public list and search ---

    @Test
    void thePublicSeesPublishedNeedsOnlyAndTheSearchUnderstandsChinese() {
        String a = newCommunity("保和街道", BAOHE, "搜");
        Account staff = staff("COMMUNITY_STAFF", a);
        long elderMeals = id(record(staff, need(a, "长者助餐服务", "每周五天，中午提供热菜。").add("publish", true)));
        long oldMeals = id(record(staff, need(a, "老年人助餐", "中午提供热菜，可以送餐上门。").add("publish", true)));
        long station = id(record(staff, need(a, "社区养老驿站", "日间照料与康复训练。").add("publish", true)));
        long draft = id(record(staff, need(a, "草稿里的助餐", "尚未确认。")));

        assertThat(ids(http.get("/api/v1/needs?size=200&region=" + a))).containsExactlyInAnyOrder(elderMeals, oldMeals,
                station);
        assertThat(http.get("/api/v1/needs/" + draft).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/needs/" + elderMeals).json().containsKey("recordedBy"))
                .as("the public does not learn who recorded it").isFalse();
        assertThat(ids(http.get("/api/v1/needs?size=200&region=" + a, staff.bearer()))).contains(draft);

        // titles with 助餐 first (newest first), then the station, found by its category's name 养老助餐
        assertThat(ids(http.get("/api/v1/needs?region=" + a + "&q=" + q("助餐")))).containsExactly(oldMeals, elderMeals,
                station);
        // all three are of the category 养老助餐, whose name is searched too; the station has 养老 in its title as well
        assertThat(ids(http.get("/api/v1/needs?region=" + a + "&q=" + q("养老")))).containsExactly(station, oldMeals,
                elderMeals);
        assertThat(ids(http.get("/api/v1/needs?region=" + a + "&q=" + q("养老驿站")))).containsExactly(station);
        assertThat(ids(http.get("/api/v1/needs?region=" + a + "&q=" + q("助餐，热菜")))).containsExactlyInAnyOrder(
                elderMeals, oldMeals);
        assertThat(ids(http.get("/api/v1/needs?region=" + a + "&q=" + q("助餐 送餐")))).containsExactly(oldMeals);
        assertThat(ids(http.get("/api/v1/needs?region=" + a + "&status=DRAFT"))).as("a public filter on drafts")
                .isEmpty();
    }

    // --- visits ---

    private static JsonObjectBuilder visit(String community, LocalDate date) {
        return Json.createObjectBuilder()
                .add("communityCode", community)
                .add("visitDate", date.toString())
                .add("format", "FIELD_RESEARCH")
                .add("participantCount", 12)
                .add("participants", "楼栋长、居民代表")
                .add("summary", "走访了三个院落，老人普遍反映午餐不便。");
    }

    @Test
    void visitsAreRecordedListedAndShowTheNeedsFoundThereButNeverToThePublic() {
        String a = newCommunity("青龙街道", QINGLONG, "访");
        String b = newCommunity("青龙街道", QINGLONG, "走");
        Account staffA = staff("COMMUNITY_STAFF", a);
        Account staffB = staff("COMMUNITY_STAFF", b);
        LocalDate today = LocalDate.now(DistrictTime.ZONE);

        Http.Answer created = post("/api/v1/visits", visit(a, today).build(), staffA);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long visitId = id(created.json());
        assertThat(created.header("Location")).endsWith("/api/v1/visits/" + visitId);
        assertThat(created.json().getString("visitDate")).isEqualTo(today.toString());

        assertThat(ids(http.get("/api/v1/visits?region=" + a, staffA.bearer()))).contains(visitId);
        JsonObject fromVisit = record(staffA, need(a, "走访发现的助餐需求").add("source", Json.createObjectBuilder()
                .add("visitId", visitId)));
        assertThat(fromVisit.getJsonObject("source").getString("channel")).isEqualTo("FIELD_VISIT");
        assertThat(fromVisit.getJsonObject("source").getJsonNumber("visitId").longValue()).isEqualTo(visitId);

        Http.Answer read = http.get("/api/v1/visits/" + visitId, staffA.bearer());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getJsonArray("needs").getValuesAs(JsonObject.class)).extracting(NeedsApiIT::id)
                .containsExactly(id(fromVisit));
        assertThat(ids(http.get("/api/v1/needs?visit=" + visitId, staffA.bearer()))).containsExactly(id(fromVisit));

        assertThat(http.get("/api/v1/visits").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/visits/" + visitId).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/visits/" + visitId, staffB.bearer()).status()).isEqualTo(404);
        assertThat(ids(http.get("/api/v1/visits?size=200", staffB.bearer()))).doesNotContain(visitId);
        assertThat(post("/api/v1/visits", visit(a, today).build(), staffB).status()).isEqualTo(403);

        assertInvalid(post("/api/v1/visits", visit(a, today.plusDays(1)).build(), staffA), "visitDate");
        assertInvalid(post("/api/v1/visits", visit(a, today).add("participantCount", 0).add("format", "PARTY").build(),
                staffA), "format");
        assertInvalid(post("/api/v1/visits", visit(a, today).add("participantCount", 0).build(), staffA),
                "participantCount");
        assertInvalid(post("/api/v1/needs", need(a, "渠道与走访不符").add("source", Json.createObjectBuilder()
                .add("channel", "ONLINE").add("visitId", visitId)).build(), staffA), "source.channel");
    }

    @Test
    void aPartnerRecordsVisitsAndDraftNeedsButPublishesNothing() {
        String a = newCommunity("青龙街道", QINGLONG, "伙");
        Account community = staff("COMMUNITY_STAFF", a);
        Account partner = new Applications(http).admitted(admin, "走访合伙人" + suffix(), List.of("510108"),
                List.of(MEALS)).account();

        Http.Answer visit = post("/api/v1/visits", visit(a, LocalDate.now(DistrictTime.ZONE)).build(), partner);
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        long visitId = id(visit.json());
        JsonObjectBuilder found = need(a, "合伙人走访发现的需求").add("source", Json.createObjectBuilder()
                .add("visitId", visitId));

        assertInvalid(post("/api/v1/needs", found.add("publish", true).build(), partner), "publish");
        JsonObject draft = record(partner, need(a, "合伙人走访发现的需求").add("source", Json.createObjectBuilder()
                .add("visitId", visitId)));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(move(id(draft), "PUBLISH", null, partner).status()).isEqualTo(403);
        assertThat(http.get("/api/v1/visits/" + visitId, partner.bearer()).json().getJsonArray("needs")).hasSize(1);
        assertThat(http.get("/api/v1/needs/" + id(draft), community.bearer()).json().getString("status"))
                .isEqualTo("DRAFT");
        assertThat(move(id(draft), "PUBLISH", null, community).status()).isEqualTo(200);
    }

    // --- pain points ---

    private static JsonObjectBuilder painPoint(String street, String title) {
        return Json.createObjectBuilder()
                .add("streetCode", street)
                .add("categoryCode", "volunteering")
                .add("title", title)
                .add("description", "志愿服务项目多而散，居民记不住，也难以持续。");
    }

    @Test
    void streetsKeepTheirPainPointsWithHistoryAndThePublicSeesPublishedOnes() {
        Account street = staff("STREET_STAFF", QINGLONG);
        Account otherStreet = staff("STREET_STAFF", BAOHE);
        Account community = staff("COMMUNITY_STAFF", newCommunity("青龙街道", QINGLONG, "痛"));
        String title = "志愿服务缺乏品牌" + suffix();

        Http.Answer created = post("/api/v1/pain-points", painPoint(QINGLONG, title).build(), street);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = id(created.json());
        String path = "/api/v1/pain-points/" + id;
        assertThat(created.header("Location")).endsWith(path);
        assertThat(created.json().getString("status")).isEqualTo("DRAFT");
        assertThat(http.get(path).status()).as("a draft is not public").isEqualTo(404);

        String etag = created.header("ETag");
        Http.Answer edited = http.send("PUT", path, "application/json", painPoint(QINGLONG, title + "（修订）")
                .build().toString(), street.bearer("If-Match", etag));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(http.send("PUT", path, "application/json", painPoint(QINGLONG, title + "（再改）").build().toString(),
                street.bearer("If-Match", etag)).status()).isEqualTo(412);

        Http.Answer published = post(path + "/transitions", Json.createObjectBuilder().add("action", "PUBLISH").build(),
                street);
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().getString("status")).isEqualTo("PUBLISHED");

        List<JsonObject> history = http.get(path + "/history", street.bearer()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(history).extracting(e -> e.getString("action")).containsExactly("PUBLISH", "EDITED", "CREATED");
        assertThat(history.get(1).getString("actor")).isEqualTo(street.username());
        assertThat(history.get(1).getJsonArray("changes").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("field") + ": " + c.getString("from") + " → " + c.getString("to"))
                .containsExactly("title: " + title + " → " + title + "（修订）");

        String now = http.get(path, street.bearer()).header("ETag");
        assertThat(http.send("PUT", path, "application/json", painPoint(QINGLONG, "别的街道改").build().toString(),
                otherStreet.bearer("If-Match", now)).status()).isEqualTo(403);
        assertThat(post(path + "/transitions", Json.createObjectBuilder().add("action", "CLOSE").add("reason", "x")
                .build(), otherStreet).status()).isEqualTo(403);
        assertThat(post("/api/v1/pain-points", painPoint(QINGLONG, "别的街道替青龙发布").build(), otherStreet).status())
                .isEqualTo(403);
        assertThat(post("/api/v1/pain-points", painPoint(QINGLONG, "社区不发布痛点").build(), community).status())
                .isEqualTo(403);
        assertThat(http.get(path + "/history").status()).isEqualTo(401);
        assertInvalid(post(path + "/transitions", Json.createObjectBuilder().add("action", "RESOLVE").build(), street),
                "reason");
        assertThat(post(path + "/transitions", Json.createObjectBuilder().add("action", "PUBLISH").build(), street)
                .status()).isEqualTo(409);

        long draft = id(post("/api/v1/pain-points", painPoint(QINGLONG, title + "（草稿）").build(), street).json());
        long atOnce = id(post("/api/v1/pain-points", painPoint(QINGLONG, title + "（即发）").add("publish", true).build(),
                street).json());
        assertThat(http.get("/api/v1/pain-points/" + atOnce + "/history", street.bearer()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(e -> e.getString("action")).containsExactly("PUBLISH", "CREATED");
        List<Long> publicList = ids(http.get("/api/v1/pain-points?size=200&region=" + QINGLONG + "&q=" + q(title)));
        assertThat(publicList).contains(id, atOnce).doesNotContain(draft);
        assertThat(ids(http.get("/api/v1/pain-points?size=200&region=" + QINGLONG + "&q=" + q(title), street.bearer())))
                .contains(id, atOnce, draft);
        assertInvalid(post("/api/v1/pain-points", painPoint(a0(), "社区不是街道").build(), street), "streetCode");
        assertInvalid(post("/api/v1/pain-points", Json.createObjectBuilder().add("streetCode", QINGLONG).build(), street),
                "categoryCode", "title", "description");
    }

    /** A community code, where a street's is wanted. */
    private static String a0() {
        return RegionCode.generated(RegionCode.of(QINGLONG), "东林社区").value();
    }

    // --- funds ---

    @Test
    void fundsAreSetListedWithWhatIsHeldAndNeverLoweredBelowIt() {
        String a = newCommunity("青龙街道", QINGLONG, "金");
        Account street = staff("STREET_STAFF", QINGLONG);
        Account otherStreet = staff("STREET_STAFF", BAOHE);
        Account community = staff("COMMUNITY_STAFF", a);
        String fund = "/api/v1/community-funds/" + a + "/" + year();

        Http.Answer set = http.send("PUT", fund, "application/json", "{\"amountFen\":100000}", street.bearer());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().getJsonNumber("amountFen").longValue()).isEqualTo(100_000);
        assertThat(set.json().getJsonNumber("remainingFen").longValue()).isEqualTo(100_000);
        assertThat(set.json().getJsonObject("community").getString("code")).isEqualTo(a);

        record(community, need(a, "有预算的需求").add("budgetFen", 60_000));
        Http.Answer listed = http.get("/api/v1/community-funds?region=" + a + "&year=" + year(), community.bearer());
        assertThat(listed.status()).isEqualTo(200);
        JsonObject row = listed.json().getJsonArray("items").getJsonObject(0);
        assertThat(row.getJsonNumber("amountFen").longValue()).isEqualTo(100_000);
        assertThat(row.getJsonNumber("earmarkedFen").longValue()).isEqualTo(60_000);
        assertThat(row.getJsonNumber("remainingFen").longValue()).isEqualTo(40_000);
        assertThat(http.get("/api/v1/community-funds?region=" + QINGLONG, street.bearer()).json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).anySatisfy(r -> assertThat(r.getJsonObject("community").getString("code"))
                        .isEqualTo(a));

        Http.Answer lowered = http.send("PUT", fund, "application/json", "{\"amountFen\":59999}",
                street.bearer("Accept-Language", "en"));
        assertInvalid(lowered, "amountFen");
        assertThat(lowered.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("600.00");
        assertThat(http.send("PUT", fund, "application/json", "{\"amountFen\":60000}", street.bearer()).json()
                .getJsonNumber("remainingFen").longValue()).isZero();
        assertInvalid(post("/api/v1/needs", need(a, "没有剩余").add("budgetFen", 1).build(), community), "budgetFen");

        assertThat(http.send("PUT", fund, "application/json", "{\"amountFen\":1}", otherStreet.bearer()).status())
                .isEqualTo(403);
        assertThat(http.send("PUT", fund, "application/json", "{\"amountFen\":1}", community.bearer()).status())
                .isEqualTo(403);
        assertThat(http.send("PUT", fund, "application/json", "{\"amountFen\":1}").status()).isEqualTo(401);
        assertThat(http.get("/api/v1/community-funds").status()).isEqualTo(401);
        assertInvalid(http.send("PUT", "/api/v1/community-funds/" + a + "/" + (year() + 5), "application/json",
                "{\"amountFen\":1}", street.bearer()), "year");
        assertInvalid(http.send("PUT", "/api/v1/community-funds/" + QINGLONG + "/" + year(), "application/json",
                "{\"amountFen\":1}", street.bearer()), "communityCode");
        assertInvalid(http.send("PUT", fund, "application/json", "{\"amountFen\":-1}", street.bearer()), "amountFen");
        assertThat(http.get("/api/v1/community-funds?region=" + a, admin.bearer()).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("amountFen").longValue()).isEqualTo(60_000);
    }
}
