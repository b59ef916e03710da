package org.partnerhub.application.need;

import java.time.LocalDate;
import org.partnerhub.domain.need.VisitFormat;

/** A visit as it is entered. */
public record VisitForm(String communityCode, LocalDate visitDate, VisitFormat format, Integer participantCount,
        String participants, String summary) {}
