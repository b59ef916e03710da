package org.partnerhub.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void theSpecificationsExampleSignsAsPublished() {
        // the Standard Webhooks specification's own example: secret, id, timestamp, payload and signature
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330,
                "{\"test\": 2432232314}");
        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aReceiverVerifiesTheRightSecretAndDetectsAWrongOneOrAChangedBody() {
        String secret = WebhookSignature.newSecret();
        String header = WebhookSignature.sign(secret, "evt_1", 1700000000, "{\"a\":1}");
        assertThat(WebhookSignature.verify(secret, "evt_1", 1700000000, "{\"a\":1}", header)).isTrue();
        assertThat(WebhookSignature.verify(secret, "evt_1", 1700000000, "{\"a\":1}", "v1,bogus " + header)).isTrue();
        assertThat(WebhookSignature.verify(WebhookSignature.newSecret(), "evt_1", 1700000000, "{\"a\":1}", header))
                .isFalse();
        assertThat(WebhookSignature.verify(secret, "evt_1", 1700000000, "{\"a\":2}", header)).isFalse();
        assertThat(WebhookSignature.verify(secret, "evt_2", 1700000000, "{\"a\":1}", header)).isFalse();
        assertThat(WebhookSignature.verify(secret, "evt_1", 1700000001, "{\"a\":1}", header)).isFalse();
    }

    @Test
    void aNewSecretHas32RandomBytes() {
        String a = WebhookSignature.newSecret();
        assertThat(a).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(a.substring(6))).hasSize(32);
        assertThat(WebhookSignature.newSecret()).isNotEqualTo(a);
    }
}
