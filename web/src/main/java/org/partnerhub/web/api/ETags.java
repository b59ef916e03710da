package org.partnerhub.web.api;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/** The ETag of a single resource is its version, so that an If-Match names exactly the version the caller read. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(String.valueOf(version));
    }

    /** 200 with the resource and its version as the ETag. */
    public static Response ok(Object entity, long version) {
        return Response.ok(entity).tag(of(version)).build();
    }
}
