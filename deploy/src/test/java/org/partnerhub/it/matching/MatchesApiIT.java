package org.partnerhub.it.matching;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import org.partnerhub.it.support.WebSession;

/**
 * The matches over HTTP against the packaged server: {@code GET /api/v1/needs/{id}/matches} and
 * {@code GET /api/v1/supplies/{id}/matches} next to the needs' and items' own paths, score and reasons (codes and texts
 * in the caller's language), what never appears, 404 for unknown and unreadable records, 400 naming {@code size}.
 */
class MatchesApiIT {

    private static final String QINGLONG_NAME = "青龙街道";
    private static final String QINGLONG = RegionCode.generated(RegionCode.of("510108"), QINGLONG_NAME).value();
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

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private static String newCommunity() {
        String name = "匹配接口" + suffix() + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",Match API Community,"
                        + QINGLONG_NAME + ",\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return RegionCode.generated(RegionCode.of(QINGLONG), name).value();
    }

    private static Http.Answer post(String path, JsonObject body, Account account) {
        return http.send("POST", path, "application/json", body.toString(), account.bearer());
    }

    private static long need(Account staff, String community, String title, boolean publish) {
        JsonObject body = Json.createObjectBuilder()
                .add("communityCode", community).add("categoryCode", MEALS).add("title", title)
                .add("description", "独居老人午餐没有着落，希望开设助餐点。").add("beneficiaries", 60)
                .add("targetGroups", Json.createArrayBuilder().add("ELDERLY")).add("urgency", "HIGH")
                .add("fundingMode", "PUBLIC_BENEFIT").add("budgetFen", 0)
                .add("source", Json.createObjectBuilder().add("channel", "ONLINE")).add("publish", publish).build();
        Http.Answer answer = post("/api/v1/needs", body, staff);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().getJsonObject("need").getJsonNumber("id").longValue();
    }

