package org.partnerhub.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.partnerhub.domain.shared.StoredFileRef;

/**
 * A qualification document attached to an application. The content lives in the shared file store under a generated
 * key (so that every server of the cluster reaches it); only the name the applicant gave it, for display, is kept here.
 */
@Entity
@Table(name = "application_document")
public class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false, updatable = false)
    private PartnerApplication application;

    @Column(name = "file_key", nullable = false, length = 36, updatable = false)
    private String fileKey;

    @Column(name = "original_name", nullable = false, length = 120, updatable = false)
    private String originalName;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected ApplicationDocument() {
        // for JPA
    }

    ApplicationDocument(PartnerApplication application, StoredFileRef file, Instant uploadedAt) {
        this.application = application;
        this.fileKey = file.key();
        this.originalName = file.originalName();
        this.contentType = file.type().mediaType();
        this.size = file.size();
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
