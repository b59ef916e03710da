package org.partnerhub.domain.shared;

import java.util.Optional;

/**
 * The kinds of document the platform accepts (qualification documents, project photos), recognised by their first
 * bytes and never by the name or the type a browser claims.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png");

    /** At most 10 MB a file. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** What the content is, judging by its signature; empty for anything else. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, new int[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new int[] {0xFF, 0xD8, 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    public static Optional<DocumentType> fromMediaType(String mediaType) {
        for (DocumentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
