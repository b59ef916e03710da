package org.partnerhub.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.application.webhook.WebhookSignature;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.AppServer;
import org.partnerhub.it.support.Applications;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;
import org.partnerhub.it.support.WebhookReceiver;
import org.partnerhub.it.support.WebhookReceiver.Delivery;

/**
 * Webhooks and e-mail against a packaged server of their own (its own database, private addresses allowed, an endpoint
 * disabled after seconds of failing, quick retries, SMTP to a GreenMail server started here): deliveries signed per
 * the Standard Webhooks specification and verified as a receiver would (a wrong secret does not verify), in order per
 * record, retried after a 500, redelivered with the same webhook-id, stopped for a disabled endpoint; a delivery whose
 * server is killed (-9) between the commit and the answer arrives after a restart; notifications arrive as e-mail in
 * the reader's language, and not for a kind the reader opted out of.
 */
class WebhooksAndMailIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private static GreenMail smtp;
    private static WebhookReceiver receiver;
    private static String database;
    private static Map<String, String> environment;
    private static Path work;
    private static AppServer server;
    private static Http http;
    private static Account admin;
    private static Account staff;
    private static String community;

    @BeforeAll
    static void start() throws Exception {
        int smtpPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            smtpPort = socket.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        receiver = new WebhookReceiver();
        TestEnvironment env = TestEnvironment.get();
        database = env.database().createDatabase("hooks");
        Map<String, String> extra = new HashMap<>();
        extra.put("DB_URL", env.database().url(database));
        extra.put("PARTNERHUB_WEBHOOKS_ALLOW_PRIVATE", "true");
        extra.put("PARTNERHUB_WEBHOOKS_DISABLE_AFTER", "PT8S");
        extra.put("PARTNERHUB_WEBHOOKS_READ_TIMEOUT", "PT20S");
        extra.put("PARTNERHUB_EVENTS_RETRY_BASE", "PT1S");
        extra.put("PARTNERHUB_EVENTS_RETRY_MAX", "PT2S");
        extra.put("PARTNERHUB_EVENTS_MAX_ATTEMPTS", "30");
        extra.put("PARTNERHUB_EVENTS_LEASE", "PT15S");
        extra.put("PARTNERHUB_SMTP_HOST", "127.0.0.1");
        extra.put("PARTNERHUB_SMTP_PORT", String.valueOf(smtpPort));
        extra.put("PARTNERHUB_SMTP_TLS", "none");
        extra.put("PARTNERHUB_SMTP_FROM", "noreply@partnerhub.test");
        extra.put("PARTNERHUB_PUBLIC_URL", "https://hub.example.org/");
        environment = env.appEnvironment(extra);
        work = env.work().resolve("hooks");
        startServer();
        Accounts accounts = new Accounts(http);
        admin = accounts.admin();
        community = http.get("/api/v1/regions?level=COMMUNITY&q=%E4%B8%9C%E6%9E%97").json().getJsonArray("items")
                .getJsonObject(0).getString("code");
        staff = accounts.create(admin, "COMMUNITY_STAFF", community, null, null);
    }

    private static void startServer() throws Exception {
        Path jar = Path.of(System.getProperty("partnerhub.it.jar", "target/partnerhub.jar"));
        server = AppServer.start(jar, work, environment);
        http = new Http(server.base());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    private static String name() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE), 36);
    }

    /** Subscribes an endpoint of the receiver; returns its id and secret. */
    private record Subscription(long id, String secret, String endpoint) {}

    private static Subscription subscribe(Account owner, String endpoint, String... types) {
        var array = Json.createArrayBuilder();
        Arrays.stream(types).forEach(array::add);
        Http.Answer created = http.send("POST", "/api/v1/webhooks", "application/json", Json.createObjectBuilder()
                .add("url", receiver.url(endpoint)).add("eventTypes", array).build().toString(), owner.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonObject json = created.json();
        return new Subscription(json.getJsonObject("webhook").getJsonNumber("id").longValue(), json.getString("secret"),
                endpoint);
    }

    private static JsonObjectBuilder need(String title) {
        return Json.createObjectBuilder()
                .add("communityCode", community)
                .add("categoryCode", "elderly-meals")
                .add("title", title)
                .add("description", "小区独居老人多，中午没有热饭吃，希望有固定的用餐点。")
                .add("beneficiaries", 120)
                .add("targetGroups", Json.createArrayBuilder().add("ELDERLY"))
                .add("urgency", "HIGH")
                .add("fundingMode", "PUBLIC_BENEFIT")
                .add("budgetFen", 0)
                .add("source", Json.createObjectBuilder().add("channel", "FIELD_VISIT").addNull("visitId"));
    }

    /** A published need; returns its id. */
    private static long publishedNeed(String title) {
        Http.Answer created = http.send("POST", "/api/v1/needs", "application/json",
                need(title).add("publish", true).build().toString(), staff.bearer());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getJsonObject("need").getJsonNumber("id").longValue();
    }

    private static void retitle(long needId, String title) {
        String path = "/api/v1/needs/" + needId;
        String etag = http.get(path, staff.bearer()).header("ETag");
        Http.Answer edited = http.send("PUT", path, "application/json", need(title).build().toString(),
                staff.bearer("If-Match", etag));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
    }

    private static JsonObject json(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The events of one need among an endpoint's deliveries, in the order they arrived. */
    private static List<Delivery> ofNeed(List<Delivery> deliveries, long needId) {
        return deliveries.stream().filter(d -> d.body().contains("\"need\"") || d.body().contains("need."))
                .filter(d -> mentions(json(d.body()).getJsonObject("data"), needId)).toList();
    }

    private static boolean mentions(JsonObject data, long needId) {
        for (String key : List.of("needId", "id")) {
            if (data.containsKey(key) && data.get(key).toString().replace("\"", "").equals(String.valueOf(needId))) {
                return true;
            }
        }
        return false;
    }

    private static JsonObject webhook(long id) {
        Http.Answer answer = http.get("/api/v1/webhooks/" + id, admin.bearer());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static List<JsonObject> deliveryLog(long id) {
        Http.Answer answer = http.get("/api/v1/webhooks/" + id + "/deliveries?size=200", admin.bearer());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void awaitTrue(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + WAIT + ": " + what);
    }

    @Test
    void deliveriesAreSignedPerTheSpecificationAndArriveInOrderPerRecord() throws Exception {
        Subscription hook = subscribe(admin, "ordered-" + name(), "need.published", "need.changed");
        long needId = publishedNeed("有序投递测试");
        for (int i = 1; i <= 4; i++) {
            retitle(needId, "有序投递测试第" + i + "次修改");
        }
        List<Delivery> got = receiver.await(hook.endpoint(), d -> ofNeed(d, needId).size() >= 5, WAIT);
        List<Delivery> mine = ofNeed(got, needId);

        for (Delivery d : mine) {
            long timestamp = Long.parseLong(d.timestamp());
            assertThat(Math.abs(System.currentTimeMillis() / 1000 - timestamp)).as("a current timestamp").isLessThan(300);
            assertThat(d.id()).startsWith("evt_");
            assertThat(WebhookSignature.verify(hook.secret(), d.id(), timestamp, d.body(), d.signature()))
                    .as("the receiver verifies the signature with the secret it was given").isTrue();
            assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), d.id(), timestamp, d.body(), d.signature()))
                    .as("a wrong secret does not verify").isFalse();
            assertThat(WebhookSignature.verify(hook.secret(), d.id(), timestamp, d.body().replace("有序", "无序"),
                    d.signature())).as("nor does an altered body").isFalse();
            JsonObject body = json(d.body());
            assertThat(body.getString("type")).isIn("need.published", "need.changed");
            assertThat(body.getString("timestamp")).isNotBlank();
            assertThat(body.getJsonObject("data")).isNotNull();
        }
        assertThat(json(mine.get(0).body()).getString("type")).isEqualTo("need.published");
        assertThat(mine.stream().map(d -> json(d.body()).getString("type")).toList().subList(1, 5))
                .containsOnly("need.changed");

        // in order: the order of arrival is the order of the events' sequence, as the delivery log tells it
        Map<String, Long> sequence = new HashMap<>();
        deliveryLog(hook.id()).forEach(e -> sequence.put(e.getString("eventId"), e.getJsonNumber("sequence").longValue()));
        List<Long> arrived = mine.stream().map(d -> sequence.get(d.id())).toList();
        assertThat(arrived).doesNotContainNull().isSorted();
        assertThat(new LinkedHashSet<>(mine.stream().map(Delivery::id).toList())).as("each event once").hasSize(5);
        // the secret is shown once: never in a read
        assertThat(http.get("/api/v1/webhooks/" + hook.id(), admin.bearer()).body()).doesNotContain(hook.secret())
                .doesNotContain("whsec_");
    }

    @Test
    void anIntegratorManagesItsOwnEndpointsOnlyAndTheDistrictSeesAll() {
        Accounts accounts = new Accounts(http);
        Account mine = accounts.create(admin, "INTEGRATOR", "510108", null, null);
        Account other = accounts.create(admin, "INTEGRATOR", "510108", null, null);
        Subscription hook = subscribe(mine, "owned-" + name());
        String path = "/api/v1/webhooks/" + hook.id();
        assertThat(http.get(path, mine.bearer()).json().getString("url")).isEqualTo(receiver.url(hook.endpoint()));
        assertThat(http.get(path, mine.bearer()).json().getJsonArray("eventTypes")).as("none named: all").isEmpty();
        assertThat(http.get(path, other.bearer()).status()).as("another's endpoint does not exist").isEqualTo(404);
        assertThat(http.send("DELETE", path, null, null, other.bearer()).status()).isEqualTo(404);
        assertThat(http.get(path + "/deliveries", other.bearer()).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/webhooks", other.bearer()).body()).doesNotContain(hook.endpoint());
        assertThat(http.get("/api/v1/webhooks", mine.bearer()).body()).contains(hook.endpoint());
        assertThat(http.get("/api/v1/webhooks?size=200", admin.bearer()).body()).contains(hook.endpoint());
        assertThat(http.get(path, admin.bearer()).status()).isEqualTo(200);
        assertThat(http.send("DELETE", path, null, null, mine.bearer()).status()).isEqualTo(204);
        assertThat(http.get(path, mine.bearer()).status()).isEqualTo(404);
    }

    @Test
    void anEndpointGetsOnlyWhatItsOwnerMaySee() throws Exception {
        String street = http.get("/api/v1/regions/" + community).json().getString("parentCode");
        String otherStreet = http.get("/api/v1/regions?level=STREET&size=50").json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).filter(c -> !c.equals(street))
                .findFirst().orElseThrow();
        Accounts accounts = new Accounts(http);
        Subscription district = subscribe(admin, "district-" + name(), "need.recorded");
        Subscription same = subscribe(accounts.create(admin, "INTEGRATOR", street, null, null), "street-" + name(),
                "need.recorded");
        Subscription other = subscribe(accounts.create(admin, "INTEGRATOR", otherStreet, null, null),
                "other-street-" + name(), "need.recorded");

        // a draft: restricted to the district and the community's region
        Http.Answer draft = http.send("POST", "/api/v1/needs", "application/json", need("受众测试草稿").build().toString(),
                staff.bearer());
        assertThat(draft.status()).as(draft.body()).isEqualTo(201);
        long needId = draft.json().getJsonObject("need").getJsonNumber("id").longValue();
        receiver.await(district.endpoint(), d -> !ofNeed(d, needId).isEmpty(), WAIT);
        receiver.await(same.endpoint(), d -> !ofNeed(d, needId).isEmpty(), WAIT);
        Thread.sleep(3000);
        assertThat(ofNeed(receiver.deliveries(other.endpoint()), needId)).as("another street's integrator").isEmpty();
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdAndARedeliveryKeepsIt() throws Exception {
        Subscription hook = subscribe(admin, "retry-" + name(), "need.published");
        receiver.answer(hook.endpoint(), 500);
        long needId = publishedNeed("重试测试");
        List<Delivery> failed = receiver.await(hook.endpoint(), d -> ofNeed(d, needId).size() >= 2, WAIT);
        receiver.answer(hook.endpoint(), 204);
        List<Delivery> all = receiver.await(hook.endpoint(),
                d -> ofNeed(d, needId).stream().anyMatch(x -> x.answered() == 204), WAIT);
        List<Delivery> mine = ofNeed(all, needId);
        String id = mine.get(0).id();
        assertThat(mine).extracting(Delivery::id).containsOnly(id);
        assertThat(mine).extracting(Delivery::answered).startsWith(500, 500).endsWith(204);
        assertThat(failed).isNotEmpty();

        awaitTrue("the log shows the delivery DELIVERED", () -> deliveryLog(hook.id()).stream()
                .anyMatch(e -> e.getString("eventId").equals(id) && e.getString("status").equals("DELIVERED")));
        JsonObject entry = deliveryLog(hook.id()).stream().filter(e -> e.getString("eventId").equals(id)).findFirst()
                .orElseThrow();
        assertThat(entry.getInt("attempts")).isGreaterThanOrEqualTo(3);
        List<JsonObject> attempts = entry.getJsonArray("log").getValuesAs(JsonObject.class);
        assertThat(attempts).extracting(a -> a.getInt("httpStatus")).contains(500, 204);
        assertThat(attempts).allSatisfy(a -> assertThat(a.getJsonNumber("durationMs").longValue()).isNotNegative());
        assertThat(attempts.stream().filter(a -> a.getInt("httpStatus") == 500).findFirst().orElseThrow()
                .getString("responseExcerpt")).isEqualTo("answered 500");
        assertThat(webhook(hook.id()).getString("status")).isEqualTo("ENABLED");

        Http.Answer redeliver = http.send("POST", "/api/v1/webhooks/" + hook.id() + "/deliveries/"
                + entry.getJsonNumber("id").longValue() + "/redeliver", null, null, admin.bearer());
        assertThat(redeliver.status()).as(redeliver.body()).isEqualTo(202);
        List<Delivery> again = receiver.await(hook.endpoint(),
                d -> ofNeed(d, needId).stream().filter(x -> x.answered() == 204).count() >= 2, WAIT);
        assertThat(ofNeed(again, needId)).extracting(Delivery::id).as("the same webhook-id").containsOnly(id);
        assertThat(http.send("POST", "/api/v1/webhooks/" + hook.id() + "/deliveries/999999999/redeliver", null, null,
                admin.bearer()).status()).isEqualTo(404);
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledItsOwnerToldAndItReceivesNothingUntilEnabled() throws Exception {
        Subscription hook = subscribe(admin, "failing-" + name(), "need.published", "need.changed");
        receiver.answer(hook.endpoint(), 503);
        long needId = publishedNeed("停用测试");
        awaitTrue("the endpoint is disabled", () -> webhook(hook.id()).getString("status").equals("DISABLED"));
        assertThat(webhook(hook.id()).getString("disabledAt")).isNotBlank();
        awaitTrue("its owner is told", () -> http.get("/api/v1/notifications", admin.bearer("Accept-Language", "en"))
                .body().contains("Webhook " + hook.id()));
        assertThat(http.get("/api/v1/notifications", admin.bearer("Accept-Language", "zh-CN")).body())
                .contains("Webhook " + hook.id()).contains("已自动停用");

        int before = receiver.deliveries(hook.endpoint()).size();
        receiver.answer(hook.endpoint(), 204);
        retitle(needId, "停用后的修改");
        long other = publishedNeed("停用后的新需求");
        // a second, healthy endpoint gets the new events: the disabled one must not, in the same time
        Subscription healthy = subscribe(admin, "healthy-" + name(), "need.published");
        long third = publishedNeed("停用后的第三个需求");
        receiver.await(healthy.endpoint(), d -> !ofNeed(d, third).isEmpty(), WAIT);
        Thread.sleep(3000);
        assertThat(receiver.deliveries(hook.endpoint())).as("a disabled endpoint receives nothing").hasSize(before);
        assertThat(deliveryLog(hook.id())).extracting(e -> e.getString("status")).doesNotContain("PENDING", "RETRYING");

        Http.Answer enabled = http.send("POST", "/api/v1/webhooks/" + hook.id() + "/enable", null, null, admin.bearer());
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.json().getString("status")).isEqualTo("ENABLED");
        assertThat(http.send("POST", "/api/v1/webhooks/" + hook.id() + "/enable", null, null, admin.bearer()).status())
                .isEqualTo(409);
        long fourth = publishedNeed("重新启用后的需求");
        receiver.await(hook.endpoint(), d -> !ofNeed(d, fourth).isEmpty(), WAIT);
        assertThat(ofNeed(receiver.deliveries(hook.endpoint()), other)).as("nothing of the disabled time").isEmpty();
    }

    @Test
    void aWebhookCommittedButNotDeliveredWhenTheServerIsKilledArrivesAfterARestart() throws Exception {
        Subscription hook = subscribe(admin, "crash-" + name(), "need.published");
        CountDownLatch inFlight = receiver.hang(hook.endpoint());
        long needId = publishedNeed("崩溃恢复测试");
        assertThat(inFlight.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the delivery is on its way").isTrue();

        // committed, claimed, the request sent, no answer yet: the server dies here
        long pid = server.pid();
        server.kill();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        receiver.release(hook.endpoint());
        List<Delivery> before = receiver.await(hook.endpoint(), d -> !ofNeed(d, needId).isEmpty(), WAIT);
        String id = ofNeed(before, needId).get(0).id();
        assertThat(ofNeed(before, needId)).extracting(Delivery::answered).containsOnly(0);

        startServer();
        List<Delivery> after = receiver.await(hook.endpoint(),
                d -> ofNeed(d, needId).stream().anyMatch(x -> x.answered() == 204), Duration.ofSeconds(180));
        List<Delivery> mine = ofNeed(after, needId);
        assertThat(mine).extracting(Delivery::id).as("again, with the same webhook-id").containsOnly(id);
        Delivery delivered = mine.stream().filter(x -> x.answered() == 204).findFirst().orElseThrow();
        assertThat(WebhookSignature.verify(hook.secret(), delivered.id(), Long.parseLong(delivered.timestamp()),
                delivered.body(), delivered.signature())).isTrue();
    }

    @Test
    void notificationsArriveByEmailInTheReadersLanguageAndNotForAKindTheReaderOptedOutOf() throws Exception {
        Accounts accounts = new Accounts(http);
        String tag = name();
        String zh = "zh-" + tag + "@partnerhub.test";
        String en = "en-" + tag + "@partnerhub.test";
        String out = "out-" + tag + "@partnerhub.test";
        Account zhAdmin = accounts.create(admin, "DISTRICT_ADMIN", "510108", null, null);
        Account enAdmin = accounts.create(admin, "DISTRICT_ADMIN", "510108", null, null);
        Account outAdmin = accounts.create(admin, "DISTRICT_ADMIN", "510108", null, null);
        mailSettings(zhAdmin, "{\"email\":\"" + zh + "\"}");
        JsonObject enSettings = mailSettings(enAdmin, "{\"email\":\"" + en + "\",\"language\":\"en\"}");
        assertThat(enSettings.getString("email")).as("masked").isEqualTo("e***@partnerhub.test");
        assertThat(enSettings.getString("language")).isEqualTo("en");
        // the administrator sets the third one's address and kinds through the users API
        Http.Answer changed = http.send("PUT", "/api/v1/users/" + outAdmin.id(), "application/json",
                "{\"displayName\":\"不收申请邮件\",\"role\":\"DISTRICT_ADMIN\",\"regionCode\":\"510108\",\"email\":\"" + out
                        + "\",\"mailKinds\":[\"MATCHES\",\"INTENTS\",\"PROJECTS\",\"ACCOUNT\"]}", admin.bearer());
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().getString("email")).isEqualTo("o***@partnerhub.test");
        assertThat(changed.json().getJsonArray("mailKinds").toString()).doesNotContain("APPLICATIONS");
        Http.Answer full = http.get("/api/v1/users/" + outAdmin.id(), admin.bearer());
        assertThat(full.json().getString("email")).as("in full on the single account").isEqualTo(out);

        String organisation = "邮件测试机构" + tag;
        Applications.Submitted submitted = new Applications(http).submit(Applications.body(organisation,
                Applications.creditCode(), List.of("510108"), List.of("elderly-meals")).build());

        awaitTrue("both e-mails arrive", () -> recipientsOf(smtp.getReceivedMessages()).containsAll(List.of(zh, en)));
        MimeMessage chinese = to(zh);
        MimeMessage english = to(en);
        assertThat(chinese.getSubject()).contains("新的入驻申请").contains(submitted.number()).contains(organisation);
        assertThat(chinese.getContent().toString()).contains("您好").contains("https://hub.example.org/admin/application");
        assertThat(english.getSubject()).contains("New application").contains(submitted.number());
        assertThat(english.getContent().toString()).contains("Hello").doesNotContain("您好");
        assertThat(chinese.getFrom()[0].toString()).isEqualTo("noreply@partnerhub.test");

        // the one who opted out of applications gets none: the mail consumer recorded its decision for that user
        awaitTrue("the opted-out recipient's decision is recorded", () -> outcome(outAdmin.id()).contains("OPTED_OUT"));
        assertThat(recipientsOf(smtp.getReceivedMessages())).doesNotContain(out);
        assertThat(outcome(zhAdmin.id())).contains("SENT");
    }

    private static JsonObject mailSettings(Account account, String body) {
        Http.Answer answer = http.send("PUT", "/api/v1/users/me/mail-settings", "application/json", body, account.bearer());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static MimeMessage to(String address) throws Exception {
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (recipientsOf(new MimeMessage[] {m}).contains(address)) {
                return m;
            }
        }
        throw new AssertionError("No e-mail to " + address);
    }

    private static Set<String> recipientsOf(MimeMessage[] messages) {
        Set<String> to = new LinkedHashSet<>();
        try {
            for (MimeMessage m : messages) {
                for (var a : m.getRecipients(Message.RecipientType.TO)) {
                    to.add(a.toString());
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return to;
    }

    private static List<String> outcome(long userId) {
        List<String> outcomes = new ArrayList<>();
        try (Connection c = TestEnvironment.get().database().connect(database);
             PreparedStatement s = c.prepareStatement(
                     "SELECT outcome FROM sent_message WHERE channel = 'mail' AND recipient_id = ?")) {
            s.setLong(1, userId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    outcomes.add(r.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return outcomes;
    }
}
