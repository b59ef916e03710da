package org.partnerhub.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.shared.InvalidValueException;

class UrlGuardTest {

    /** A resolver with a fixed table: no DNS in unit tests. */
    private static final UrlGuard GUARD = new UrlGuard(host -> {
        Map<String, List<String>> table = Map.of(
                "hooks.example.org", List.of("93.184.216.34"),
                "v6.example.org", List.of("2606:2800:220:1:248:1893:25c8:1946"),
                "mixed.example.org", List.of("93.184.216.34", "10.1.2.3"),
                "rebind.example.org", List.of("127.0.0.1"));
        List<String> addresses = table.get(host);
        if (addresses == null) {
            // literal addresses resolve to themselves, as with the JDK's resolver
            if (host.matches("[0-9.]+") || host.startsWith("[") || host.contains(":")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
        return addresses.stream().map(a -> {
            try {
                return InetAddress.getByName(a);
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    });

    private static String key(Runnable r) {
        try {
            r.run();
            return null;
        } catch (InvalidValueException e) {
            return e.message().key();
        }
    }

    @Test
    void publicHttpAndHttpsAddressesAreAccepted() {
        assertThat(GUARD.check("https://hooks.example.org/in?x=1", false).getHost()).isEqualTo("hooks.example.org");
        assertThat(GUARD.check("http://v6.example.org:8080/", false)).isNotNull();
        assertThat(GUARD.check("https://93.184.216.34/", false)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://localhost.localdomain.invalid/", "http://10.0.0.5/",
            "http://172.16.3.4/", "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest",
            "http://0.0.0.0/", "http://224.0.0.1/", "http://100.64.0.1/", "http://[::1]/", "http://[fe80::1]/",
            "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[::]/", "http://[::ffff:127.0.0.1]/",
            "http://rebind.example.org/", "http://mixed.example.org/"})
    void loopbackPrivateLinkLocalMulticastAndUnspecifiedAreRefused(String url) {
        assertThat(key(() -> GUARD.check(url, false))).isIn("webhook.url.private", "webhook.url.unknownHost");
    }

    @Test
    void theRefusalNamesTheAddress() {
        assertThatThrownBy(() -> GUARD.check("http://mixed.example.org/", false))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).message().args()).contains("10.1.2.3"));
    }

    @Test
    void theOperatorMayAllowPrivateAddresses() {
        assertThat(GUARD.check("http://127.0.0.1:9999/hook", true).getPort()).isEqualTo(9999);
        assertThat(GUARD.check("http://192.168.1.1/", true)).isNotNull();
    }

    @Test
    void onlyHttpUrlsWithAHostAndNoCredentials() {
        assertThat(key(() -> GUARD.check("ftp://hooks.example.org/", true))).isEqualTo("webhook.url.scheme");
        assertThat(key(() -> GUARD.check("file:///etc/passwd", true))).isEqualTo("webhook.url.scheme");
        assertThat(key(() -> GUARD.check("hooks.example.org/in", true))).isEqualTo("webhook.url.scheme");
        assertThat(key(() -> GUARD.check("https://user:pw@hooks.example.org/", true))).isEqualTo("webhook.url.format");
        assertThat(key(() -> GUARD.check("https://hooks.example.org/#x", true))).isEqualTo("webhook.url.format");
        assertThat(key(() -> GUARD.check("https://exa mple.org/", true))).isEqualTo("webhook.url.format");
        assertThat(key(() -> GUARD.check("", true))).isEqualTo("webhook.url.blank");
        assertThat(key(() -> GUARD.check("https://nowhere.example.org/", true))).isEqualTo("webhook.url.unknownHost");
    }

    @Test
    void publicAddressesArePublic() throws Exception {
        assertThat(UrlGuard.isPublic(InetAddress.getByName("8.8.8.8"))).isTrue();
        assertThat(UrlGuard.isPublic(InetAddress.getByName("172.32.0.1"))).isTrue();
        assertThat(UrlGuard.isPublic(InetAddress.getByName("2001:4860:4860::8888"))).isTrue();
    }
}
