package org.partnerhub.web.api;

import org.partnerhub.application.shared.CodedName;

/** A region or category in an answer: its code and both names. */
public record CodedNameDto(String code, String nameZh, String nameEn) {

    public static CodedNameDto of(CodedName n) {
        return n == null ? null : new CodedNameDto(n.code(), n.nameZh(), n.nameEn());
    }
}
