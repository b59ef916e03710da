package org.partnerhub.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The platform's calendar: dates, years and day boundaries are those of the district (Asia/Shanghai). */
public final class DistrictTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private DistrictTime() {}

    public static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    public static int year(Instant instant) {
        return instant.atZone(ZONE).getYear();
    }

    /** The first instant of {@code date} in the district. */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }
}
