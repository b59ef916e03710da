package org.partnerhub.domain.region;

/** A region's names, as lists and pages print them. */
public record RegionName(RegionCode code, String nameZh, String nameEn) {}
