package org.partnerhub.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86 138 0013 8000", "+8613800138000", "008613800138000", "138-0013-8000",
            "138 0013 8000", " 13800138000 ", "138\u30000013\u30008000"})
    void mobileNumbersAreNormalisedToElevenDigits(String raw) {
        PhoneNumber phone = PhoneNumber.of(raw);
        assertThat(phone.value()).isEqualTo("13800138000");
        assertThat(phone.isMobile()).isTrue();
        assertThat(phone.masked()).isEqualTo("138****8000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13012345678", "14512345678", "15912345678", "16612345678", "17712345678", "18812345678",
            "19912345678"})
    void everyMobilePrefixFromThirteenToNineteenIsAccepted(String raw) {
        assertThat(PhoneNumber.of(raw).isMobile()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "028-85123456, 028-85123456, 028-****3456",
        "02885123456, 028-85123456, 028-****3456",
        "(028)85123456, 028-85123456, 028-****3456",
        "（028）85123456, 028-85123456, 028-****3456",
        "028 8512 3456, 028-85123456, 028-****3456",
        "010-12345678, 010-12345678, 010-****5678",
        "01012345678, 010-12345678, 010-****5678",
        "0832-1234567, 0832-1234567, 0832-****4567",
        "08321234567, 0832-1234567, 0832-****4567",
        "0832-12345678, 0832-12345678, 0832-****5678",
        "083212345678, 0832-12345678, 0832-****5678",
        "028-85123456-123, 028-85123456-123, 028-****3456",
        "+86 028-85123456, 028-85123456, 028-****3456"
    })
    void landlinesKeepOneDashAfterTheAreaCode(String raw, String value, String masked) {
        PhoneNumber phone = PhoneNumber.of(raw);
        assertThat(phone.value()).isEqualTo(value);
        assertThat(phone.isMobile()).isFalse();
        assertThat(phone.masked()).isEqualTo(masked);
    }

    @Test
    void toStringNeverShowsTheWholeNumber() {
        assertThat(PhoneNumber.of("13800138000")).hasToString("138****8000");
        assertThat(PhoneNumber.of("028-85123456-123")).hasToString("028-****3456");
    }

    @Test
    void equalNumbersTypedDifferentlyAreEqual() {
        assertThat(PhoneNumber.of("+86 138 0013 8000")).isEqualTo(PhoneNumber.of("13800138000"));
        assertThat(PhoneNumber.of("(028)85123456")).isEqualTo(PhoneNumber.of("028-85123456"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1380013800", "138001380001", "12345678901", "11012345678", "23800138000", "abc",
            "1380013800a", "phone", "028-123456", "028-123456789", "28-85123456", "0285123", "+1 415 555 0100",
            "028-85123456-1234567", "13800138000-12", "138/0013/8000"})
    void somethingElseIsNotAPhoneNumber(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of(raw))
                .as(raw)
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.message().key()).isEqualTo("phone.format"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t"})
    void aBlankPhoneNumberIsRefused(String raw) {
        assertThatThrownBy(() -> PhoneNumber.of(raw))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.message().key()).isEqualTo("phone.blank"));
    }
}
