package org.partnerhub.web.api;

import java.util.List;
import java.util.Objects;
import org.partnerhub.application.shared.CodedName;

/**
 * A region or category in an answer: its code and both names. A PUT or PATCH body may carry it back as the GET gave
 * it (the round trip, README "Round trips"): only its {@code code} is read, and only where the body does not name the
 * code under the PUT's own field ({@code categoryCode}, {@code serviceRegionCodes}).
 */
public record CodedNameDto(String code, String nameZh, String nameEn) {

    public static CodedNameDto of(CodedName n) {
        return n == null ? null : new CodedNameDto(n.code(), n.nameZh(), n.nameEn());
    }

    /** The code under the PUT's name if given, else the code of the object the GET answered. */
    public static String codeOf(String explicit, CodedNameDto nested) {
        return explicit != null ? explicit : nested == null ? null : nested.code();
    }

    /** The codes under the PUT's name if given, else those of the objects the GET answered. */
    public static List<String> codesOf(List<String> explicit, List<CodedNameDto> nested) {
        if (explicit != null || nested == null) {
            return explicit;
        }
        return nested.stream().map(n -> n == null ? null : n.code()).filter(Objects::nonNull).toList();
    }
}
