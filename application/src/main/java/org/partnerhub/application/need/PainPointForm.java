package org.partnerhub.application.need;

/** A pain point as it is entered; {@code streetCode} counts only for a new one (a pain point never moves). */
public record PainPointForm(String streetCode, String categoryCode, String title, String description, boolean publish) {}
