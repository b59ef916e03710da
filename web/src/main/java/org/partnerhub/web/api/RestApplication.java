package org.partnerhub.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The integrators' REST API; resources carry the version in their path ({@code /api/v1/...}). */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(
                title = "Partner Hub API",
                version = "1",
                description = "社区治理合伙人供需对接平台 — regions, categories, partners, needs, supply, matching, "
                        + "intents and projects. JSON in UTF-8, times in ISO-8601 with offset, errors as RFC 9457 "
                        + "application/problem+json."),
        tags = {
            @Tag(name = "regions", description = "The administrative region tree"),
            @Tag(name = "categories", description = "The service-category tree"),
            @Tag(name = "tokens", description = "API tokens for systems"),
            @Tag(name = "users", description = "Accounts"),
            @Tag(name = "audit", description = "The audit log"),
            @Tag(name = "partner-applications", description = "Applying to become a partner, and the review"),
            @Tag(name = "partners", description = "The resource library's partners"),
            @Tag(name = "notifications", description = "The in-app inbox")
        })
@SecuritySchemes({
    @SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
            description = "A token from POST /api/v1/tokens"),
    @SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic",
            description = "The account's user name and password; only for POST /api/v1/tokens")
})
public class RestApplication extends Application {

    /**
     * No WADL: Jersey would otherwise describe every resource to anyone who sends {@code OPTIONS} (the API is described
     * by the OpenAPI document only). And a relative {@code Location} stays relative: Jersey would make it absolute with
     * the request's {@code Host} header, which the client chooses; absolute links come from {@code PublicUrl} only.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of(
                "jersey.config.server.wadl.disableWadl", true,
                "jersey.config.server.headers.location.relative.resolution.disabled", true);
    }
}
