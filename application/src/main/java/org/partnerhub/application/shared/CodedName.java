package org.partnerhub.application.shared;

/** A region, category or other coded thing by its code, with its names in both languages. */
public record CodedName(String code, String nameZh, String nameEn) {

    /** The name in the reader's language (English when asked for and present, else Chinese). */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }

    /** A code whose names are unknown (e.g. a region removed from the tree): the code stands for its names. */
    public static CodedName unknown(String code) {
        return new CodedName(code, code, code);
    }
}
