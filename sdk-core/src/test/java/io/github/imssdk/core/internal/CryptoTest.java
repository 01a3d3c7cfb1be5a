package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allocation-free hashing into caller buffers agrees with the JCA over exactly the bytes
 * asked for; the HMAC built on the digests agrees with {@code javax.crypto.Mac} and the RFC vectors; the signer's byte buffer writes the same UTF-8 and percent-encoding as the JDK
 * ({@link URLEncoder} with the documented RFC 3986 fix-ups), growing from a tiny capacity.
 */
class CryptoTest {

    static Stream<String> texts() {
        String longAscii = "a-Z_0.9~/=&%".repeat(500);
        return Stream.of("", "GET\n/\n", longAscii, "résumé ünïcödé 媒体", longAscii + "é" + longAscii,
                "é" + longAscii, "pair \uD83C\uDFAC and lone \uD83C surrogate");
    }

    @ParameterizedTest
    @MethodSource("texts")
    void sha256OfARangeMatchesTheJca(String text) throws Exception {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] padded = Arrays.copyOf(data, data.length + 7); // bytes past the range must not count
        byte[] out = new byte[32];
        Crypto.Hmac hmac = Crypto.newHmacSha256();
        hmac.hash(padded, data.length, out);
        assertThat(out).isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
        // the signer hashes and MACs with one instance, in turn
        hmac.keyed("k").mac(padded, data.length, out);
        hmac.hash(padded, data.length, out);
        assertThat(out).isEqualTo(MessageDigest.getInstance("SHA-256").digest(data));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void hmacSha256OfARangeMatchesTheJca(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("k-é".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] expected = mac.doFinal(data);
        byte[] padded = Arrays.copyOf(data, data.length + 7);
        byte[] out = new byte[32];
        Crypto.Hmac hmac = Crypto.newHmacSha256();
        hmac.keyed("k-é").mac(padded, data.length, out);
        assertThat(out).isEqualTo(expected);
        // again already keyed, after a plain hash, then with another key in between
        hmac.hash(padded, data.length, out);
        hmac.keyed("k-é").mac(padded, data.length, out);
        assertThat(out).isEqualTo(expected);
        hmac.keyed("other").mac(padded, data.length, out);
        assertThat(out).isNotEqualTo(expected);
        hmac.keyed("k-é").mac(padded, data.length, out);
        assertThat(out).isEqualTo(expected);
    }

