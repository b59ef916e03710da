package org.partnerhub.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
 * What an integrator's sync client does with needs, supply items and partner profiles: GET a record and PUT it back
 * with one field changed, PATCH it with a JSON merge patch (RFC 7396), and follow {@code ?updatedSince=} with the
 * tombstones of records that left its view — over HTTP against the packaged server.
 */
class RoundTripApiIT {

    private static final RegionCode DISTRICT = RegionCode.of("510108");
    private static final String QINGLONG = RegionCode.generated(DISTRICT, "青龙街道").value();
    private static final String MEALS = "elderly-meals";
    private static final String MERGE_PATCH = "application/merge-patch+json";

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

    private static String newCommunity() {
        String name = "往返" + suffix() + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return RegionCode.generated(RegionCode.of(QINGLONG), name).value();
    }

    private static JsonObjectBuilder need(String community, String title) {
        return Json.createObjectBuilder()
                .add("communityCode", community)
                .add("categoryCode", MEALS)
                .add("title", title)
                .add("description", "小区独居老人多，中午没有热饭吃，希望有固定的用餐点。")
                .add("beneficiaries", 120)
                .add("targetGroups", Json.createArrayBuilder().add("ELDERLY"))
                .add("urgency", "HIGH")
                .add("fundingMode", "PUBLIC_BENEFIT")
                .add("budgetFen", 0)
                .add("source", Json.createObjectBuilder().add("channel", "FIELD_VISIT"));
    }

