package org.partnerhub.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;

/**
 * The webhook API on the shared packaged server, which runs as production does: private addresses are NOT allowed.
 * A loopback, private or link-local URL is refused with 400 naming {@code url}, an unknown event type naming
 * {@code eventTypes[i]}, each in the caller's language.
 */
class WebhookApiIT {

    private static Http http;
    private static Account admin;
    private static Account integrator;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        Accounts accounts = new Accounts(http);
        admin = accounts.admin();
        integrator = accounts.create(admin, "INTEGRATOR", "510108", null, null);
    }

    private static Http.Answer subscribe(Account who, String body, String language) {
        return http.send("POST", "/api/v1/webhooks", "application/json", body, who.bearer("Accept-Language", language));
    }

    private static List<String> fields(Http.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    @Test
    void addressesInsideTheNetworkAreRefusedWhenPrivateAddressesAreNotAllowed() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.1.2.3/hook",
                "http://172.16.0.9/hook", "http://192.168.0.1/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook", "http://[fd00::1]/hook", "http://0.0.0.0/hook")) {
            Http.Answer refused = subscribe(integrator, "{\"url\":\"" + url + "\"}", "en");
            assertThat(refused.status()).as(url + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(fields(refused)).containsExactly("url");
            assertThat(refused.body()).as(url).contains("private, loopback or reserved");
        }
        Http.Answer chinese = subscribe(admin, "{\"url\":\"http://127.0.0.1/hook\"}", "zh-CN");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.body()).contains("不允许推送");
        assertThat(http.get("/api/v1/webhooks", integrator.bearer()).json().getJsonArray("items"))
                .as("nothing was stored").isEmpty();
    }

    @Test
    void malformedUrlsAndUnknownEventTypesAreNamed() {
        Http.Answer ftp = subscribe(integrator, "{\"url\":\"ftp://files.example.org/x\"}", "en");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(fields(ftp)).containsExactly("url");
        assertThat(ftp.body()).contains("http:// or https://");

        Http.Answer none = subscribe(integrator, "{}", "en");
        assertThat(none.status()).isEqualTo(400);
        assertThat(fields(none)).containsExactly("url");

        Http.Answer types = subscribe(integrator, "{\"url\":\"http://127.0.0.1/hook\",\"eventTypes\":[\"need.published\","
                + "\"need.exploded\",\"notification.created\"]}", "en");
        assertThat(types.status()).isEqualTo(400);
        assertThat(fields(types)).contains("eventTypes[1]", "eventTypes[2]").doesNotContain("eventTypes[0]");
        assertThat(types.body()).contains("need.exploded");
        assertThat(http.get("/api/v1/webhooks/abc", integrator.bearer()).status()).as("no such id").isEqualTo(404);
        assertThat(http.get("/api/v1/webhooks/999999999", integrator.bearer()).status()).isEqualTo(404);
    }
}
