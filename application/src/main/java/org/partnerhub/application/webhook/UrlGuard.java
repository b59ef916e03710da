package org.partnerhub.application.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;

/**
 * Keeps webhooks out of the server's own network (SSRF): an endpoint must be an http(s) URL with a host, and every
 * address its host resolves to must be a public unicast address — not loopback, link-local, site-local or private
 * (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7), multicast or unspecified — unless the operator allows private
 * addresses. Checked when subscribing and again before every delivery, since a name may resolve differently later.
 */
public final class UrlGuard {

    /** Resolves a host name to its addresses (the JDK's resolver, or a fixed table in tests). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    public static final Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    private final Resolver resolver;

    public UrlGuard(Resolver resolver) {
        this.resolver = resolver;
    }

    /**
     * The URL as a URI, if it may receive webhooks.
     *
     * @throws InvalidValueException naming why not
     */
    public URI check(String url, boolean allowPrivate) {
        URI uri = parse(url);
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(uri.getHost());
        } catch (UnknownHostException e) {
            throw new InvalidValueException(Message.of("webhook.url.unknownHost", uri.getHost()));
        }
        if (addresses.isEmpty()) {
            throw new InvalidValueException(Message.of("webhook.url.unknownHost", uri.getHost()));
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (!isPublic(address)) {
                    throw new InvalidValueException(
                            Message.of("webhook.url.private", uri.getHost(), address.getHostAddress()));
                }
            }
        }
        return uri;
    }

    /** The shape alone: absolute http(s) with a host, no user info, no fragment. */
    public static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidValueException(Message.of("webhook.url.blank"));
        }
        if (url.length() > 2000) {
            throw new InvalidValueException(Message.of("text.tooLong", 2000));
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidValueException(Message.of("webhook.url.format"));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidValueException(Message.of("webhook.url.scheme"));
        }
        if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null
                || uri.getRawFragment() != null) {
            throw new InvalidValueException(Message.of("webhook.url.format"));
        }
        return uri;
    }

    /** Whether an address is a public unicast one, reachable on the internet. */
    public static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress() || address.isAnyLocalAddress()) {
            return false;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first != 0                                        // 0/8 "this network"
                    && !(first == 100 && second >= 64 && second < 128) // 100.64/10 carrier-grade NAT
                    && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) // 192.0.0/24 protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // 198.18/15 benchmarking
                    && first < 240;                                  // 240/4 reserved, broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return false; // fc00::/7 unique local
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
                return false; // fec0::/10 old site-local
            }
            boolean v4Mapped = true;
            for (int i = 0; i < 10; i++) {
                v4Mapped &= b[i] == 0;
            }
            if (v4Mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return false;
                }
            }
        }
        return true;
    }
}