    private static JsonObjectBuilder supply(String title) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("categoryCode", MEALS)
                .add("description", "为辖区老人提供午餐和送餐上门服务。")
                .add("serviceRegionCodes", Json.createArrayBuilder().add(QINGLONG))
                .add("capacity", 10)
                .add("fundingMode", "LOW_FEE")
                .add("priceNote", "每餐 8 元")
                .add("contactName", "李四")
                .add("contactPhone", "13800138000");
    }

    private static Http.Answer send(String method, String path, String type, JsonObject body, Account account,
            String... headers) {
        return http.send(method, path, type, body.toString(), account == null ? headers : account.bearer(headers));
    }

    private static JsonObject created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    private static JsonObject with(JsonObject original, String field, JsonValue value) {
        return Json.createObjectBuilder(original).add(field, value).build();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertProblem(Http.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static JsonObject entry(Http.Answer list, long id) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> id(o) == id).findFirst().orElse(null);
    }

    private static List<String> changedFields(String path, Account account) {
        Http.Answer history = http.get(path + "/history", account.bearer());
        assertThat(history.status()).as(history.body()).isEqualTo(200);
        return history.json().getJsonArray("items").getJsonObject(0).getJsonArray("changes")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("field")).toList();
    }

    // --- GET, then PUT back with one field changed ---

    @Test
    void aNeedReadWithGetIsPutBackWithOneFieldChanged() {
        Account staff = accounts.create(admin, "STREET_STAFF", QINGLONG, null, null);
        long id = id(created(send("POST", "/api/v1/needs", "application/json", need(newCommunity(), "老人助餐").build(),
                staff)).getJsonObject("need"));
        Http.Answer read = http.get("/api/v1/needs/" + id, staff.bearer());
        assertThat(read.json().containsKey("categoryCode")).isFalse();

        JsonObject changed = with(read.json(), "title", Json.createValue("老人助餐（午餐）"));
        Http.Answer put = send("PUT", "/api/v1/needs/" + id, "application/json", changed, staff,
                "If-Match", read.header("ETag"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().getString("title")).isEqualTo("老人助餐（午餐）");
        assertThat(put.json().getJsonObject("category")).isEqualTo(read.json().getJsonObject("category"));
        assertThat(put.json().getJsonObject("community")).isEqualTo(read.json().getJsonObject("community"));
        assertThat(changedFields("/api/v1/needs/" + id, staff)).containsExactly("title");

        assertProblem(send("PUT", "/api/v1/needs/" + id, "application/json", changed, staff), 428);
        assertProblem(send("PUT", "/api/v1/needs/" + id, "application/json", changed, staff,
                "If-Match", read.header("ETag")), 412);
    }

    @Test
    void aSupplyItemReadWithGetIsPutBackWithOneFieldChanged() {
        Account a = partner("往返服务社").account();
        long id = id(created(send("POST", "/api/v1/supplies", "application/json", supply("长者食堂").build(), a)));
        Http.Answer read = http.get("/api/v1/supplies/" + id, a.bearer());

        JsonObject changed = with(read.json(), "capacity", Json.createValue(12));
        Http.Answer put = send("PUT", "/api/v1/supplies/" + id, "application/json", changed, a,
                "If-Match", read.header("ETag"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().getInt("capacity")).isEqualTo(12);
        assertThat(put.json().getJsonArray("serviceRegions")).isEqualTo(read.json().getJsonArray("serviceRegions"));
        assertThat(put.json().getString("contactPhone")).isEqualTo("13800138000");
        assertThat(changedFields("/api/v1/supplies/" + id, a)).containsExactly("capacity");
    }

    @Test
    void aPartnerProfileReadWithGetIsPutBackWithOneFieldChanged() {
        Admitted a = partner("往返协会");
        String path = "/api/v1/partners/" + a.partnerId();
        Http.Answer read = http.get(path, a.account().bearer());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        // the profile shows the phone masked under contactPhone; sent back unchanged it keeps the phone
        assertThat(read.json().getString("contactPhone")).contains("*");

        JsonObject changed = with(read.json(), "introduction", Json.createValue("十年社区养老服务经验，覆盖青龙街道。"));
        Http.Answer put = send("PUT", path, "application/json", changed, a.account(), "If-Match", read.header("ETag"));
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().getString("introduction")).isEqualTo("十年社区养老服务经验，覆盖青龙街道。");
        assertThat(put.json().getString("contactPhoneFull")).isEqualTo(read.json().getString("contactPhoneFull"));
        assertThat(put.json().getJsonArray("categories")).isEqualTo(read.json().getJsonArray("categories"));
        assertThat(put.json().getJsonArray("serviceRegions")).isEqualTo(read.json().getJsonArray("serviceRegions"));
        assertProblem(send("PUT", path, "application/json", changed, a.account(), "If-Match", read.header("ETag")),
                412);
    }

    // --- JSON merge patch ---

    @Test
    void aMergePatchChangesOnlyTheFieldsSentAndNullClearsAnOptionalOne() {
        Account a = partner("补丁服务社").account();
        long id = id(created(send("POST", "/api/v1/supplies", "application/json", supply("上门助浴").build(), a)));
        String path = "/api/v1/supplies/" + id;
        Http.Answer read = http.get(path, a.bearer());

        JsonObject patch = Json.createObjectBuilder().add("title", "上门助浴（冬季）").addNull("priceNote").build();
        Http.Answer patched = send("PATCH", path, MERGE_PATCH, patch, a, "If-Match", read.header("ETag"));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().getString("title")).isEqualTo("上门助浴（冬季）");
        assertThat(patched.json().containsKey("priceNote")).isFalse();
        assertThat(patched.json().getString("description")).isEqualTo(read.json().getString("description"));
        assertThat(patched.json().getInt("capacity")).isEqualTo(10);
        assertThat(patched.json().getString("contactPhone")).isEqualTo("13800138000");
        assertThat(patched.header("ETag")).isNotEqualTo(read.header("ETag"));
        assertThat(changedFields(path, a)).containsExactlyInAnyOrder("title", "priceNote");

        // nested objects merge: a new category code under the GET's own shape
        Http.Answer current = http.get(path, a.bearer());
        JsonObject nested = Json.createObjectBuilder()
                .add("category", Json.createObjectBuilder().add("code", "elderly-children")).build();
        Http.Answer moved = send("PATCH", path, MERGE_PATCH, nested, a, "If-Match", current.header("ETag"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().getJsonObject("category").getString("code")).isEqualTo("elderly-children");
        assertThat(moved.json().getString("title")).isEqualTo("上门助浴（冬季）");
    }

    @Test
    void aMergePatchNeedsIfMatchItsMediaTypeAndValidValues() {
        Account staff = accounts.create(admin, "STREET_STAFF", QINGLONG, null, null);
        long id = id(created(send("POST", "/api/v1/needs", "application/json", need(newCommunity(), "社区助餐").build(),
                staff)).getJsonObject("need"));
        String path = "/api/v1/needs/" + id;
        Http.Answer read = http.get(path, staff.bearer());
        JsonObject patch = Json.createObjectBuilder().add("beneficiaries", 150).build();

        assertProblem(send("PATCH", path, MERGE_PATCH, patch, staff), 428);
        assertProblem(send("PATCH", path, "application/json", patch, staff, "If-Match", read.header("ETag")), 415);
        Http.Answer bad = send("PATCH", path, MERGE_PATCH, Json.createObjectBuilder().add("beneficiaries", "many")
                .add("urgency", "SOMEDAY").build(), staff, "If-Match", read.header("ETag"));
        assertProblem(bad, 400);
        assertThat(fields(bad)).contains("beneficiaries", "urgency");
        Http.Answer cleared = send("PATCH", path, MERGE_PATCH, Json.createObjectBuilder().addNull("title").build(), staff,
                "If-Match", read.header("ETag"));
        assertProblem(cleared, 400);
        assertThat(fields(cleared)).contains("title");

        Http.Answer patched = send("PATCH", path, MERGE_PATCH, patch, staff, "If-Match", read.header("ETag"));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().getInt("beneficiaries")).isEqualTo(150);
        assertThat(patched.json().getString("title")).isEqualTo("社区助餐");
        assertThat(changedFields(path, staff)).containsExactly("beneficiaries");
        assertProblem(send("PATCH", path, MERGE_PATCH, patch, staff, "If-Match", read.header("ETag")), 412);
        // someone else's need: refused as for PUT
        Account other = accounts.create(admin, "STREET_STAFF", RegionCode.generated(DISTRICT, "保和街道").value(), null,
                null);
        Http.Answer foreign = send("PATCH", path, MERGE_PATCH, patch, other, "If-Match", patched.header("ETag"));
        assertThat(foreign.status()).as(foreign.body()).isIn(403, 404);
    }

    @Test
    void aPartnerPatchesItsOwnProfile() {
        Admitted a = partner("补丁协会");
        String path = "/api/v1/partners/" + a.partnerId();
        Http.Answer read = http.get(path, a.account().bearer());
        Http.Answer patched = send("PATCH", path, MERGE_PATCH,
                Json.createObjectBuilder().add("contactName", "赵六").build(), a.account(), "If-Match", read.header("ETag"));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().getString("contactName")).isEqualTo("赵六");
        assertThat(patched.json().getString("introduction")).isEqualTo(read.json().getString("introduction"));
        assertThat(patched.json().getString("contactPhoneFull")).isEqualTo(read.json().getString("contactPhoneFull"));
        assertProblem(send("PATCH", path, MERGE_PATCH, Json.createObjectBuilder().add("contactName", "钱七").build(),
                a.account()), 428);
    }

    // --- tombstones in a sync ---

    @Test
    void aWithdrawnItemIsATombstoneInTheSyncButADraftNeverPublicIsNot() {
        Admitted a = partner("墓碑服务社");
        JsonObject published = created(send("POST", "/api/v1/supplies", "application/json",
                supply("社区食堂").add("publish", true).build(), a.account()));
        long shown = id(published);
        long draft = id(created(send("POST", "/api/v1/supplies", "application/json", supply("内部草稿").build(),
                a.account())));
        String since = published.getString("updatedAt");
        JsonObject withdraw = Json.createObjectBuilder().add("action", "WITHDRAW").build();
        assertThat(send("POST", "/api/v1/supplies/" + shown + "/transitions", "application/json", withdraw,
                a.account()).status()).isEqualTo(200);
        assertThat(send("POST", "/api/v1/supplies/" + draft + "/transitions", "application/json", withdraw,
                a.account()).status()).isEqualTo(200);

        String sync = "/api/v1/supplies?partner=" + a.partnerId() + "&updatedSince=" + q(since);
        Http.Answer publicSync = http.get(sync);
        JsonObject tombstone = entry(publicSync, shown);
        assertThat(tombstone).as(publicSync.body()).isNotNull();
        assertThat(tombstone.getBoolean("deleted")).isTrue();
        assertThat(tombstone.getString("status")).isEqualTo("WITHDRAWN");
        assertThat(tombstone.containsKey("title")).isFalse();
        assertThat(tombstone.containsKey("contactPhoneMasked")).isFalse();
        assertThat(entry(publicSync, draft)).as("a draft the public never saw").isNull();
        assertThat(publicSync.json().getJsonNumber("total").longValue()).isEqualTo(1);
        // without updatedSince the list is the catalogue as before: no tombstones
        assertThat(entry(http.get("/api/v1/supplies?partner=" + a.partnerId()), shown)).isNull();

        // its own partner still sees both items in full
        Http.Answer ownSync = http.get(sync, a.account().bearer());
        assertThat(entry(ownSync, shown).containsKey("deleted")).isFalse();
        assertThat(entry(ownSync, draft).getString("title")).isEqualTo("内部草稿");
    }

    @Test
    void aClosedNeedIsATombstoneForThePublicAndASuspendedPartnersItemsToo() {
        Account staff = accounts.create(admin, "STREET_STAFF", QINGLONG, null, null);
        String community = newCommunity();
        JsonObject recorded = created(send("POST", "/api/v1/needs", "application/json",
                need(community, "墓碑需求").add("publish", true).build(), staff)).getJsonObject("need");
        long id = id(recorded);
        String since = recorded.getString("updatedAt");
        assertThat(send("POST", "/api/v1/needs/" + id + "/transitions", "application/json",
                Json.createObjectBuilder().add("action", "CLOSE").add("reason", "已由社区自行解决").build(), staff)
                .status()).isEqualTo(200);
        Http.Answer publicSync = http.get("/api/v1/needs?region=" + community + "&updatedSince=" + q(since));
        JsonObject tombstone = entry(publicSync, id);
        assertThat(tombstone).as(publicSync.body()).isNotNull();
        assertThat(tombstone.getBoolean("deleted")).isTrue();
        assertThat(tombstone.getString("status")).isEqualTo("CLOSED");
        assertThat(tombstone.containsKey("description")).isFalse();
        // the street's staff still read it in full
        assertThat(entry(http.get("/api/v1/needs?region=" + community + "&updatedSince=" + q(since), staff.bearer()), id)
                .getString("title")).isEqualTo("墓碑需求");

        Admitted p = partner("停牌服务社");
        JsonObject item = created(send("POST", "/api/v1/supplies", "application/json",
                supply("停牌前的服务").add("publish", true).build(), p.account()));
        assertThat(send("POST", "/api/v1/partners/" + p.partnerId() + "/transitions", "application/json",
                Json.createObjectBuilder().add("action", "SUSPEND").add("reason", "资质到期").build(), admin).status())
                .isEqualTo(200);
        Http.Answer itemSync = http.get("/api/v1/supplies?partner=" + p.partnerId() + "&updatedSince="
                + q(item.getString("updatedAt")));
        JsonObject gone = entry(itemSync, id(item));
        assertThat(gone).as(itemSync.body()).isNotNull();
        assertThat(gone.getBoolean("deleted")).isTrue();
    }
}
