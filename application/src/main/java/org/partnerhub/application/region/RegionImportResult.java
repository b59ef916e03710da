package org.partnerhub.application.region;

/** What an import did: how many data rows it read and how many regions it created, changed or left as they were. */
public record RegionImportResult(int rows, int created, int updated, int unchanged) {}
