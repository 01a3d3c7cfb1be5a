package io.github.imssdk.core.internal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy-free text hashing (per-thread ASCII buffer, chunked, UTF-8 fallback) agrees with the
 * JCA over the text's UTF-8 bytes, for short, long (several buffers) and non-ASCII texts, a
 * non-ASCII character late in a long text included (the partly fed state must be dropped).
 */
class CryptoTest {

    static Stream<String> texts() {
        String longAscii = "a-Z_0.9~/=&%".repeat(500);
        return Stream.of("", "GET\n/\n", longAscii, "résumé ünïcödé 媒体", longAscii + "é" + longAscii,
                "é" + longAscii);
    }

    @ParameterizedTest
    @MethodSource("texts")
    void sha256OfTextMatchesTheJca(String text) throws Exception {
        byte[] expected = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        assertThat(Crypto.sha256Hex(new StringBuilder(text))).isEqualTo(hex(expected));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void hmacSha256OfTextMatchesTheJca(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("k-é".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        assertThat(Crypto.hmacSha256Hex("k-é", new StringBuilder(text))).isEqualTo(hex(expected));
        // and again, with the per-thread Mac already keyed
        assertThat(Crypto.hmacSha256Hex("k-é", new StringBuilder(text))).isEqualTo(hex(expected));
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x & 0xFF));
        }
        return sb.toString();
    }
}
