package org.partnerhub.domain.partner;

import org.partnerhub.domain.category.CategoryCode;

/**
 * Filters for the resource library: type, a region the partner serves (its path: partners serving that region, a
 * region above it, or a part of it), a category, and text in the name or introduction. {@code listedOnly} keeps
 * to active partners (the public library).
 */
public record PartnerQuery(PartnerType type, String servesPath, CategoryCode category, String text, boolean listedOnly) {}
