package org.partnerhub.web.partner;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.partnerhub.application.partner.FileContent;

/** A stored document as a download: never shown inline, never sniffed, never cached. */
final class Downloads {

    private Downloads() {}

    static Response attachment(FileContent file) {
        return Response.ok(file.content(), file.mediaType())
                .header("Content-Disposition", disposition(file.name()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    static String disposition(String name) {
        String ascii = name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
