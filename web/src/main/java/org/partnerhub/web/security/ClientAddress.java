package org.partnerhub.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/**
 * The address a request came from, for the audit log and the per-address throttle. Behind a reverse proxy on the same
 * machine (nginx on 127.0.0.1, as in deploy/samples) the client is the last address the proxy added to
 * X-Forwarded-For; from anywhere else the header is ignored, because any client can write it.
 */
public final class ClientAddress {

    private static final Set<String> TRUSTED_PROXIES = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded != null && TRUSTED_PROXIES.contains(remote)) {
            String[] hops = forwarded.split(",");
            String last = hops[hops.length - 1].strip();
            if (!last.isEmpty() && last.length() <= 64) {
                return last;
            }
        }
        return remote;
    }
}
