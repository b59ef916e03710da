package org.partnerhub.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.partnerhub.domain.partner.CreditCode;

/** Partner applications for the HTTP tests: valid credit codes, application bodies, and the whole admission. */
public final class Applications {

    /** A submitted application's number and private status token. */
    public record Submitted(String number, String token) {

        public String query() {
            return "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        }
    }

    /** An admitted partner: its id and its first account, signed in. */
    public record Admitted(long partnerId, String number, String token, Accounts.Account account) {}

    private final Http http;

    public Applications(Http http) {
        this.http = http;
    }

    /** A credit code that passes the GB 32100-2015 check, different on every call. */
    public static String creditCode() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder first = new StringBuilder("91510108");
        for (int i = first.length(); i < 17; i++) {
            first.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return first.toString() + CreditCode.checkCharacter(first.toString());
    }

    public static JsonObjectBuilder body(String name, String creditCode, List<String> serviceRegions, List<String> categories) {
        JsonArrayBuilder regions = Json.createArrayBuilder();
        serviceRegions.forEach(regions::add);
        JsonArrayBuilder cats = Json.createArrayBuilder();
        categories.forEach(cats::add);
        return Json.createObjectBuilder()
                .add("name", name)
                .add("type", "SOCIAL_ORGANIZATION")
                .add("creditCode", creditCode)
                .add("legalRepresentative", "张三")
                .add("contactName", "李四")
                .add("contactPhone", "13800138000")
                .add("homeRegionCode", "510108")
                .add("serviceRegionCodes", regions)
                .add("categoryCodes", cats)
                .add("introduction", "为社区老人提供助餐服务，已运营三家长者食堂。")
                .add("consent", true);
    }

    /**
     * The Proof-Of-Work header of a public form's POST: a fresh challenge from the server, solved here as a browser's
     * script would (issue 18).
     */
    public static String[] proof(Http http) {
        Http.Answer issued = http.get("/api/v1/challenges");
        if (issued.status() != 200) {
            throw new IllegalStateException("No challenge: " + issued.body());
        }
        String challenge = issued.json().getString("challenge");
        int difficulty = issued.json().getInt("difficulty");
        return new String[] {"Proof-Of-Work",
                challenge + ":" + org.partnerhub.application.shared.ProofOfWork.solve(challenge, difficulty)};
    }

    public Submitted submit(JsonObject body) {
        Http.Answer answer = http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                proof(http));
        if (answer.status() != 201) {
            throw new IllegalStateException("Application refused: " + answer.body());
        }
        return new Submitted(answer.json().getString("applicationNumber"), answer.json().getString("statusToken"));
    }

    /** Applies, is admitted by {@code admin}, sets the first account's password and signs in with a token. */
    public Admitted admitted(Accounts.Account admin, String name, List<String> serviceRegions, List<String> categories) {
        Submitted submitted = submit(body(name, creditCode(), serviceRegions, categories).build());
        Http.Answer decided = http.send("POST", "/api/v1/partner-applications/" + submitted.number() + "/decisions",
                "application/json", "{\"decision\":\"ADMIT\",\"reason\":\"材料齐全\"}", admin.bearer());
        if (decided.status() != 200) {
            throw new IllegalStateException("Not admitted: " + decided.body());
        }
        long partnerId = decided.json().getJsonNumber("partnerId").longValue();
        String username = decided.json().getString("accountUsername");
        Http.Answer set = http.send("POST", "/api/v1/partner-applications/" + submitted.number() + "/account"
                + submitted.query(), "application/json", "{\"password\":\"" + Accounts.PASSWORD + "\"}");
        if (set.status() != 204) {
            throw new IllegalStateException("Password not set: " + set.body());
        }
        String token = new Accounts(http).token(username, Accounts.PASSWORD);
        return new Admitted(partnerId, submitted.number(), submitted.token(),
                new Accounts.Account(-1, username, Accounts.PASSWORD, token));
    }
}