    private static long supply(Account partner, String title, String fundingMode, String region) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("title", title).add("categoryCode", MEALS).add("description", "为老人提供午餐与送餐上门。")
                .add("serviceRegionCodes", Json.createArrayBuilder().add(region)).add("capacity", 4)
                .add("fundingMode", fundingMode).add("publish", true);
        Http.Answer answer = post("/api/v1/supplies", body.build(), partner);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().getJsonNumber("id").longValue();
    }

    private static List<JsonObject> items(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject match(List<JsonObject> items, String side, long id) {
        return items.stream().filter(m -> m.getJsonObject(side).getJsonNumber("id").longValue() == id).findFirst()
                .orElseThrow(() -> new AssertionError(side + " " + id + " not among " + items));
    }

    private static List<String> codes(JsonObject match) {
        return match.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().map(r -> r.getString("code"))
                .toList();
    }

    @Test
    void aNeedsMatchesAndAnItemsMatchesWithScoreAndReasonsInTheCallersLanguage() throws Exception {
        String community = newCommunity();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        Admitted partner = new Applications(http).admitted(admin, "匹配接口服务社" + suffix(), List.of("510108"),
                List.of(MEALS));
        long near = supply(partner.account(), "本社区长者食堂", "PUBLIC_BENEFIT", community);
        long street = supply(partner.account(), "青龙街道助餐点", "LOW_FEE", QINGLONG);
        long paused = supply(partner.account(), "暂停的助餐", "PUBLIC_BENEFIT", community);
        Http.Answer pause = post("/api/v1/supplies/" + paused + "/transitions",
                Json.createObjectBuilder().add("action", "PAUSE").build(), partner.account());
        assertThat(pause.status()).as(pause.body()).isEqualTo(200);
        long needId = need(staff, community, "老人午餐没有着落", true);

        List<JsonObject> found = items(http.get("/api/v1/needs/" + needId + "/matches?size=50"));
        JsonObject first = found.get(0);
        assertThat(first.getJsonNumber("needId").longValue()).isEqualTo(needId);
        assertThat(first.getJsonNumber("supplyId").longValue()).isEqualTo(near);
        assertThat(first.getInt("score")).isEqualTo(85);
        assertThat(first.getJsonObject("supply").getString("title")).isEqualTo("本社区长者食堂");
        assertThat(first.getJsonObject("supply").getJsonObject("partner").getJsonNumber("id").longValue())
                .isEqualTo(partner.partnerId());
        assertThat(first.getJsonObject("supply").getInt("capacityLeft")).isEqualTo(4);
        assertThat(first.getJsonObject("supply").getJsonObject("category").getString("code")).isEqualTo(MEALS);
        assertThat(codes(first)).containsExactly("CATEGORY_SAME", "REGION_COMMUNITY", "CAPACITY_LEFT", "FUNDING_FREE",
                "TRACK_NONE");
        assertThat(first.getJsonArray("reasons").getJsonObject(1).getString("text")).isEqualTo("服务范围包含本社区");
        assertThat(first.getJsonArray("reasons").getJsonObject(1).getInt("points")).isEqualTo(30);
        JsonObject fromStreet = match(found, "supply", street);
        assertThat(codes(fromStreet)).contains("REGION_STREET", "FUNDING_MISMATCH");
        assertThat(fromStreet.getInt("score")).isLessThan(85);
        assertThat(found).noneMatch(m -> m.getJsonNumber("supplyId").longValue() == paused);

        List<JsonObject> english = items(http.get("/api/v1/needs/" + needId + "/matches", "Accept-Language", "en"));
        assertThat(english.get(0).getJsonArray("reasons").getJsonObject(1).getString("text"))
                .isEqualTo("Serves this community");
        assertThat(items(http.get("/api/v1/needs/" + needId + "/matches?size=1"))).hasSize(1);

        List<JsonObject> needs = items(http.get("/api/v1/supplies/" + street + "/matches?size=50"));
        JsonObject ours = match(needs, "need", needId);
        assertThat(ours.getJsonObject("need").getJsonObject("community").getString("code")).isEqualTo(community);
        assertThat(ours.getJsonObject("need").getString("fundingMode")).isEqualTo("PUBLIC_BENEFIT");
        assertThat(codes(ours)).contains("REGION_STREET");
        assertThat(items(http.get("/api/v1/supplies/" + paused + "/matches", partner.account().bearer()))).isEmpty();

        // the needs' and items' own paths are untouched by the matches' resources
        assertThat(http.get("/api/v1/needs/" + needId).status()).isEqualTo(200);
        assertThat(http.get("/api/v1/supplies/" + street).status()).isEqualTo(200);

        // the pages: the public reads the matches and their reasons; the need's staff also gets the proposal link
        String propose = "/intent/new?need=" + needId + "&amp;supply=" + near;
        WebSession visitor = new WebSession(TestEnvironment.get().app().base());
        String needPage = visitor.get("/need?id=" + needId).body();
        assertThat(needPage).contains("id=\"match-list\"", "本社区长者食堂", "服务范围包含本社区", "85 分")
                .doesNotContain("暂停的助餐", propose);
        String supplyPage = visitor.get("/supply?id=" + street).body();
        assertThat(supplyPage).contains("可对接的需求", "老人午餐没有着落", "服务范围包含本街道");
        WebSession staffSession = new WebSession(TestEnvironment.get().app().base());
        assertThat(staffSession.signIn(staff.username(), staff.password())).isTrue();
        assertThat(staffSession.get("/need?id=" + needId).body()).contains(propose, "发起合作意向");
        assertThat(staffSession.get("/need?id=" + needId + "&lang=en").body()).contains("Suggested supply",
                "Serves this community", "Propose cooperation");
    }

    @Test
    void unknownAndUnreadableRecordsAre404AndABadSizeIs400NamingIt() {
        String community = newCommunity();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        long draft = need(staff, community, "未发布的需求", false);
        for (String path : List.of("/api/v1/needs/" + Long.MAX_VALUE + "/matches", "/api/v1/needs/abc/matches",
                "/api/v1/supplies/" + Long.MAX_VALUE + "/matches", "/api/v1/needs/" + draft + "/matches")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path + " " + answer.body()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
        Account otherStaff = accounts.create(admin, "COMMUNITY_STAFF", newCommunity(), null, null);
        assertThat(http.get("/api/v1/needs/" + draft + "/matches", otherStaff.bearer()).status()).isEqualTo(404);
        assertThat(items(http.get("/api/v1/needs/" + draft + "/matches", staff.bearer()))).isNotNull();
        for (String size : List.of("0", "51", "x")) {
            Http.Answer answer = http.get("/api/v1/needs/" + draft + "/matches?size=" + size, staff.bearer());
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("size");
        }
    }
}
