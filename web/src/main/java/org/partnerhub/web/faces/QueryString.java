package org.partnerhub.web.faces;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A list page's current filters as query parameters, for links (exports) that must select what the list shows. */
public final class QueryString {

    private QueryString() {}

    /** Each set value as "&amp;name=value" (encoded), in order; names and values alternate. */
    public static String of(String... namesAndValues) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.append('&').append(namesAndValues[i]).append('=')
                        .append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
