package org.partnerhub.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address a request came from, for the audit log and the per-address throttle. Behind a trusted reverse proxy
 * the client is the last address the proxy added to X-Forwarded-For; from anywhere else the header is ignored,
 * because any client can write it. The proxies trusted are those on the same machine, plus the addresses in
 * {@code partnerhub.trusted-proxies} ({@code PARTNERHUB_TRUSTED_PROXIES}, comma-separated) for a proxy on another host.
 */
public final class ClientAddress {

    private static final Set<String> LOCAL = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");
    private static volatile Set<String> trusted;

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && trustedProxies().contains(remote)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return remote;
    }

    private static Set<String> trustedProxies() {
        Set<String> current = trusted;
        if (current == null) {
            Set<String> all = new HashSet<>(LOCAL);
            ConfigProvider.getConfig().getOptionalValue("partnerhub.trusted-proxies", String.class).ifPresent(list -> {
                for (String address : list.split(",")) {
                    if (!address.isBlank()) {
                        all.add(address.strip());
                    }
                }
            });
            current = Set.copyOf(all);
            trusted = current;
        }
        return current;
    }
}
