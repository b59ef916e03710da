package org.partnerhub.application.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerhub.domain.shared.InvalidInputException;

/**
 * A proof-of-work step for the public forms that needs no outside service (government intranets reach none): the
 * server issues a challenge — {@code v1.<random nonce>.<expiry, epoch seconds>.<difficulty>.<HMAC>}, signed with a key
 * derived from the data key, so the server keeps no state for it and every server accepts every server's challenge —
 * and the client finds a {@code solution} (letters and digits, at most 64) such that
 * {@code SHA-256(challenge + ":" + solution)} starts with {@code difficulty} zero bits. The browser does it with a few
 * lines of JavaScript ({@code resources/js/proof-of-work.js}); a script does it in a loop. A solved challenge is taken
 * once: each server remembers the challenges it accepted until they expire (at most {@value #REMEMBERED}).
 *
 * <p>{@code partnerhub.anon.pow-difficulty} ({@code PARTNERHUB_ANON_POW_DIFFICULTY}, default 16: about 65,000 hashes,
 * a second or two in a browser) sets the work; 0 turns the step off.
 */
@ApplicationScoped
public class ProofOfWork {

    private static final int REMEMBERED = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "partnerhub.anon.pow-difficulty", defaultValue = "16")
    int difficulty;

    @Inject
    @ConfigProperty(name = "partnerhub.anon.pow-validity", defaultValue = "PT10M")
    Duration validity;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    Clock clock;

    private SecretKeySpec key;

    private final Map<String, Long> taken = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** A challenge to solve: the text, the zero bits wanted, and until when it is accepted. */
    public record Challenge(String challenge, int difficulty, Instant expiresAt) implements java.io.Serializable {}

    @PostConstruct
    void init() {
        if (difficulty < 0 || difficulty > 32) {
            throw new IllegalStateException("partnerhub.anon.pow-difficulty must be 0 to 32, not " + difficulty);
        }
        key = new SecretKeySpec(cipher.derivedKey("partnerhub proof-of-work v1"), "HmacSHA256");
    }

    public boolean enabled() {
        return difficulty > 0;
    }

    public Challenge issue() {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        Instant expires = clock.instant().plus(validity);
        String payload = "v1." + B64.encodeToString(nonce) + "." + expires.getEpochSecond() + "." + difficulty;
        return new Challenge(payload + "." + mac(payload), difficulty, expires);
    }

    /**
     * Checks {@code proof} ({@code <challenge>:<solution>}) and takes the challenge, so that it serves once.
     *
     * @throws InvalidInputException naming {@code field}, for a missing, malformed, forged, expired, unsolved or
     *     already used proof
     */
    public void verify(String proof, String field) {
        if (!enabled()) {
            return;
        }
        if (proof == null || proof.isBlank()) {
            throw InvalidInputException.of(field, "pow.missing");
        }
        int colon = proof.lastIndexOf(':');
        String challenge = colon < 0 ? proof : proof.substring(0, colon);
        String solution = colon < 0 ? "" : proof.substring(colon + 1);
        String[] parts = challenge.split("\\.", -1);
        if (parts.length != 5 || !"v1".equals(parts[0]) || solution.isEmpty() || solution.length() > 64
                || !solution.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw InvalidInputException.of(field, "pow.malformed");
        }
        String payload = challenge.substring(0, challenge.lastIndexOf('.'));
        if (!MessageDigest.isEqual(mac(payload).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            throw InvalidInputException.of(field, "pow.forged");
        }
        long expires;
        int bits;
        try {
            expires = Long.parseLong(parts[2]);
            bits = Integer.parseInt(parts[3]);
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "pow.malformed");
        }
        long now = clock.instant().getEpochSecond();
        if (now > expires) {
            throw InvalidInputException.of(field, "pow.expired");
        }
        if (bits < difficulty || leadingZeroBits(sha256(challenge + ":" + solution)) < bits) {
            throw InvalidInputException.of(field, "pow.wrong");
        }
        synchronized (taken) {
            taken.values().removeIf(until -> until < now);
            if (taken.putIfAbsent(challenge, expires) != null) {
                throw InvalidInputException.of(field, "pow.used");
            }
        }
    }

    /** A solution of {@code challenge} with {@code bits} zero bits: what a client does, here for tests and scripts. */
    public static String solve(String challenge, int bits) {
        for (long n = 0; ; n++) {
            String candidate = Long.toString(n, 36);
            if (leadingZeroBits(sha256(challenge + ":" + candidate)) >= bits) {
                return candidate;
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            return bits + Integer.numberOfLeadingZeros(b & 0xFF) - 24;
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
