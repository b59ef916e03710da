package org.partnerhub.it.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/** The region and category API of the packaged application, over HTTP, including what a client gets wrong. */
class RegionApiIT {

    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
    }

    @Test
    void chenghuaHasElevenStreets() {
        Http.Answer answer = http.get("/api/v1/regions/510108/children");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonObject page = answer.json();
        assertThat(page.getInt("total")).isEqualTo(11);
        assertThat(page.getInt("page")).isZero();
        assertThat(page.getInt("size")).isEqualTo(20);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("nameZh"))
                .containsExactly("猛追湾街道", "双桥子街道", "府青路街道", "二仙桥街道", "跳蹬河街道", "双水碾街道",
                        "万年场街道", "保和街道", "青龙街道", "龙潭街道", "白莲池街道");
        JsonObject qinglong = page.getJsonArray("items").getJsonObject(8);
        assertThat(qinglong.getString("level")).isEqualTo("STREET");
        assertThat(qinglong.getString("parentCode")).isEqualTo("510108");
        // the seed's one community, and those other tests of the run import below it (one server per run)
        assertThat(qinglong.getInt("childCount")).isGreaterThanOrEqualTo(1);
        assertThat(qinglong.getString("updatedAt")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?\\+08:00");
    }

    @Test
    void oneRegionComesWithItsLineageAndAnEtag() {
        Http.Answer answer = http.get("/api/v1/regions/510108");
        assertThat(answer.status()).isEqualTo(200);
        JsonObject region = answer.json();
        assertThat(region.getString("nameZh")).isEqualTo("成华区");
        assertThat(region.getString("nameEn")).isEqualTo("Chenghua District");
        assertThat(region.getInt("childCount")).isEqualTo(11);
        assertThat(region.getJsonArray("lineage").getValuesAs(JsonObject.class)).extracting(o -> o.getString("code"))
                .containsExactly("510100", "510108");
        String etag = answer.header("ETag");
        assertThat(etag).isNotBlank();

        Http.Answer unchanged = http.get("/api/v1/regions/510108", "If-None-Match", etag);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
    }

    @Test
    void listsFilterByLevelSubtreeTextAndChangeTime() {
        assertThat(http.get("/api/v1/regions?level=street&size=50").json().getInt("total")).isGreaterThanOrEqualTo(12);
        JsonObject within = http.get("/api/v1/regions?within=510108&level=COMMUNITY").json();
        assertThat(within.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getString("nameZh"))
                .contains("东林社区", "石岭社区", "和美社区");
        assertThat(http.get("/api/v1/regions?q=%E6%98%8E%E6%9C%88").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(o -> o.getString("nameEn")).contains("Mingyue Village");
        assertThat(http.get("/api/v1/regions?updatedSince=2999-01-01T00:00:00%2B08:00").json().getInt("total")).isZero();
        JsonObject second = http.get("/api/v1/regions?page=1&size=5").json();
        assertThat(second.getInt("page")).isEqualTo(1);
        assertThat(second.getJsonArray("items")).hasSize(5);
    }

    @Test
    void anUnknownOrMalformedCodeIsA404Problem() {
        for (String code : new String[] {"999999", "not%20a%20code"}) {
            Http.Answer answer = http.get("/api/v1/regions/" + code, "Accept-Language", "en");
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            JsonObject problem = answer.json();
            assertThat(problem.getInt("status")).isEqualTo(404);
            assertThat(problem.getString("type")).isEqualTo("urn:partnerhub:problem:not-found");
            assertThat(problem.getString("title")).isEqualTo("Not found");
            assertThat(problem.getString("detail")).startsWith("There is no region with the code");
        }
        Http.Answer children = http.get("/api/v1/regions/999999/children");
        assertThat(children.status()).isEqualTo(404);
        assertThat(children.json().getString("detail")).isEqualTo("没有代码为“999999”的区划");
    }

    @ParameterizedTest
    @CsvSource({
        "page=x, page",
        "size=1000, size",
        "page=-1, page",
        "level=PLANET, level",
        "updatedSince=yesterday, updatedSince",
        "parentCode=%E6%88%90%E5%8D%8E, parentCode"
    })
    void aMalformedFilterIsA400NamingTheParameter(String query, String field) {
        Http.Answer answer = http.get("/api/v1/regions?" + query, "Accept-Language", "zh-CN");
        assertThat(answer.status()).isEqualTo(400);
        JsonObject problem = answer.json();
        assertThat(problem.getString("type")).isEqualTo("urn:partnerhub:problem:invalid-input");
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(field);
        assertThat(problem.getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();
    }

    @Test
    void theCategoryTreeIsPublic() {
        JsonObject tree = http.get("/api/v1/categories").json();
        assertThat(tree.getInt("total")).isEqualTo(15);
        JsonObject first = tree.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("code")).isEqualTo("elderly-children");
        assertThat(first.getJsonArray("children").getValuesAs(JsonObject.class)).extracting(o -> o.getString("nameZh"))
                .containsExactly("养老助餐", "亲子教育");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsWithoutAStackTrace() {
        Http.Answer missing = http.get("/api/v1/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");

        Http.Answer wrongMethod = http.send("DELETE", "/api/v1/regions/510108", null, null);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");

        for (Http.Answer answer : new Http.Answer[] {missing, wrongMethod}) {
            assertThat(answer.body()).doesNotContain("Exception", "at org.", "at java.", "Payara");
        }
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Http.Answer ready = http.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.json().getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("name")).contains("database");
        assertThat(http.get("/health/live").status()).isEqualTo(200);
        // metrics are for operators (issue 18): the metrics token of the servers the tests start
        assertThat(http.get("/metrics").status()).isEqualTo(401);
        assertThat(http.get("/metrics", "Authorization", "Bearer " + TestEnvironment.METRICS_TOKEN).status())
                .isEqualTo(200);

        Http.Answer openapi = http.get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/regions:", "/api/v1/regions/{code}:",
                "/api/v1/regions/{code}/children:", "/api/v1/categories:");
    }

    @Test
    void pagesAreServedAtTheRootInChineseByDefault() {
        Http.Answer home = http.get("/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("lang=\"zh-CN\"", "社区治理合伙人供需对接平台");
        assertThat(home.header("Set-Cookie")).as("reading a public page creates no session").isNull();

        Http.Answer english = http.get("/", "Accept-Language", "en-GB,en;q=0.8");
        assertThat(english.body()).contains("lang=\"en\"", "Community-Governance Partner Hub");

        Http.Answer notFound = http.get("/no-such-page");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.body()).contains("页面不存在").doesNotContain("Exception");
    }
}
