package org.partnerhub.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerhub.domain.shared.Sealed;

class PersonalDataCipherTest {

    private static final String PHONE = "user.phone";

    private final PersonalDataCipher cipher = new PersonalDataCipher(newKey());

    private static String newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "028-85123456-123", "", "成都市成华区青龙街道东林社区", "张三 😀👍🏽", "a\u0000b"})
    void whatIsSealedOpensAgain(String plain) {
        Sealed sealed = cipher.seal(plain, PHONE);
        assertThat(cipher.open(sealed, PHONE)).isEqualTo(plain);
    }

    @Test
    void theSealedFormIsVersionedBase64AndHidesThePlainText() {
        Sealed sealed = cipher.seal("13800138000", PHONE);
        assertThat(sealed.value()).startsWith("v1:").doesNotContain("13800138000").doesNotContain("8000");
        byte[] body = Base64.getDecoder().decode(sealed.value().substring(3));
        // 12-byte nonce, 11 bytes of cipher text, 16-byte tag
        assertThat(body).hasSize(12 + 11 + 16);
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        Sealed first = cipher.seal("13800138000", PHONE);
        Sealed second = cipher.seal("13800138000", PHONE);
        assertThat(first.value()).isNotEqualTo(second.value());
        assertThat(cipher.open(first, PHONE)).isEqualTo(cipher.open(second, PHONE)).isEqualTo("13800138000");
    }

    @Test
    void aSealedValueOpensOnlyForItsOwnPurpose() {
        Sealed sealed = cipher.seal("13800138000", PHONE);
        assertThatThrownBy(() -> cipher.open(sealed, "partner.contactPhone"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(sealed, "")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherKeyCannotOpenIt() {
        Sealed sealed = cipher.seal("13800138000", PHONE);
        PersonalDataCipher other = new PersonalDataCipher(newKey());
        assertThatThrownBy(() -> other.open(sealed, PHONE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSameKeyInAnotherInstanceOpensIt() {
        String key = newKey();
        Sealed sealed = new PersonalDataCipher(key).seal("13800138000", PHONE);
        assertThat(new PersonalDataCipher("  " + key + "\n").open(sealed, PHONE)).isEqualTo("13800138000");
    }

    @Test
    void anyAlteredByteIsDetected() {
        Sealed sealed = cipher.seal("13800138000", PHONE);
        byte[] body = Base64.getDecoder().decode(sealed.value().substring(3));
        for (int i = 0; i < body.length; i++) {
            byte[] altered = body.clone();
            altered[i] ^= 0x01;
            Sealed tampered = new Sealed("v1:" + Base64.getEncoder().encodeToString(altered));
            assertThatThrownBy(() -> cipher.open(tampered, PHONE)).as("byte %d", i)
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void aTruncatedOrGarbledValueIsRefused() {
        Sealed sealed = cipher.seal("13800138000", PHONE);
        String value = sealed.value();
        assertThatThrownBy(() -> cipher.open(new Sealed(value.substring(0, value.length() - 8)), PHONE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("v1:"), PHONE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("v1:AAAA"), PHONE)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("v1:not base64!"), PHONE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anUnknownFormatIsRefused() {
        Sealed sealed = cipher.seal("13800138000", PHONE);
        assertThatThrownBy(() -> cipher.open(new Sealed(sealed.value().replaceFirst("^v1:", "v2:")), PHONE))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(new Sealed("13800138000"), PHONE))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingSealsToNothing() {
        assertThat(cipher.seal(null, PHONE)).isNull();
        assertThat(cipher.open(null, PHONE)).isNull();
    }

    @Test
    void theCheckPassesWithAGoodKey() {
        cipher.check();
        assertThat(cipher.open(cipher.seal("check", "startup"), "startup")).isEqualTo("check");
    }

    @Test
    void aKeyMustBeThirtyTwoBytes() {
        for (int length : new int[] {0, 16, 24, 31, 33, 64}) {
            String key = Base64.getEncoder().encodeToString(new byte[length]);
            assertThatThrownBy(() -> new PersonalDataCipher(key))
                    .as("%d bytes", length)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("32 bytes");
        }
    }

    @Test
    void aKeyMustBeBase64() {
        assertThatThrownBy(() -> new PersonalDataCipher("this is not base64 at all!!"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not Base64");
        assertThatThrownBy(() -> new PersonalDataCipher("%%%%"))
                .isInstanceOf(IllegalStateException.class);
    }
}
