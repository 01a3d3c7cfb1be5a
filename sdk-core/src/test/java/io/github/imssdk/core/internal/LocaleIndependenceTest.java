package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Encoding, casing, time formatting and signing give the same bytes whatever the default locale. */
class LocaleIndependenceTest {

    @Test
    void sameResultsUnderEveryLocale() {
        Locale saved = Locale.getDefault();
        String reference = null;
        try {
            for (Locale l : new Locale[] {Locale.ROOT, new Locale("tr", "TR"), Locale.GERMANY, new Locale("ar", "EG"),
                    new Locale("th", "TH", "TH"), Locale.JAPAN, new Locale("hi", "IN")}) {
                Locale.setDefault(l);
                String s = PercentEncoding.encode("İstanbul ıi *~ é 😀")
                        + "|" + Timestamps.format(Instant.parse("2026-01-02T03:04:05.678Z"))
                        + "|" + RpcV1Signer.sign("POST", "Act", "2020-11-09", Collections.singletonMap("N", "İ"),
                        Collections.emptyMap(), Credentials.create("I", "İ"), Instant.EPOCH, "n").query().get("Signature")
                        + "|" + AcsV3Signer.sign("POST", "HOST", "Act", "2020-11-09", Collections.singletonMap("I", "i"),
                        Collections.singletonMap("F", "İ"), Credentials.create("I", "İ"), Instant.EPOCH, "n")
                        .headers().get("Authorization");
                if (reference == null) {
                    reference = s;
                }
                assertThat(s).as(l.toString()).isEqualTo(reference);
            }
        } finally {
            Locale.setDefault(saved);
        }
        assertThat(reference).startsWith("%C4%B0stanbul%20%C4%B1i%20%2A~%20%C3%A9%20%F0%9F%98%80|2026-01-02T03:04:05Z|");
    }
}
