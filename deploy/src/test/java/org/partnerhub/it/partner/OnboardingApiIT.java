package org.partnerhub.it.partner;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/** The onboarding and resource-library API over HTTP, and every kind of bad input the issue names: all 4xx, no 5xx. */
class OnboardingApiIT {

    private static Http http;
    private static Accounts.Account admin;
    private static Applications applications;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        admin = new Accounts(http).admin();
        applications = new Applications(http);
    }

    private static Http.Answer apply(JsonObject body, String language) {
        String[] proof = Applications.proof(http);
        return http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(), "Accept-Language",
                language, proof[0], proof[1]);
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void anonymousWritesAreLimitedPerAddressWith429AndRetryAfter() {
        // the test server allows 200 anonymous writes per address at once (TestEnvironment); this address is new
        String forwarded = "203.0.113." + java.util.concurrent.ThreadLocalRandom.current().nextInt(1, 255);
        int refusedAt = 0;
        Http.Answer last = null;
        for (int i = 1; i <= 201 && refusedAt == 0; i++) {
            last = http.send("POST", "/api/v1/partner-applications", "application/json", "{}", "X-Forwarded-For",
                    forwarded, "Accept-Language", "en");
            if (last.status() == 429) {
                refusedAt = i;
            } else {
                assertThat(last.status()).as(last.body()).isEqualTo(400);
            }
        }
        assertThat(refusedAt).as("malformed writes count too").isEqualTo(201);
        assertThat(last.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(last.header("Retry-After"))).isBetween(1L, 600L);
        assertThat(last.json().getString("detail")).contains("too many submissions");
        Http.Answer document = http.sendBytes("POST", "/api/v1/partner-applications/PA-0/documents?token=x",
                "application/pdf", new byte[] {1}, "X-Forwarded-For", forwarded);
        assertThat(document.status()).as("documents share the address's limit").isEqualTo(429);
        Http.Answer other = http.send("POST", "/api/v1/partner-applications", "application/json", "{}");
        assertThat(other.status()).as("another address is not held back").isEqualTo(400);
    }

    @Test
    void controlCharactersAreRefusedInEveryTextAndLineBreaksInSingleLineOnesNamingEachField() {
        JsonObject body = Applications.body("控制字符测试", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals"))
                .add("name", "控制\u0000字符服务社")
                .add("legalRepresentative", "张\n三")
                .add("introduction", "第一行\n第二行\u0007")
                .build();
        Http.Answer answer = apply(body, "en");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(fields(answer)).contains("name", "legalRepresentative", "introduction");
        Map<String, String> messages = answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.getString("field"), e -> e.getString("message"),
                        (a, b) -> a));
        assertThat(messages.get("name")).contains("control characters").contains("U+0000");
        assertThat(messages.get("legalRepresentative")).contains("single line");
        assertThat(messages.get("introduction")).contains("U+0007");

        Http.Answer fine = apply(Applications.body("多行测试", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals")).add("introduction", "第一行\n第二行\t缩进").build(), "zh-CN");
        assertThat(fine.status()).as("a text with lines keeps its tabs and line breaks").isEqualTo(201);
    }

    @Test
    void aValidApplicationNeedsASolvedChallengeWhichServesOnce() {
        Http.Answer issued = http.get("/api/v1/challenges");
        assertThat(issued.status()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).contains("no-store");
        String challenge = issued.json().getString("challenge");
        int difficulty = issued.json().getInt("difficulty");
        assertThat(difficulty).isPositive();
        assertThat(issued.json().getString("algorithm")).isEqualTo("SHA-256");

        JsonObject body = Applications.body("防刷测试", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals")).build();
        Http.Answer missing = http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                "Accept-Language", "en");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(missing)).containsExactly("Proof-Of-Work");
        String right = org.partnerhub.application.shared.ProofOfWork.solve(challenge, difficulty);
        String notIt = "z" + right; // a solution that does not solve it, found as a client would see it
        for (int n = 0; solves(challenge + ":" + notIt, difficulty); n++) {
            notIt = "z" + n;
        }
        Http.Answer wrong = http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                "Proof-Of-Work", challenge + ":" + notIt);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(fields(wrong)).containsExactly("Proof-Of-Work");

        String proof = challenge + ":" + right;
        Http.Answer solved = http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                "Proof-Of-Work", proof);
        assertThat(solved.status()).as(solved.body()).isEqualTo(201);
        JsonObject another = Applications.body("防刷测试二", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals")).build();
        Http.Answer reused = http.send("POST", "/api/v1/partner-applications", "application/json",
                another.toString(), "Proof-Of-Work", proof, "Accept-Language", "en");
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.json().getJsonArray("errors").getJsonObject(0).getString("message")).contains("used");
    }

    private static boolean solves(String text, int bits) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new java.math.BigInteger(1, hash).bitLength() <= 256 - bits;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aWrongCheckCharacterIsNamedPrecisely() {
        String good = Applications.creditCode();
        char wrong = good.charAt(17) == '0' ? '1' : '0';
        Http.Answer answer = apply(Applications.body("校验位测试", good.substring(0, 17) + wrong, List.of("510108"),
                List.of("elderly-meals")).build(), "zh-CN");
        assertThat(answer.status()).isEqualTo(400);
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertThat(error.getString("field")).isEqualTo("creditCode");
        assertThat(error.getString("message")).isEqualTo("统一社会信用代码校验位不对：按前 17 位计算应为“" + good.charAt(17)
                + "”，实际是“" + wrong + "”");
    }

    @Test
    void missingFieldsAndAWrongPhoneAreAllNamedAtOnce() {
        Http.Answer empty = apply(jakarta.json.Json.createObjectBuilder().build(), "en");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).contains("name", "type", "creditCode", "legalRepresentative", "contactName",
                "contactPhone", "homeRegionCode", "serviceRegionCodes", "categoryCodes", "introduction", "consent");

        JsonObject badPhone = Applications.body("电话测试", Applications.creditCode(), List.of("510108"), List.of("elderly-meals"))
                .add("contactPhone", "12345").add("homeRegionCode", "999999").build();
        Http.Answer answer = apply(badPhone, "en");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("contactPhone", "homeRegionCode");
        assertThat(answer.json().getJsonArray("errors").getJsonObject(0).getString("message")).isNotBlank();

        Http.Answer wrongTypes = http.send("POST", "/api/v1/partner-applications", "application/json",
                "{\"type\":\"CLUB\",\"serviceRegionCodes\":\"510108\",\"consent\":\"yes\"}");
        assertThat(wrongTypes.status()).isEqualTo(400);
        assertThat(fields(wrongTypes)).contains("type", "serviceRegionCodes", "consent");
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReturnsTheFirstAnswerAndCreatesNothing() {
        JsonObject body = Applications.body("幂等测试", Applications.creditCode(), List.of("510108"), List.of("elderly-meals"))
                .build();
        String key = "retry-" + System.nanoTime();
        String[] proof = Applications.proof(http);
        Http.Answer first = http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                "Idempotency-Key", key, proof[0], proof[1]);
        Http.Answer again = http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.json().getString("applicationNumber")).isEqualTo(first.json().getString("applicationNumber"));
        assertThat(again.json().getString("statusToken")).isEqualTo(first.json().getString("statusToken"));

        JsonObject other = Applications.body("幂等测试二", Applications.creditCode(), List.of("510108"),
                List.of("elderly-meals")).build();
        Http.Answer misused = http.send("POST", "/api/v1/partner-applications", "application/json", other.toString(),
                "Idempotency-Key", key);
        assertThat(misused.status()).isEqualTo(422);
        assertThat(http.send("POST", "/api/v1/partner-applications", "application/json", body.toString(),
                "Idempotency-Key", " ").status()).isEqualTo(400);
    }

    @Test
    void aDuplicateCreditCodeIsRefusedByName() {
        String code = Applications.creditCode();
        applications.submit(Applications.body("重复一", code, List.of("510108"), List.of("elderly-meals")).build());
        Http.Answer second = apply(Applications.body("重复二", code, List.of("510108"), List.of("elderly-meals")).build(), "zh-CN");
        assertThat(second.status()).isEqualTo(400);
        assertThat(fields(second)).containsExactly("creditCode");
    }

    @Test
    void documentsAreCheckedByContentAndSizeAndAWrongTokenFindsNothing() {
        Applications.Submitted submitted = applications.submit(Applications.body("文件测试", Applications.creditCode(),
                List.of("510108"), List.of("elderly-meals")).build());
        String documents = "/api/v1/partner-applications/" + submitted.number() + "/documents" + submitted.query();

        Http.Answer pdf = http.send("POST", documents + "&filename=license.pdf", "application/pdf", "%PDF-1.7\n%ok\n");
        assertThat(pdf.status()).isEqualTo(201);
        assertThat(pdf.json().getString("mediaType")).isEqualTo("application/pdf");

        Http.Answer fake = http.send("POST", documents + "&filename=fake.pdf", "application/pdf", "I am not a PDF",
                "Accept-Language", "en");
        assertThat(fake.status()).isEqualTo(400);
        assertThat(fake.json().getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("The file \"fake.pdf\" is not a PDF, JPG or PNG (judged by its content, not its name)");

        char[] big = new char[10 * 1024 * 1024 + 10];
        Arrays.fill(big, 'x');
        String oversized = "%PDF-1.4" + new String(big);
        Http.Answer tooLarge = http.send("POST", documents + "&filename=big.pdf", "application/pdf", oversized);
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(fields(tooLarge)).containsExactly("documents");

        Http.Answer wrongToken = http.get("/api/v1/partner-applications/" + submitted.number() + "?token=st_wrong");
        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(wrongToken.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.send("POST", "/api/v1/partner-applications/" + submitted.number() + "/documents?token=st_wrong",
                "application/pdf", "%PDF-1.4").status()).isEqualTo(404);

        JsonObject mine = http.get("/api/v1/partner-applications/" + submitted.number() + submitted.query()).json();
        assertThat(mine.getJsonArray("documents")).hasSize(1);
        Http.Answer download = http.get("/api/v1/partner-applications/" + submitted.number() + "/documents/"
                + mine.getJsonArray("documents").getJsonObject(0).getJsonNumber("id").longValue() + submitted.query());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.body()).startsWith("%PDF-1.7");
    }

    @Test
    void decisionsAreForAdministratorsAndAnIllegalOneIs409() {
        Applications.Submitted submitted = applications.submit(Applications.body("决定测试", Applications.creditCode(),
                List.of("510108"), List.of("elderly-meals")).build());
        String decisions = "/api/v1/partner-applications/" + submitted.number() + "/decisions";
        assertThat(http.send("POST", decisions, "application/json", "{\"decision\":\"ADMIT\",\"reason\":\"x\"}").status())
                .isEqualTo(401);
        Http.Answer noReason = http.send("POST", decisions, "application/json", "{\"decision\":\"REJECT\"}", admin.bearer());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(http.send("POST", decisions, "application/json", "{\"decision\":\"REJECT\",\"reason\":\"不符\"}",
                admin.bearer()).status()).isEqualTo(200);
        Http.Answer illegal = http.send("POST", decisions, "application/json", "{\"decision\":\"ADMIT\",\"reason\":\"改\"}",
                admin.bearer("Accept-Language", "en"));
        assertThat(illegal.status()).isEqualTo(409);
        assertThat(illegal.json().getString("detail")).isEqualTo("The application is rejected; it cannot be \"admitted\"");
    }

    @Test
    void theLibraryShowsPublicFieldsOnlyAndAStaleEditIs412() {
        Applications.Admitted partner = applications.admitted(admin, "公开字段测试", List.of("510108"), List.of("neighbour-aid"));
        JsonObject publicView = http.get("/api/v1/partners/" + partner.partnerId()).json();
        assertThat(publicView.getString("contactPhone")).isEqualTo("138****8000");
        assertThat(publicView.containsKey("contactName")).isFalse();
        assertThat(publicView.containsKey("contactPhoneFull")).isFalse();
        assertThat(publicView.containsKey("legalRepresentative")).isFalse();

        JsonObject list = http.get("/api/v1/partners?category=neighbour-aid&q=%E5%85%AC%E5%BC%80%E5%AD%97%E6%AE%B5").json();
        assertThat(list.getJsonArray("items").getValuesAs(JsonObject.class)).extracting(o -> o.getJsonNumber("id").longValue())
                .contains(partner.partnerId());
        assertThat(http.get("/api/v1/partners?region=nowhere").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/partners?type=CLUB").status()).isEqualTo(400);

        Http.Answer own = http.get("/api/v1/partners/" + partner.partnerId(), partner.account().bearer());
        assertThat(own.json().getString("contactPhoneFull")).isEqualTo("13800138000");
        String etag = own.header("ETag");
        String edit = "{\"contactName\":\"新联系人\",\"contactPhone\":\"13800138000\",\"introduction\":\"更新后的简介\","
                + "\"serviceRegionCodes\":[\"510108\"],\"categoryCodes\":[\"neighbour-aid\"]}";
        assertThat(http.send("PUT", "/api/v1/partners/" + partner.partnerId(), "application/json", edit,
                partner.account().bearer("If-Match", etag)).status()).isEqualTo(200);
        assertThat(http.send("PUT", "/api/v1/partners/" + partner.partnerId(), "application/json", edit,
                partner.account().bearer("If-Match", etag)).status()).isEqualTo(412);
        assertThat(http.send("PUT", "/api/v1/partners/" + partner.partnerId(), "application/json", edit, admin.bearer())
                .status()).as("the district does not edit a partner's profile").isEqualTo(403);

        JsonObject history = http.get("/api/v1/partners/" + partner.partnerId() + "/history", partner.account().bearer()).json();
        assertThat(history.getJsonArray("items").getJsonObject(0).getString("action")).isEqualTo("PROFILE_EDITED");

        Http.Answer suspended = http.send("POST", "/api/v1/partners/" + partner.partnerId() + "/transitions",
                "application/json", "{\"action\":\"SUSPEND\",\"reason\":\"核查\"}", admin.bearer());
        assertThat(suspended.json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(http.get("/api/v1/partners/" + partner.partnerId()).status()).isEqualTo(404);
        assertThat(http.send("POST", "/api/v1/partners/" + partner.partnerId() + "/transitions", "application/json",
                "{\"action\":\"SUSPEND\",\"reason\":\"again\"}", partner.account().bearer()).status()).isEqualTo(403);
    }
}
