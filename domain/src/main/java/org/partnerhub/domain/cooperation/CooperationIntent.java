package org.partnerhub.domain.cooperation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.partnerhub.domain.category.CategoryCode;
import org.partnerhub.domain.region.RegionCode;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.InvalidInputException;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.Recorder;
import org.partnerhub.domain.shared.Text;

/**
 * A cooperation intent (合作意向) between a need's community and a supply item's partner. One side proposes; the other
 * accepts (negotiation starts) or declines; then each side agrees, and when both have, the intent is AGREED — the
 * moment the service takes the item's capacity and draws the need's budget. Either side may withdraw before that; an
 * intent nobody answers for the configured time expires. Every move is kept in the history, and the sides talk in a
 * thread of notes. Each answer (a move or a note) gives the other side the full time again.
 */
@Entity
@Table(name = "cooperation_intent")
public class CooperationIntent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "need_id", nullable = false, updatable = false)
    private Long needId;

    @Column(name = "supply_id", nullable = false, updatable = false)
    private Long supplyId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    private Long partnerId;

    @Column(name = "community_code", nullable = false, length = RegionCode.MAX_LENGTH, updatable = false)
    private RegionCode communityCode;

    /** The need's community path, so that "is this within the actor's region?" is a prefix question. */
    @Column(name = "community_path", nullable = false, length = 255, updatable = false)
    private String communityPath;

    @Column(name = "category_code", nullable = false, length = CategoryCode.MAX_LENGTH, updatable = false)
    private CategoryCode categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_by", nullable = false, length = 16, updatable = false)
    private IntentParty proposedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private IntentStatus status;

    /** "need:supply" while open, else null: the unique key that allows one open intent per need and item. */
    @Column(name = "open_pair", length = 41)
    private String openPair;

    @Column(name = "community_agreed_at")
    private Instant communityAgreedAt;

    @Column(name = "community_agreed_by", length = 64)
    private String communityAgreedBy;

    @Column(name = "partner_agreed_at")
    private Instant partnerAgreedAt;

    @Column(name = "partner_agreed_by", length = 64)
    private String partnerAgreedBy;

    /** When the intent expires if nobody answers; null once it is no longer open. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "intent", cascade = CascadeType.PERSIST)
    @OrderBy("occurredAt ASC, id ASC")
    private List<IntentEvent> history = new ArrayList<>();

    @OneToMany(mappedBy = "intent", cascade = CascadeType.PERSIST)
    @OrderBy("createdAt ASC, id ASC")
    private List<IntentNote> notes = new ArrayList<>();

    protected CooperationIntent() {
        // for JPA
    }

    /**
     * A new intent between the need (of {@code community}, whose path is {@code communityPath}) and the supply item of
     * {@code partnerId}, proposed by {@code proposer}; the other side has {@code answerWithin} to answer. The note, if
     * any, opens the thread.
     */
    public static CooperationIntent propose(Long needId, Long supplyId, Long partnerId, RegionCode community,
            String communityPath, CategoryCode category, IntentParty proposer, Recorder recorder, String note,
            Instant now, Duration answerWithin) {
        String text = checkedNote(note, false);
        CooperationIntent intent = new CooperationIntent();
        intent.needId = Objects.requireNonNull(needId, "needId");
        intent.supplyId = Objects.requireNonNull(supplyId, "supplyId");
        intent.partnerId = Objects.requireNonNull(partnerId, "partnerId");
        intent.communityCode = Objects.requireNonNull(community, "community");
        intent.communityPath = Objects.requireNonNull(communityPath, "communityPath");
        intent.categoryCode = Objects.requireNonNull(category, "category");
        intent.proposedBy = Objects.requireNonNull(proposer, "proposer");
        intent.status = IntentStatus.PROPOSED;
        intent.openPair = needId + ":" + supplyId;
        intent.createdBy = recorder.username();
        intent.createdAt = now;
        intent.updatedAt = now;
        intent.expiresAt = now.plus(answerWithin);
        intent.history.add(new IntentEvent(intent, now, "PROPOSED", proposer, recorder, text, null,
                IntentStatus.PROPOSED));
        if (text != null) {
            intent.notes.add(new IntentNote(intent, proposer, recorder, text, now));
        }
        return intent;
    }

    /**
     * A side's move, with an optional note (kept in the history and the thread). AGREE records the side's agreement and
     * makes the intent AGREED once both sides agreed; a side that already agreed is refused.
     *
     * @return whether this move made the intent AGREED (the caller then takes capacity and budget, in the same
     *     transaction)
     */
    public boolean apply(IntentAction action, IntentParty side, Recorder actor, String note, Instant now,
            Duration answerWithin) {
        Objects.requireNonNull(side, "side");
        if (action == IntentAction.EXPIRE) {
            throw new ConflictException(Message.of("intent.transition.side", action.name(), status.name()));
        }
        String text = checkedNote(note, false);
        IntentStatus from = status;
        IntentStatus to = action.from(status, side, proposedBy);
        if (action == IntentAction.AGREE) {
            if (hasAgreed(side)) {
                throw new ConflictException(Message.of("intent.agree.already", side.name()));
            }
            if (side == IntentParty.COMMUNITY) {
                communityAgreedAt = now;
                communityAgreedBy = actor.username();
            } else {
                partnerAgreedAt = now;
                partnerAgreedBy = actor.username();
            }
            if (hasAgreed(side.other())) {
                to = IntentStatus.AGREED;
            }
        }
        status = to;
        updatedAt = now;
        expiresAt = status.isOpen() ? now.plus(answerWithin) : null;
        openPair = status.isOpen() ? openPair : null;
        history.add(new IntentEvent(this, now, action.name(), side, actor, text, from, to));
        if (text != null) {
            notes.add(new IntentNote(this, side, actor, text, now));
        }
        return from != IntentStatus.AGREED && to == IntentStatus.AGREED;
    }

    /** A note in the thread; only while the intent is open or agreed. An open intent gets the full time again. */
    public IntentNote addNote(IntentParty side, Recorder author, String text, Instant now, Duration answerWithin) {
        Objects.requireNonNull(side, "side");
        String cleaned = checkedNote(text, true);
        if (!status.isOpen() && status != IntentStatus.AGREED) {
            throw new ConflictException(Message.of("intent.note.closed", status.name()));
        }
        IntentNote added = new IntentNote(this, side, author, cleaned, now);
        notes.add(added);
        updatedAt = now;
        if (status.isOpen()) {
            expiresAt = now.plus(answerWithin);
        }
        return added;
    }

    /**
     * The platform's expiry of an intent nobody answered in time ({@code now} after {@link #getExpiresAt()}). The
     * scheduled job expires intents with one conditional update, so that several servers expire each once; it then
     * calls {@link #recordExpiry} for the history of those it expired.
     */
    public void expire(Instant now) {
        IntentStatus from = status;
        status = IntentAction.EXPIRE.from(status, null, proposedBy);
        if (expiresAt == null || now.isBefore(expiresAt)) {
            status = from;
            throw new ConflictException(Message.of("intent.expire.early", String.valueOf(expiresAt)));
        }
        openPair = null;
        recordExpiry(now);
    }

    /**
     * The history entry of an expiry made by the job's conditional update (the status is already EXPIRED; the status
     * it had is the last entry's).
     */
    public void recordExpiry(Instant now) {
        if (status != IntentStatus.EXPIRED) {
            throw new IllegalStateException("intent " + id + " is " + status + ", not expired");
        }
        IntentStatus from = history.isEmpty() ? null : history.get(history.size() - 1).getToStatus();
        expiresAt = null;
        updatedAt = now;
        history.add(new IntentEvent(this, now, IntentAction.EXPIRE.name(), null, new Recorder("system", "system", null),
                null, from, IntentStatus.EXPIRED));
    }

    public boolean hasAgreed(IntentParty side) {
        return side == IntentParty.COMMUNITY ? communityAgreedAt != null : partnerAgreedAt != null;
    }

    /** Whether {@code side} may make {@code action} now (the page shows only these buttons). */
    public boolean allows(IntentAction action, IntentParty side) {
        return IntentAction.BY_PEOPLE.contains(action) && action.allowed(status, side, proposedBy)
                && !(action == IntentAction.AGREE && hasAgreed(side));
    }

    private static String checkedNote(String note, boolean required) {
        String text = Text.clean(note);
        if (text == null) {
            if (required) {
                throw InvalidInputException.of("note", "text.required");
            }
            return null;
        }
        if (Text.length(text) > IntentNote.TEXT_MAX) {
            throw InvalidInputException.of("note", "text.tooLong", IntentNote.TEXT_MAX);
        }
        return text;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getNeedId() {
        return needId;
    }

    public Long getSupplyId() {
        return supplyId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public RegionCode getCommunityCode() {
        return communityCode;
    }

    public String getCommunityPath() {
        return communityPath;
    }

    public CategoryCode getCategoryCode() {
        return categoryCode;
    }

    public IntentParty getProposedBy() {
        return proposedBy;
    }

    public IntentStatus getStatus() {
        return status;
    }

    public Instant getCommunityAgreedAt() {
        return communityAgreedAt;
    }

    public String getCommunityAgreedBy() {
        return communityAgreedBy;
    }

    public Instant getPartnerAgreedAt() {
        return partnerAgreedAt;
    }

    public String getPartnerAgreedBy() {
        return partnerAgreedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<IntentEvent> getHistory() {
        return Collections.unmodifiableList(history);
    }

    public List<IntentNote> getNotes() {
        return Collections.unmodifiableList(notes);
    }
}
