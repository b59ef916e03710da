package org.partnerhub.domain.file;

import java.time.Instant;
import java.util.Optional;

/** The stored files. */
public interface FileRepository {

    void add(StoredFile file);

    Optional<StoredFile> find(String key);

    /** Removes unclaimed files created before {@code cutoff}; returns how many. */
    int removeUnclaimedBefore(Instant cutoff);
}
