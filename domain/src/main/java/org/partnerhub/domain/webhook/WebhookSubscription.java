package org.partnerhub.domain.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.partnerhub.domain.account.Actor;
import org.partnerhub.domain.account.Role;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Sealed;

/**
 * A URL that receives the domain events its owner may see, of the types it chose (none chosen = all). The owner's role
 * and scope are copied when it subscribes (as an account copies its region's path), so that an event is matched
 * without a join; the signing secret is stored sealed. An endpoint whose deliveries have all failed for longer than the
 * operator allows is disabled and receives nothing until its owner enables it again.
 */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    public static final int URL_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private Long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_role", nullable = false, length = 32, updatable = false)
    private Role ownerRole;

    @Column(name = "owner_region_path", length = 255, updatable = false)
    private String ownerRegionPath;

    @Column(name = "owner_partner_id", updatable = false)
    private Long ownerPartnerId;

    @Column(name = "url", nullable = false, length = URL_MAX, updatable = false)
    private String url;

    @Column(name = "event_types", length = 2000, updatable = false)
    private String eventTypes;

    @Column(name = "secret_sealed", nullable = false, length = 255, updatable = false)
    private Sealed secretSealed;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private WebhookStatus status;

    /** Since when every delivery failed (null after a success, or before any failure). */
    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
        // for JPA
    }

    public WebhookSubscription(Actor owner, String url, Set<String> eventTypes, Sealed secret, Instant now) {
        this.ownerId = Objects.requireNonNull(owner.userId(), "owner");
        this.ownerRole = Objects.requireNonNull(owner.role(), "role");
        this.ownerRegionPath = owner.regionPath();
        this.ownerPartnerId = owner.partnerId();
        this.url = Objects.requireNonNull(url, "url");
        this.eventTypes = eventTypes == null || eventTypes.isEmpty() ? null : String.join(",", eventTypes);
        this.secretSealed = Objects.requireNonNull(secret, "secret");
        this.status = WebhookStatus.ENABLED;
        this.createdAt = now;
    }

    /** Whether the endpoint asked for this type of event (all types when it named none). */
    public boolean wants(String type) {
        return eventTypes == null || getEventTypes().contains(type);
    }

    /**
     * Whether the owner may see an event with this audience: the district's administrators see every event that leaves
     * the server; others the public ones, those of their region (path prefix) and those of their organisation.
     */
    public boolean mayReceive(boolean internal, boolean isPublic, String regionPath, Long partnerId) {
        if (internal) {
            return false;
        }
        if (ownerRole == Role.DISTRICT_ADMIN || isPublic) {
            return true;
        }
        boolean region = ownerRegionPath != null && regionPath != null && regionPath.startsWith(ownerRegionPath);
        boolean partner = ownerPartnerId != null && ownerPartnerId.equals(partnerId);
        return region || partner;
    }

    /** Whether the actor may read and manage this endpoint: its owner, or any district administrator. */
    public boolean manageableBy(Actor actor) {
        return actor != null && (ownerId.equals(actor.userId()) || actor.is(Role.DISTRICT_ADMIN));
    }

    public boolean isEnabled() {
        return status == WebhookStatus.ENABLED;
    }

    /** A delivery arrived: the endpoint is healthy again. */
    public void recordSuccess(Instant now) {
        failingSince = null;
        lastSuccessAt = now;
    }

    /**
     * A delivery failed. When every delivery has failed for longer than {@code disableAfter}, the endpoint is disabled.
     *
     * @return whether this failure disabled it
     */
    public boolean recordFailure(Instant now, Duration disableAfter) {
        if (failingSince == null) {
            failingSince = now;
        }
        if (isEnabled() && Duration.between(failingSince, now).compareTo(disableAfter) > 0) {
            status = WebhookStatus.DISABLED;
            disabledAt = now;
            return true;
        }
        return false;
    }

    /** The owner (or an administrator) turns a disabled endpoint on again; its failure count starts afresh. */
    public void enable() {
        if (isEnabled()) {
            throw new ConflictException(Message.of("webhook.alreadyEnabled", id));
        }
        status = WebhookStatus.ENABLED;
        disabledAt = null;
        failingSince = null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Role getOwnerRole() {
        return ownerRole;
    }

    public String getOwnerRegionPath() {
        return ownerRegionPath;
    }

    public Long getOwnerPartnerId() {
        return ownerPartnerId;
    }

    public String getUrl() {
        return url;
    }

    /** The types asked for, in the order given; empty = all. */
    public Set<String> getEventTypes() {
        return eventTypes == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(eventTypes.split(",")));
    }

    public Sealed getSecretSealed() {
        return secretSealed;
    }

    public WebhookStatus getStatus() {
        return status;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
