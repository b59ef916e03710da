package org.partnerhub.it.events;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The event feed and the replay over HTTP against the packaged server: a need's events in the feed with the documented
 * envelope and body, the cursor read on, what another community's staff do not see, 401 for the public, 400 naming
 * {@code after}, {@code types} and {@code size} (in the caller's language), and the replay for the district only.
 */
class EventsApiIT {

    private static final String QINGLONG_NAME = "青龙街道";
    private static final String QINGLONG = RegionCode.generated(RegionCode.of("510108"), QINGLONG_NAME).value();

    private static Http http;
    private static Accounts accounts;
    private static Account admin;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        accounts = new Accounts(http);
        admin = accounts.admin();
    }

    private static String newCommunity() {
        String name = "事件接口" + Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36) + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",Events API Community,"
                        + QINGLONG_NAME + ",\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return RegionCode.generated(RegionCode.of(QINGLONG), name).value();
    }

    private static long need(Account staff, String community, String title) {
        Http.Answer created = http.send("POST", "/api/v1/needs", "application/json", "{\"communityCode\":\"" + community
                + "\",\"categoryCode\":\"elderly-meals\",\"title\":\"" + title + "\",\"description\":\"小区独居老人多，"
                + "午餐没有着落。\",\"beneficiaries\":30,\"targetGroups\":[\"ELDERLY\"],\"urgency\":\"HIGH\","
                + "\"fundingMode\":\"PUBLIC_BENEFIT\",\"budgetFen\":0,\"source\":{\"channel\":\"ONLINE\"}}",
                staff.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonObject("need").getJsonNumber("id").longValue();
    }

    /** Every event after {@code cursor} of these types, page by page, waiting (with a deadline) for {@code wanted}. */
    private static List<JsonObject> feed(Account reader, String cursor, String types, String wantedAggregateId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<JsonObject> all = new ArrayList<>();
            String after = cursor;
            while (true) {
                Http.Answer page = http.get("/api/v1/events?size=200&types=" + types + "&after=" + after,
                        reader.bearer());
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                List<JsonObject> items = page.json().getJsonArray("items").getValuesAs(JsonObject.class);
                if (items.isEmpty()) {
                    assertThat(page.json().getString("cursor")).isEqualTo(after);
                    break;
                }
                all.addAll(items);
                after = page.json().getString("cursor");
                assertThat(after).isEqualTo(items.get(items.size() - 1).getString("cursor"));
            }
            boolean found = all.stream().anyMatch(e -> e.getString("aggregateId").equals(wantedAggregateId));
            if (found || wantedAggregateId == null || Instant.now().isAfter(deadline)) {
                return all;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static String end(Account reader) {
        String cursor = "0";
        while (true) {
            Http.Answer page = http.get("/api/v1/events?size=500&after=" + cursor, reader.bearer());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            if (page.json().getJsonArray("items").isEmpty()) {
                return cursor;
            }
            cursor = page.json().getString("cursor");
        }
    }

    @Test
    void aNeedsEventsAreInTheFeedForThoseWhoMaySeeThemWithTheDocumentedEnvelope() {
        String start = end(admin);
        String community = newCommunity();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        Account farStaff = accounts.create(admin, "COMMUNITY_STAFF", newCommunity(), null, null);
        long id = need(staff, community, "事件接口：草稿");

        List<JsonObject> seen = feed(staff, start, "need.recorded", String.valueOf(id));
        JsonObject event = seen.stream().filter(e -> e.getString("aggregateId").equals(String.valueOf(id)))
                .findFirst().orElseThrow();
        assertThat(event.getString("type")).isEqualTo("need.recorded");
        assertThat(event.getString("aggregateType")).isEqualTo("need");
        assertThat(event.getString("id")).matches("evt_[0-9a-z]{26}");
        assertThat(event.getJsonNumber("sequence").longValue()).isPositive();
        assertThat(event.getString("occurredAt")).endsWith("+08:00");
        JsonObject data = event.getJsonObject("data");
        assertThat(data.getString("needId")).isEqualTo(String.valueOf(id));
        assertThat(data.getString("title")).isEqualTo("事件接口：草稿");
        assertThat(data.getJsonNumber("budgetFen").longValue()).isZero();
        assertThat(data.isNull("publishedAt")).isTrue();

        assertThat(feed(admin, start, "need.recorded", String.valueOf(id)))
                .anyMatch(e -> e.getString("aggregateId").equals(String.valueOf(id)));
        assertThat(feed(farStaff, start, "need.recorded", null))
                .noneMatch(e -> e.getString("aggregateId").equals(String.valueOf(id)));
    }

    @Test
    void thePublicHasNoFeedAndBadParametersAre400NamingThem() {
        Http.Answer anonymous = http.get("/api/v1/events");
        assertThat(anonymous.status()).isEqualTo(401);
        for (String[] bad : List.of(new String[] {"after=abc", "after"}, new String[] {"after=-3", "after"},
                new String[] {"types=need.published,no.such", "types"},
                new String[] {"types=notification.created", "types"}, new String[] {"size=0", "size"},
                new String[] {"size=x", "size"})) {
            Http.Answer answer = http.get("/api/v1/events?" + bad[0], admin.bearer("Accept-Language", "en"));
            assertThat(answer.status()).as(bad[0] + " " + answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo(bad[1]);
        }
        Http.Answer chinese = http.get("/api/v1/events?types=no.such", admin.bearer("Accept-Language", "zh-CN"));
        assertThat(chinese.body()).contains("未知的事件类型");
    }

    @Test
    void onlyTheDistrictReplaysAChannel() {
        String community = newCommunity();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        Http.Answer refused = http.send("POST", "/api/v1/events/replays", "application/json",
                "{\"channel\":\"notifications:onboarding\",\"fromSequence\":1}", staff.bearer());
        assertThat(refused.status()).isEqualTo(403);
        Http.Answer bad = http.send("POST", "/api/v1/events/replays", "application/json",
                "{\"channel\":\"\",\"fromSequence\":0}", admin.bearer());
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("channel", "fromSequence");
        String last = end(admin);
        Http.Answer replayed = http.send("POST", "/api/v1/events/replays", "application/json",
                "{\"channel\":\"notifications:matches\",\"fromSequence\":" + (Long.parseLong(last) + 1_000_000) + "}",
                admin.bearer());
        assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.json().getInt("deliveries")).isZero();
    }
}
