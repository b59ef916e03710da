package org.partnerhub.domain.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.partnerhub.domain.shared.Recorder;

/** One message in an intent's negotiation thread, written once by one side. */
@Entity
@Table(name = "intent_note")
public class IntentNote {

    public static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "intent_id", nullable = false, updatable = false)
    private CooperationIntent intent;

    @Enumerated(EnumType.STRING)
    @Column(name = "party", nullable = false, length = 16, updatable = false)
    private IntentParty party;

    @Column(name = "author_name", nullable = false, length = 64, updatable = false)
    private String authorName;

    @Column(name = "author_display", length = 50, updatable = false)
    private String authorDisplay;

    @Column(name = "text", nullable = false, length = TEXT_MAX, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected IntentNote() {
        // for JPA
    }

    IntentNote(CooperationIntent intent, IntentParty party, Recorder author, String text, Instant createdAt) {
        this.intent = intent;
        this.party = party;
        this.authorName = author.username();
        this.authorDisplay = author.displayName();
        this.text = text;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public IntentParty getParty() {
        return party;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getAuthorDisplay() {
        return authorDisplay;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
