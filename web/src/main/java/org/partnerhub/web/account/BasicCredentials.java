package org.partnerhub.web.account;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.NotAuthenticatedException;

/** HTTP Basic credentials, read only by the two endpoints that take them (tokens, own password). */
final class BasicCredentials {

    private BasicCredentials() {}

    /** The user name and password, or a 401 asking for Basic. */
    static String[] parse(String header) {
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
                }
            } catch (IllegalArgumentException e) {
                // not Base64: no credentials
            }
        }
        throw new NotAuthenticatedException(Message.of("auth.basicRequired"));
    }
}
