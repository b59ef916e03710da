package org.partnerhub.it.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerhub.it.support.Accounts;
import org.partnerhub.it.support.Accounts.Account;
import org.partnerhub.it.support.Http;
import org.partnerhub.it.support.TestEnvironment;
import org.partnerhub.it.support.WebSession;

/**
 * A user's e-mail settings on the shared packaged server: set on the {@code /account} page (the address then shown
 * masked, never in full), read and changed through {@code /api/v1/users/me/mail-settings}, bad values named in the
 * caller's language; stored encrypted (the column holds no address).
 */
class MailSettingsIT {

    private static Http http;
    private static Account admin;
    private static Account staff;

    @BeforeAll
    static void start() throws Exception {
        http = new Http(TestEnvironment.get().app().base());
        Accounts accounts = new Accounts(http);
        admin = accounts.admin();
        staff = accounts.create(admin, "STREET_STAFF", http.get("/api/v1/regions?level=STREET&q=%E9%9D%92%E9%BE%99")
                .json().getJsonArray("items").getJsonObject(0).getString("code"), null, null);
    }

    @Test
    void theAccountPageSetsAddressLanguageAndKindsAndShowsTheAddressMasked() throws Exception {
        WebSession session = new WebSession(http.base());
        assertThat(session.signIn(staff.username(), staff.password())).isTrue();
        HttpResponse<String> page = session.get("/account");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("邮件通知").contains("未设置");

        String address = "wang.fang." + staff.id() + "@street.example.org";
        HttpResponse<String> saved = session.submit("/account", "mail",
                Map.of("email", address, "language", "en", "mailKinds", "INTENTS"), "saveMail");
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("邮件设置已保存").contains("w***@street.example.org").doesNotContain(address);

        JsonObject settings = http.get("/api/v1/users/me/mail-settings", staff.bearer()).json();
        assertThat(settings.getString("email")).isEqualTo("w***@street.example.org");
        assertThat(settings.getString("language")).isEqualTo("en");
        assertThat(settings.getJsonArray("mailKinds").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("INTENTS");
        assertThat(storedEmailColumns(staff.id())).doesNotContain(address).anySatisfy(v -> assertThat(v).startsWith("v1:"));

        HttpResponse<String> wrong = session.submit("/account", "mail", Map.of("email", "not an address"), "saveMail");
        assertThat(wrong.body()).contains("电子邮箱格式不正确");
    }

    @Test
    void theApiNamesBadValuesAndRemovesTheAddressOnRequest() {
        Http.Answer bad = http.send("PUT", "/api/v1/users/me/mail-settings", "application/json",
                "{\"email\":\"x@\",\"language\":\"fr\",\"mailKinds\":[\"MATCHES\",\"NEWSLETTER\"]}",
                staff.bearer("Accept-Language", "en"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().getJsonArray("errors").getValuesAs(JsonObject.class)).extracting(e -> e.getString("field"))
                .contains("mailKinds[1]");
        Http.Answer badFields = http.send("PUT", "/api/v1/users/me/mail-settings", "application/json",
                "{\"email\":\"x@\",\"language\":\"fr\"}", staff.bearer("Accept-Language", "en"));
        assertThat(badFields.status()).isEqualTo(400);
        assertThat(badFields.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).containsExactlyInAnyOrder("email", "language");
        assertThat(badFields.body()).contains("Not an e-mail address").contains("Unsupported language");

        Http.Answer set = http.send("PUT", "/api/v1/users/me/mail-settings", "application/json",
                "{\"email\":\"li.si@example.org\",\"mailKinds\":[]}", staff.bearer());
        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().getJsonArray("mailKinds")).isEmpty();
        Http.Answer removed = http.send("PUT", "/api/v1/users/me/mail-settings", "application/json",
                "{\"email\":\"\"}", staff.bearer());
        assertThat(removed.status()).isEqualTo(200);
        assertThat(removed.json().containsKey("email") && !removed.json().isNull("email")).as("no address").isFalse();
        assertThat(http.get("/api/v1/users/me/mail-settings").status()).isEqualTo(401);
        // the administrator's list shows the address masked, like the phone
        Http.Answer listed = http.send("PUT", "/api/v1/users/" + staff.id(), "application/json",
                "{\"displayName\":\"测试STREET_STAFF\",\"role\":\"STREET_STAFF\",\"regionCode\":\""
                        + http.get("/api/v1/users/" + staff.id(), admin.bearer()).json().getString("regionCode")
                        + "\",\"email\":\"zhao@example.org\",\"language\":\"zh-CN\"}", admin.bearer());
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().getString("email")).isEqualTo("z***@example.org");
        assertThat(listed.json().getString("language")).isEqualTo("zh-CN");
        assertThat(http.get("/api/v1/users?q=" + staff.username(), admin.bearer()).body()).contains("z***@example.org")
                .doesNotContain("zhao@example.org");
    }

    private static List<String> storedEmailColumns(long userId) throws Exception {
        TestEnvironment env = TestEnvironment.get();
        try (var c = env.database().connect(env.appDatabase());
             var s = c.prepareStatement("SELECT email_sealed, email_masked FROM user_account WHERE id = ?")) {
            s.setLong(1, userId);
            try (var r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return List.of(r.getString(1), r.getString(2));
            }
        }
    }
}
