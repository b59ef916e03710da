package org.partnerhub.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The first answer to a POST that carried an {@code Idempotency-Key}, so that a retry with the same key (and the same
 * request) gets that answer again instead of doing the work twice. The answer may hold secrets (a status token) or
 * personal data, so it is stored sealed.
 */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scope", nullable = false, length = 100)
    private String scope;

    @Column(name = "idem_key", nullable = false, length = 100)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "status")
    private Integer status;

    @Column(name = "content_type", length = 100)
    private String contentType;

    @Column(name = "location", length = 500)
    private String location;

    @Column(name = "body_sealed", length = 1_000_000)
    private Sealed body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected IdempotencyRecord() {
        // for JPA
    }

    public IdempotencyRecord(String scope, String key, String requestHash, Instant now) {
        this.scope = scope;
        this.key = key;
        this.requestHash = requestHash;
        this.createdAt = now;
    }

    public void complete(int answerStatus, String answerType, String answerLocation, Sealed answerBody, Instant now) {
        status = answerStatus;
        contentType = answerType;
        location = answerLocation;
        body = answerBody;
        completedAt = now;
    }

    /** A request under this key that never finished (its server stopped): the next attempt takes it over. */
    public void restart(String newRequestHash, Instant now) {
        requestHash = newRequestHash;
        createdAt = now;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public Integer getStatus() {
        return status;
    }

    public String getContentType() {
        return contentType;
    }

    public String getLocation() {
        return location;
    }

    public Sealed getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
