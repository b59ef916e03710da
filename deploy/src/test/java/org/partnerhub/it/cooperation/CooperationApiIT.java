package org.partnerhub.it.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.DistrictTime;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Applications.Admitted;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The intents and projects API over HTTP against the packaged server: 201 with Location and ETag, the whole loop from
 * proposal to showcase, a third party refused (403), an unknown need (404), proposing to oneself and moves the status
 * does not allow (4xx naming the problem, in the caller's language), Idempotency-Key on the proposal.
 */
class CooperationApiIT {

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

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    private static String newCommunity() {
        String name = "接口合作" + suffix() + "社区";
        Http.Answer imported = http.send("POST", "/api/v1/regions/import", "text/csv; charset=UTF-8",
                "level,code,name_zh,name_en,parent_code,note\ncommunity,," + name + ",,青龙街道,\n", admin.bearer());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        return RegionCode.generated(RegionCode.of(QINGLONG), name).value();
    }

    private static Http.Answer post(String path, JsonObjectBuilder body, Account account, String... headers) {
        return http.send("POST", path, "application/json", body.build().toString(),
                account == null ? headers : account.bearer(headers));
    }

    private static long id(JsonObject json) {
        return json.getJsonNumber("id").longValue();
    }

    /** The cast: a community with a fund and its staff, a partner with a published item, a published need. */
    private record Cast(String community, Account staff, Admitted partner, long supplyId, long needId) {}

    private static Cast cast(long budget) {
        String community = newCommunity();
        Account staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
        int year = DistrictTime.year(Instant.now());
        Http.Answer fund = http.send("PUT", "/api/v1/community-funds/" + community + "/" + year, "application/json",
                "{\"amountFen\":1000000}", admin.bearer());
        assertThat(fund.status()).as(fund.body()).isEqualTo(200);
        Admitted partner = new Applications(http).admitted(admin, "接口合作服务社" + suffix(), List.of("510108"),
                List.of(MEALS));
        Http.Answer item = post("/api/v1/supplies", Json.createObjectBuilder().add("title", "长者助餐" + suffix())
                .add("categoryCode", MEALS).add("description", "为老人提供午餐。")
                .add("serviceRegionCodes", Json.createArrayBuilder().add("510108")).add("capacity", 2)
                .add("fundingMode", "LOW_FEE").add("publish", true), partner.account());
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        Http.Answer need = post("/api/v1/needs", Json.createObjectBuilder().add("communityCode", community)
                .add("categoryCode", MEALS).add("title", "老年人助餐" + suffix()).add("description", "午餐没有着落。")
                .add("beneficiaries", 60).add("urgency", "HIGH").add("fundingMode", "PUBLIC_BENEFIT")
                .add("budgetFen", budget).add("publish", true)
                .add("source", Json.createObjectBuilder().add("channel", "ONLINE")), staff);
        assertThat(need.status()).as(need.body()).isEqualTo(201);
        return new Cast(community, staff, partner, id(item.json()), id(need.json().getJsonObject("need")));
    }

    private static JsonObjectBuilder proposal(Cast cast) {
        return Json.createObjectBuilder().add("needId", cast.needId()).add("supplyId", cast.supplyId())
                .add("note", "希望合作开设助餐点");
    }

    private static Http.Answer move(long intent, String action, Account account, String... headers) {
        return post("/api/v1/intents/" + intent + "/transitions",
                Json.createObjectBuilder().add("action", action).add("note", action + " 的说明"), account, headers);
    }

    @Test
    void theWholeLoopFromProposalToShowcaseOverHttp() {
        Cast cast = cast(50_000);
        Http.Answer proposed = post("/api/v1/intents", proposal(cast), cast.staff());
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        long intent = id(proposed.json());
        assertThat(proposed.header("Location")).endsWith("/api/v1/intents/" + intent);
        assertThat(proposed.header("ETag")).isNotBlank();
        assertThat(proposed.json().getString("status")).isEqualTo("PROPOSED");
        assertThat(proposed.json().getString("mySide")).isEqualTo("COMMUNITY");

        Http.Answer read = http.get("/api/v1/intents/" + intent, cast.partner().account().bearer());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isNotBlank();
        assertThat(read.json().getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactlyInAnyOrder("ACCEPT", "DECLINE", "WITHDRAW");

        assertThat(move(intent, "ACCEPT", cast.partner().account()).json().getString("status")).isEqualTo("NEGOTIATING");
        Http.Answer note = post("/api/v1/intents/" + intent + "/notes", Json.createObjectBuilder().add("text", "每周五天"),
                cast.partner().account());
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        assertThat(http.get("/api/v1/intents/" + intent + "/notes", cast.staff().bearer()).json().getInt("total"))
                .isEqualTo(3);
        assertThat(move(intent, "AGREE", cast.partner().account()).json().getString("status")).isEqualTo("NEGOTIATING");
        Http.Answer agreed = move(intent, "AGREE", cast.staff());
        assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
        assertThat(agreed.json().getString("status")).isEqualTo("AGREED");
        long project = agreed.json().getJsonNumber("projectId").longValue();

        Http.Answer inbox = http.get("/api/v1/intents?status=AGREED", cast.staff().bearer());
        assertThat(inbox.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(CooperationApiIT::id)
                .containsExactly(intent);
        assertThat(inbox.json().getJsonObject("counts").getInt("AGREED")).isEqualTo(1);
        assertThat(http.get("/api/v1/needs/" + cast.needId()).json().getString("status")).isEqualTo("IN_COOPERATION");
        assertThat(http.get("/api/v1/supplies/" + cast.supplyId()).json().getInt("capacityInUse")).isEqualTo(1);

        Http.Answer plan = http.send("PUT", "/api/v1/projects/" + project + "/plan", "application/json",
                Json.createObjectBuilder().add("plan", "每周一至周五供餐").add("startDate", "2026-01-05")
                        .add("endDate", "2026-12-31").add("milestones", Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("title", "开餐").add("dueDate", "2026-02-01")))
                        .build().toString(), cast.partner().account().bearer());
        assertThat(plan.status()).as(plan.body()).isEqualTo(200);
        Http.Answer badPlan = http.send("PUT", "/api/v1/projects/" + project + "/plan", "application/json",
                "{\"startDate\":\"2026-05-01\",\"endDate\":\"2026-04-01\"}", cast.partner().account().bearer());
        assertThat(badPlan.status()).isEqualTo(400);
        assertThat(badPlan.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("endDate");

        String png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
        Http.Answer report = post("/api/v1/projects/" + project + "/reports", Json.createObjectBuilder()
                .add("text", "第一周供餐 200 人次").add("peopleServed", 40).add("photos", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("name", "meal.png").add("contentBase64", png))),
                cast.partner().account());
        assertThat(report.status()).as(report.body()).isEqualTo(201);
        String photo = report.json().getJsonArray("reports").getJsonObject(0).getJsonArray("photos").getString(0);
        var download = http.download("/api/" + photo, cast.staff().bearer());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Base64.getDecoder().decode(png));
        Http.Answer notPhoto = post("/api/v1/projects/" + project + "/reports", Json.createObjectBuilder()
                .add("text", "附件").add("photos", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "a.pdf").add("contentBase64", Base64.getEncoder().encodeToString(
                                "%PDF-1.4\n%%EOF\n".getBytes())))), cast.partner().account());
        assertThat(notPhoto.status()).isEqualTo(400);
        assertThat(notPhoto.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("photos");

        Http.Answer badRating = post("/api/v1/projects/" + project + "/delivery",
                Json.createObjectBuilder().add("rating", 6), cast.staff(), "Accept-Language", "en");
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("rating");
        Http.Answer delivered = post("/api/v1/projects/" + project + "/delivery",
                Json.createObjectBuilder().add("rating", 5).add("comment", "老人很满意"), cast.staff());
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(delivered.json().getJsonObject("evaluation").getInt("rating")).isEqualTo(5);
        assertThat(http.get("/api/v1/needs/" + cast.needId()).json().getString("status")).isEqualTo("FULFILLED");
        assertThat(http.get("/api/v1/supplies/" + cast.supplyId()).json().getInt("capacityInUse")).isZero();

        Http.Answer byStaff = http.send("PUT", "/api/v1/projects/" + project + "/showcase", "application/json",
                "{\"showcase\":true}", cast.staff().bearer());
        assertThat(byStaff.status()).isEqualTo(403);
        Http.Answer picked = http.send("PUT", "/api/v1/projects/" + project + "/showcase", "application/json",
                "{\"showcase\":true}", admin.bearer());
        assertThat(picked.status()).as(picked.body()).isEqualTo(200);
        Http.Answer showcase = http.get("/api/v1/projects/showcase?size=200");
        assertThat(showcase.status()).isEqualTo(200);
        assertThat(showcase.json().getJsonArray("items").getValuesAs(JsonObject.class)).extracting(CooperationApiIT::id)
                .contains(project);
        assertThat(http.get("/api/v1/projects/" + project).status()).isEqualTo(200);
    }

    @Test
    void thirdPartiesUnknownNeedsSelfProposalsAndIllegalMovesAreRefusedNamingTheProblem() {
        Cast cast = cast(0);
        Account stranger = accounts.create(admin, "COMMUNITY_STAFF", newCommunity(), null, null);
        Admitted otherPartner = new Applications(http).admitted(admin, "旁观服务社" + suffix(), List.of("510108"),
                List.of(MEALS));

        Http.Answer notParty = post("/api/v1/intents", proposal(cast), otherPartner.account(), "Accept-Language", "en");
        assertThat(notParty.status()).isEqualTo(403);
        assertThat(notParty.json().getString("detail")).contains("neither the need's community");
        Http.Answer unknownNeed = post("/api/v1/intents", Json.createObjectBuilder().add("needId", 987654321)
                .add("supplyId", cast.supplyId()), cast.staff());
        assertThat(unknownNeed.status()).isEqualTo(404);
        assertThat(unknownNeed.json().getString("detail")).contains("987654321");
        Http.Answer empty = post("/api/v1/intents", Json.createObjectBuilder(), cast.staff());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .containsExactly("needId", "supplyId");
        Http.Answer auditorTries = post("/api/v1/intents", proposal(cast), admin);
        assertThat(auditorTries.status()).isEqualTo(403);

        String key = "coop-" + suffix();
        Http.Answer first = post("/api/v1/intents", proposal(cast), cast.partner().account(), "Idempotency-Key", key);
        Http.Answer retried = post("/api/v1/intents", proposal(cast), cast.partner().account(), "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(id(retried.json())).isEqualTo(id(first.json()));
        long intent = id(first.json());
        Http.Answer duplicate = post("/api/v1/intents", proposal(cast), cast.staff());
        assertThat(duplicate.status()).isEqualTo(409);

        // the proposer answering itself, and a move the status does not allow: 409 naming the move and the status
        Http.Answer own = move(intent, "ACCEPT", cast.partner().account(), "Accept-Language", "en");
        assertThat(own.status()).isEqualTo(409);
        assertThat(own.json().getString("detail")).contains("ACCEPT").contains("PROPOSED").contains("other side");
        Http.Answer early = move(intent, "AGREE", cast.staff());
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().getString("detail")).contains("AGREE").contains("PROPOSED");
        Http.Answer unknownAction = move(intent, "EXPIRE", cast.staff());
        assertThat(unknownAction.status()).isEqualTo(400);
        assertThat(unknownAction.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("action");

        for (Account third : List.of(stranger, otherPartner.account())) {
            assertThat(http.get("/api/v1/intents/" + intent, third.bearer()).status()).isEqualTo(403);
            assertThat(move(intent, "DECLINE", third).status()).isEqualTo(403);
            assertThat(http.get("/api/v1/intents", third.bearer()).json().getJsonArray("items")
                    .getValuesAs(JsonObject.class)).extracting(CooperationApiIT::id).doesNotContain(intent);
        }
        assertThat(http.get("/api/v1/intents/987654321", cast.staff().bearer()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/intents/" + intent).status()).isEqualTo(401);

        assertThat(move(intent, "DECLINE", cast.staff()).json().getString("status")).isEqualTo("DECLINED");
        Http.Answer afterDecline = move(intent, "WITHDRAW", cast.partner().account());
        assertThat(afterDecline.status()).isEqualTo(409);
        assertThat(afterDecline.json().getString("detail")).contains("WITHDRAW").contains("DECLINED");
    }
}
