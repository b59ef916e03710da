package org.partnerhub.domain.need;

/** Where a need was heard: on a visit of one of the three formats, online, from a resident, or from a spreadsheet. */
public enum SourceChannel {
    FIELD_VISIT,
    SYMPOSIUM,
    DELIBERATION_DAY,
    ONLINE,
    RESIDENT_REPORT,
    IMPORT
}
