package org.partnerhub.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.partnerhub.web.shared.ApiTime;

/** Times on pages ({@code #{time.of(instant)}}): the district's time zone, to the minute. */
@Named("time")
@ApplicationScoped
public class TimeFormat {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String of(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(ApiTime.ZONE));
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant.atZone(ApiTime.ZONE));
    }
}
