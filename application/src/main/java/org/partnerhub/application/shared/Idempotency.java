package org.partnerhub.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.partnerhub.domain.shared.ConflictException;
import org.partnerhub.domain.shared.IdempotencyRecord;
import org.partnerhub.domain.shared.Message;
import org.partnerhub.domain.shared.RuleViolationException;

/**
 * Idempotency-Key on POST: the first request under a key does its work and its answer is kept (for a day); a retry
 * with the same key and the same request gets that answer again and creates nothing; the same key with a different
 * request is refused. Each step has its own transaction, apart from the work itself.
 */
@ApplicationScoped
public class Idempotency {

    static final String PURPOSE = "idempotency.body";
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    private static final Duration KEPT = Duration.ofDays(1);

    /** What to do with a request: do the work (and later complete the record), or answer with a stored answer. */
    public sealed interface Decision {

        record Proceed(Long recordId) implements Decision {}

        record Replay(int status, String contentType, String location, String body) implements Decision {}
    }

    @PersistenceContext(unitName = Persistence.UNIT)
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Decision begin(String scope, String key, String requestHash) {
        Instant now = clock.instant();
        Optional<IdempotencyRecord> found = find(scope, key, true);
        if (found.isEmpty()) {
            IdempotencyRecord created = new IdempotencyRecord(scope, key, requestHash, now);
            try {
                em.persist(created);
                em.flush();
            } catch (PersistenceException e) {
                // another request under the same key got in first and is still working
                throw new ConflictException(Message.of("idempotency.inProgress"));
            }
            return new Decision.Proceed(created.getId());
        }
        IdempotencyRecord record = found.get();
        boolean expired = record.getCreatedAt().plus(KEPT).isBefore(now);
        if (record.isCompleted() && !expired) {
            if (!record.getRequestHash().equals(requestHash)) {
                throw new RuleViolationException(Message.of("idempotency.mismatch"));
            }
            return new Decision.Replay(record.getStatus(), record.getContentType(), record.getLocation(),
                    cipher.open(record.getBody(), PURPOSE));
        }
        if (!record.isCompleted() && !expired && record.getCreatedAt().plus(ABANDONED_AFTER).isAfter(now)) {
            throw new ConflictException(Message.of("idempotency.inProgress"));
        }
        record.restart(requestHash, now);
        return new Decision.Proceed(record.getId());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(Long recordId, int status, String contentType, String location, String body) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, recordId);
        if (record != null) {
            record.complete(status, contentType, location, cipher.seal(body == null ? "" : body, PURPOSE), clock.instant());
        }
    }

    /** The work failed on the server's side: the key is free again for a retry. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void abandon(Long recordId) {
        IdempotencyRecord record = em.find(IdempotencyRecord.class, recordId);
        if (record != null) {
            em.remove(record);
        }
    }

    private Optional<IdempotencyRecord> find(String scope, String key, boolean lock) {
        return em.createQuery("SELECT r FROM IdempotencyRecord r WHERE r.scope = :scope AND r.key = :key",
                        IdempotencyRecord.class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultStream()
                .findFirst();
    }
}
