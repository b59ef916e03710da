package org.partnerhub.application.shared;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.partnerhub.domain.shared.Sealed;

/**
 * Encrypts personal data for storage with AES-256-GCM under the key in {@code partnerhub.data-key}
 * ({@code PARTNERHUB_DATA_KEY}, 32 bytes in Base64), so that a database dump alone reveals no phone number. Each value
 * gets its own random nonce; the purpose ({@code user.phone}, …) is bound in as associated data, so a sealed value
 * cannot be moved to another column and still open. The stored form is {@code v1:<base64(nonce ‖ ciphertext ‖ tag)>}.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "partnerhub.data-key")
    Optional<String> configuredKey;

    private SecretKeySpec key;

    public PersonalDataCipher() {
        // for CDI
    }

    /** For tests outside the container. */
    public PersonalDataCipher(String base64Key) {
        this.key = parse(base64Key);
    }

    @PostConstruct
    void init() {
        if (key == null) {
            key = parse(configuredKey.orElseThrow(() -> new IllegalStateException(
                    "No key for personal data: set PARTNERHUB_DATA_KEY (32 random bytes in Base64, e.g. from "
                            + "'openssl rand -base64 32'); the launcher generates one for its embedded database")));
        }
    }

    /**
     * A key for another purpose (say, signing proof-of-work challenges), derived from the data key with HMAC-SHA256, so
     * that every server of one database agrees on it and the data key itself is used for one thing only.
     */
    public byte[] derivedKey(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Fails at start-up rather than at the first phone number, if the key is missing or malformed. */
    public void check() {
        seal("check", "startup");
    }

    public Sealed seal(String plain, String purpose) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            ByteBuffer out = ByteBuffer.allocate(nonce.length + encrypted.length).put(nonce).put(encrypted);
            return new Sealed(VERSION + Base64.getEncoder().encodeToString(out.array()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt personal data", e);
        }
    }

    public String open(Sealed sealed, String purpose) {
        if (sealed == null) {
            return null;
        }
        String value = sealed.value();
        if (!value.startsWith(VERSION)) {
            throw new IllegalStateException("Unknown sealed format");
        }
        try {
            byte[] all = Base64.getDecoder().decode(value.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Personal data could not be decrypted (wrong key or altered data)", e);
        }
    }

    private static SecretKeySpec parse(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("PARTNERHUB_DATA_KEY is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("PARTNERHUB_DATA_KEY must be 32 bytes (256 bits), not " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