    @Test
    void hmacMatchesTheJcaForEveryKeyLengthAroundTheBlockSize() throws Exception {
        Random r = new Random(4231);
        for (int keyLength = 0; keyLength <= 200; keyLength++) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < keyLength; i++) {
                key.append(i % 17 == 5 ? 'é' : (char) ('!' + r.nextInt(90)));
            }
            byte[] data = new byte[r.nextInt(300)];
            r.nextBytes(data);
            byte[] keyBytes = key.toString().getBytes(StandardCharsets.UTF_8);
            for (String algorithm : new String[] {"HmacSHA256", "HmacSHA1"}) {
                Mac mac = Mac.getInstance(algorithm);
                // The JCA refuses an empty key; HMAC itself pads it to zeros, like a key of one zero byte.
                mac.init(new SecretKeySpec(keyBytes.length == 0 ? new byte[1] : keyBytes, algorithm));
                byte[] expected = mac.doFinal(data);
                Crypto.Hmac ours = new Crypto.Hmac(MessageDigest.getInstance(algorithm.equals("HmacSHA1") ? "SHA-1" : "SHA-256"));
                byte[] out = new byte[ours.length];
                ours.keyed(key.toString()).mac(data, data.length, out);
                assertThat(out).as("%s with a key of %d bytes", algorithm, keyBytes.length).isEqualTo(expected);
            }
        }
    }

    /** Published vectors: RFC 4231 (HMAC-SHA256) cases 1, 2, 3, 6 and 7; RFC 2202 (HMAC-SHA1) cases 1, 2 and 6. */
    @Test
    void hmacMatchesTheRfcVectors() throws Exception {
        byte[] k0b = filled(20, 0x0b);
        byte[] kaa20 = filled(20, 0xaa);
        byte[] kaa131 = filled(131, 0xaa);
        byte[] kaa80 = filled(80, 0xaa);
        String bigKey = "Test Using Larger Than Block-Size Key - Hash Key First";
        assertHmac("SHA-256", k0b, ascii("Hi There"), "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
        assertHmac("SHA-256", ascii("Jefe"), ascii("what do ya want for nothing?"),
                "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertHmac("SHA-256", kaa20, filled(50, 0xdd), "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
        assertHmac("SHA-256", kaa131, ascii(bigKey), "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
        assertHmac("SHA-256", kaa131, ascii("This is a test using a larger than block-size key and a larger than block-size "
                + "data. The key needs to be hashed before being used by the HMAC algorithm."),
                "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2");
        assertHmac("SHA-1", k0b, ascii("Hi There"), "b617318655057264e28bc0b6fb378c8ef146be00");
        assertHmac("SHA-1", ascii("Jefe"), ascii("what do ya want for nothing?"), "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79");
        assertHmac("SHA-1", kaa80, ascii(bigKey), "aa4ae5e15272d00e95705637ce8a3b55ed402112");
        // and through the public helpers, with a text key
        assertThat(Crypto.hmacSha256Hex("Jefe", "what do ya want for nothing?"))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assertThat(Crypto.hmacSha1Base64("Jefe", "what do ya want for nothing?"))
                .isEqualTo(java.util.Base64.getEncoder().encodeToString(hexBytes("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79")));
    }

    private static void assertHmac(String digest, byte[] key, byte[] data, String expectedHex) throws Exception {
        Crypto.Hmac h = new Crypto.Hmac(MessageDigest.getInstance(digest));
        byte[] out = new byte[h.length];
        h.keyBytes(key).mac(data, data.length, out);
        assertThat(Crypto.hex(out)).as("%s, key of %d bytes", digest, key.length).isEqualTo(expectedHex);
        h.mac(data, data.length, out); // the same key again
        assertThat(Crypto.hex(out)).isEqualTo(expectedHex);
    }

    private static byte[] filled(int n, int b) {
        byte[] a = new byte[n];
        Arrays.fill(a, (byte) b);
        return a;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] hexBytes(String hex) {
        byte[] b = new byte[hex.length() / 2];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    @ParameterizedTest
    @MethodSource("texts")
    void bufferTextIsUtf8(String text) {
        AsciiBuffer b = new AsciiBuffer(1);
        b.text("x").text(text).put('!');
        assertThat(Arrays.copyOf(b.buf, b.len)).isEqualTo(("x" + text + "!").getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void bufferPercentEncodingMatchesTheJdk(String text) throws Exception {
        AsciiBuffer b = new AsciiBuffer(1);
        b.put('[').percentEncoded(text).put(']');
        assertThat(b.ascii(0, b.len)).isEqualTo("[" + rfc3986(text) + "]");
    }

    @Test
    void bufferPercentEncodingMatchesTheJdkOnRandomText() throws Exception {
        Random r = new Random(20261123L);
        // Valid UTF-16 only: for a lone surrogate followed by ASCII, URLEncoder's output differs
        // between JDK 17 and JDK 25 (the fixed cases in texts() cover lone surrogates).
        String[] alphabet = {"a", "Z", "0", "9", "-", "_", ".", "~", " ", "*", "+", "%", "&", "=", "/", "?", "#", "é",
            "媒", "\uD83C\uDFAC", "\u0000", "\u007f"};
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(40); k > 0; k--) {
                sb.append(alphabet[r.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            AsciiBuffer b = new AsciiBuffer(1 + r.nextInt(8));
            b.percentEncoded(text).put('&').percentEncoded(text);
            assertThat(b.ascii(0, b.len)).as("text %s", escaped(text)).isEqualTo(rfc3986(text) + "&" + rfc3986(text));
        }
    }

    @Test
    void bufferHexIsLowerCase() {
        AsciiBuffer b = new AsciiBuffer(1);
        b.hex(new byte[] {0, 1, (byte) 0xAB, (byte) 0xFF, 0x7F}, 4);
        assertThat(b.ascii(0, b.len)).isEqualTo("0001abff");
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            sb.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        return sb.toString();
    }

    /** The protocol notes' definition: URLEncoder, then + to %20, * to %2A, %7E to ~. */
    private static String rfc3986(String s) throws Exception {
        return URLEncoder.encode(s, "UTF-8").replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
