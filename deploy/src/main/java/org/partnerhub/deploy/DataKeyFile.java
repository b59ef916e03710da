package org.partnerhub.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key for personal data when the embedded database is used: generated at the first start and kept beside the
 * database in the data directory, readable by its owner only. (With an external database the key must be configured,
 * because every server of the database needs the same one.)
 */
final class DataKeyFile {

    static final String NAME = "data-key";

    private DataKeyFile() {}

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.resolve(NAME);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String encoded = Base64.getEncoder().encodeToString(key);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, encoded + "\n");
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the data key in " + file, e);
        }
    }
}
