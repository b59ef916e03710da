package org.partnerhub.it.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The search over HTTP: {@code GET /api/v1/search} across needs and partners (mixed by relevance, each kind's
 * visibility kept), {@code ?sort=} on the need list, bad parameters as 400s naming them, and the {@code /search} page.
 * Every record carries a made-up Latin word of its own, so that records of other tests never answer.
 */
class SearchApiIT {

    private static final String QINGLONG = RegionCode.generated(RegionCode.of("510108"), "青龙街道").value();

    private static Http http;
    private static Accounts accounts;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        accounts = new Accounts(http);
        admin = accounts.admin();
    }

    private static String word() {
        StringBuilder w = new StringBuilder("zq");
        for (int i = 0; i < 6; i++) {
            w.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return w.toString();
    }

    private static String community() {
        String name = "搜" + Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36) + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return RegionCode.generated(RegionCode.of(QINGLONG), name).value();
    }

    private static long need(Account staff, String community, String title, String description, boolean publish) {
        JsonObject body = Json.createObjectBuilder()
                .add("communityCode", community).add("categoryCode", "environment").add("title", title)
                .add("description", description).add("beneficiaries", 10)
                .add("targetGroups", Json.createArrayBuilder().add("ELDERLY")).add("urgency", "LOW")
                .add("fundingMode", "PUBLIC_BENEFIT").add("budgetFen", 0).add("publish", publish)
                .add("source", Json.createObjectBuilder().add("channel", "ONLINE").addNull("visitId")).build();
        Http.Answer answer = http.send("POST", "/api/v1/needs", "application/json", body.toString(), staff.bearer());
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().getJsonObject("need").getJsonNumber("id").longValue();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> hits(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(h -> h.getString("kind") + ":" + h.getJsonNumber("id").longValue()).toList();
    }

    private static void assertInvalid(Http.Answer answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("field")).isEqualTo(field));
    }

    @Test
    void oneSearchFindsNeedsAndPartnersMostRelevantFirstAndKeepsDraftsAndSuspendedPartnersOut() {
        String w = word();
        String community = community();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        long exact = need(staff, community, w + "长者助餐", "每天中午送餐。", true);
        long described = need(staff, community, "社区食堂", "项目" + w + "长者助餐服务的食堂。", true);
        long draft = need(staff, community, w + "筹建中", "还没有发布。", false);
        long partner = new Applications(http).admitted(admin, w + "助餐服务社", List.of("510108"),
                List.of("elderly-meals")).partnerId();
        long suspended = new Applications(http).admitted(admin, w + "暂停服务社", List.of("510108"),
                List.of("elderly-meals")).partnerId();
        Http.Answer suspend = http.send("POST", "/api/v1/partners/" + suspended + "/transitions", "application/json",
                "{\"action\":\"SUSPEND\",\"reason\":\"核查\"}", admin.bearer());
        assertThat(suspend.status()).as(suspend.body()).isEqualTo(200);

        Http.Answer all = http.get("/api/v1/search?q=" + q(w));
        // titles with the word first (newer first; the clock ticks in seconds, so these two may tie and then go by
        // kind), then the description
        List<String> found = hits(all);
        assertThat(found).hasSize(3);
        assertThat(found.subList(0, 2)).containsExactlyInAnyOrder("partner:" + partner, "need:" + exact);
        assertThat(found.get(2)).isEqualTo("need:" + described);
        assertThat(all.json().getJsonNumber("total").longValue()).isEqualTo(3);
        int partnerAt = found.indexOf("partner:" + partner);
        assertThat(all.json().getJsonArray("items").getJsonObject(partnerAt).getString("href"))
                .isEqualTo("/api/v1/partners/" + partner);

        assertThat(hits(http.get("/api/v1/search?q=" + q(w + "长者助餐"))))
                .as("the whole title first, then a description that has it").containsExactly("need:" + exact, "need:" + described);
        assertThat(hits(http.get("/api/v1/search?kinds=partner&q=" + q(w)))).containsExactly("partner:" + partner);
        assertThat(hits(http.get("/api/v1/search?kinds=need&size=1&q=" + q(w)))).containsExactly("need:" + exact);
        assertThat(hits(http.get("/api/v1/search?q=" + q(w), staff.bearer())))
                .as("the community's own staff see its draft").contains("need:" + draft);
        assertThat(hits(http.get("/api/v1/search?q=" + q(w + " 火锅")))).isEmpty();
    }

    @Test
    void theNeedListRanksBySearchUnlessNewestFirstIsAsked() {
        String w = word();
        String community = community();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        long titled = need(staff, community, w + "助浴", "上门助浴。", true);
        long described = need(staff, community, "居家照护", "编号" + w + "。", true);
        Http.Answer relevant = http.get("/api/v1/needs?q=" + q(w));
        assertThat(relevant.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(j -> j.getJsonNumber("id").longValue()).containsExactly(titled, described);
        Http.Answer newest = http.get("/api/v1/needs?sort=NEWEST&q=" + q(w));
        assertThat(newest.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(j -> j.getJsonNumber("id").longValue()).containsExactly(described, titled);
        assertInvalid(http.get("/api/v1/needs?sort=SIDEWAYS&q=" + q(w)), "sort");
    }

    @Test
    void badParametersAre400sNamingThem() {
        assertInvalid(http.get("/api/v1/search"), "q");
        assertInvalid(http.get("/api/v1/search?q=" + q("，。")), "q");
        assertInvalid(http.get("/api/v1/search?q=" + q("助餐") + "&kinds=need,spaceship"), "kinds");
        assertInvalid(http.get("/api/v1/search?q=" + q("助餐") + "&size=0"), "size");
        assertInvalid(http.get("/api/v1/search?q=" + q("助餐") + "&size=abc"), "size");
        Http.Answer english = http.get("/api/v1/search", "Accept-Language", "en");
        assertThat(english.status()).isEqualTo(400);
    }

    @Test
    void theSearchPageListsTheHitsWithLinksToTheirPages() {
        String w = word();
        String community = community();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        long id = need(staff, community, w + "楼道照明", "灯坏了。", true);
        Http.Answer page = http.get("/search?q=" + q(w));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(w + "楼道照明").contains("/need?id=" + id);
        Http.Answer none = http.get("/search?q=" + q(w + "火锅"));
        assertThat(none.body()).contains("id=\"search-none\"");
        assertThat(http.get("/search").status()).isEqualTo(200);
    }
}
