package org.partnerhub.domain.need;

import java.time.LocalDate;

/** The filters of a visit list; {@code null} means "any". Visits are never public: the visibility is required. */
public record VisitQuery(String regionPath, VisitFormat format, LocalDate from, LocalDate to, Visibility visibility) {}
