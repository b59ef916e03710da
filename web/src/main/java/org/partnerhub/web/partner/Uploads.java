package org.partnerhub.web.partner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.partnerhub.domain.shared.DocumentType;
import org.partnerhub.domain.shared.InvalidInputException;

/** Reading an upload without ever holding more than the limit (plus one byte, to know it was too large). */
public final class Uploads {

    private Uploads() {}

    public static byte[] read(InputStream in, String name, String field) {
        try {
            byte[] content = in.readNBytes((int) DocumentType.MAX_BYTES + 1);
            if (content.length > DocumentType.MAX_BYTES) {
                throw InvalidInputException.of(field, "document.tooLarge", name == null ? "" : name,
                        DocumentType.MAX_BYTES / (1024 * 1024));
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
