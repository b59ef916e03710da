package org.partnerhub.web.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times leave the system in the district's zone, with their offset ({@code 2025-11-27T09:30:00+08:00}). */
public final class ApiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ApiTime() {}

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
