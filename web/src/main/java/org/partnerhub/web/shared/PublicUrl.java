package org.partnerhub.web.shared;

import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where the application's absolute links point: the configured public base URL ({@code PARTNERHUB_PUBLIC_URL}, the
 * property {@code partnerhub.public-url}, e.g. {@code https://partnerhub.example.gov.cn}), never the request's
 * {@code Host} header, which any client sets as it likes (a link in a 201 or a redirect would then send people to the
 * client's host). Without the setting every link is a path on this server ({@code /api/v1/needs/5}), which browsers and
 * HTTP clients resolve against the address they called.
 */
public final class PublicUrl {

    private static final Logger LOG = Logger.getLogger(PublicUrl.class.getName());
    static final String PROPERTY = "partnerhub.public-url";

    private PublicUrl() {}

    /** {@code path} (absolute on this server, with the context path, starting with "/") as the link to give out. */
    public static String link(String path) {
        return base().map(b -> b + path).orElse(path);
    }

    public static URI uri(String path) {
        return URI.create(link(path));
    }

    /** The configured base without a trailing slash, if a valid one is configured. */
    static Optional<String> base() {
        Optional<String> raw = ConfigProvider.getConfig().getOptionalValue(PROPERTY, String.class);
        return raw.map(String::strip).filter(s -> !s.isEmpty()).flatMap(PublicUrl::valid);
    }

    static Optional<String> valid(String raw) {
        String value = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        try {
            URI uri = URI.create(value);
            boolean http = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (http && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
                    && uri.getRawUserInfo() == null) {
                return Optional.of(value);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        LOG.warning(() -> PROPERTY + " is not an http(s) address without query (\"" + raw + "\"); links stay relative");
        return Optional.empty();
    }
}
