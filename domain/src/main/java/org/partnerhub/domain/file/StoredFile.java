package org.partnerhub.domain.file;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.partnerhub.domain.shared.DocumentType;
import org.partnerhub.domain.shared.StoredFileRef;

/**
 * An uploaded file, kept in the database: outside any web root, under a generated key, and reachable from every
 * server of a cluster without a shared disk. A file stays unclaimed until something (an application, a report)
 * takes it; unclaimed files older than a day are removed.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "file_key", nullable = false, unique = true, length = 36, updatable = false)
    private String key;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 8, updatable = false)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "original_name", nullable = false, length = 120, updatable = false)
    private String originalName;

    @Column(name = "sha256", nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(name = "claimed", nullable = false)
    private boolean claimed;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(String key, byte[] content, DocumentType type, String originalName, String sha256, Instant now) {
        this.key = Objects.requireNonNull(key);
        this.content = Objects.requireNonNull(content);
        this.type = Objects.requireNonNull(type);
        this.size = content.length;
        this.originalName = Objects.requireNonNull(originalName);
        this.sha256 = Objects.requireNonNull(sha256);
        this.createdAt = now;
    }

    public void claim() {
        claimed = true;
    }

    public StoredFileRef ref() {
        return new StoredFileRef(key, type, size, originalName);
    }

    public String getKey() {
        return key;
    }

    public byte[] getContent() {
        return content;
    }

    public DocumentType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isClaimed() {
        return claimed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
