package org.partnerhub.application.file;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.partnerhub.domain.file.FileRepository;
import org.partnerhub.domain.file.StoredFile;
import org.partnerhub.domain.shared.DocumentType;
import org.partnerhub.domain.shared.InvalidValueException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.StoredFileRef;
import org.partnerhub.domain.shared.Text;

/**
 * The file store: accepts PDF, JPEG and PNG up to 10 MB, recognised by their content, under a generated key. Files
 * start unclaimed; whatever keeps one (an application) claims it, and unclaimed files older than a day are removed
 * whenever a new one arrives.
 */
@ApplicationScoped
@Transactional
public class FileService {

    private static final Duration UNCLAIMED_LIFETIME = Duration.ofDays(1);

    @Inject
    FileRepository files;

    @Inject
    Clock clock;

    /** Stores an upload; refuses (naming why) empty, oversized, or anything that is not really a PDF, JPEG or PNG. */
    public StoredFileRef store(byte[] content, String originalName) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException(Message.of("document.empty"));
        }
        if (content.length > DocumentType.MAX_BYTES) {
            throw new InvalidValueException(Message.of("document.tooLarge", safeName(originalName), DocumentType.MAX_BYTES / (1024 * 1024)));
        }
        DocumentType type = DocumentType.detect(content).orElseThrow(
                () -> new InvalidValueException(Message.of("document.type", safeName(originalName))));
        Instant now = clock.instant();
        files.removeUnclaimedBefore(now.minus(UNCLAIMED_LIFETIME));
        StoredFile file = new StoredFile(UUID.randomUUID().toString(), content, type, safeName(originalName),
                sha256(content), now);
        files.add(file);
        return file.ref();
    }

    /** Marks a stored, still unclaimed file as kept; a key that names no such file is refused. */
    public StoredFileRef claim(String key) {
        StoredFile file = files.find(key).filter(f -> !f.isClaimed())
                .orElseThrow(() -> new InvalidValueException(Message.of("document.unknown")));
        file.claim();
        return file.ref();
    }

    public Optional<StoredFile> read(String key) {
        return files.find(key);
    }

    /** A name fit for display and for a download header: no path, no control characters, at most 100 characters. */
    static String safeName(String name) {
        String cleaned = Text.clean(name);
        if (cleaned == null) {
            return "document";
        }
        cleaned = cleaned.replaceAll("^.*[\\\\/]", "").replaceAll("[\\p{Cntrl}\"]", "_");
        if (cleaned.codePointCount(0, cleaned.length()) > 100) {
            cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, 100));
        }
        return cleaned.isBlank() ? "document" : cleaned;
    }

    private static String sha256(byte[] content) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(content);
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
