package io.github.imssdk.core.internal;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * HMAC, SHA-256, MD5 and hex helpers over per-thread JCA digests. Not part of the public API.
 *
 * <p>HMAC is computed here from {@link MessageDigest} as RFC 2104 defines it, not with
 * {@code javax.crypto.Mac}: the first use of {@code Mac} loads the SunJCE provider and the JCE
 * crypto policy, about 40 ms of a client's first call, while the digests come from the lighter
 * SUN provider, which the JVM compiles to the same intrinsics. Tests compare it with {@code Mac}
 * and with the RFC 2202 and RFC 4231 vectors.
 */
public final class Crypto {
    private static final ThreadLocal<Hmac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new Hmac(digest("SHA-1")));
    private static final ThreadLocal<Hmac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new Hmac(digest("SHA-256")));
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> digest("SHA-256"));
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> digest("MD5"));

    private Crypto() {
    }

    /**
     * @param key the key text (UTF-8)
     * @param data the data text (UTF-8)
     * @return Base64 of HMAC-SHA1
     */
    public static String hmacSha1Base64(String key, String data) {
        return Base64.getEncoder().encodeToString(hmac(HMAC_SHA1.get(), key, data));
    }

    /**
     * @param key the key text (UTF-8)
     * @param data the data text (UTF-8)
     * @return lower-case hex of HMAC-SHA256
     */
    public static String hmacSha256Hex(String key, String data) {
        return hex(hmac(HMAC_SHA256.get(), key, data));
    }

    /**
     * @param data bytes to hash
     * @return lower-case hex of SHA-256
     */
    public static String sha256Hex(byte[] data) {
        MessageDigest md = SHA256.get();
        md.reset();
        return hex(md.digest(data));
    }

    /**
     * @param data text to hash (UTF-8)
     * @return lower-case hex of MD5
     */
    public static String md5Hex(String data) {
        MessageDigest md = MD5.get();
        md.reset();
        return hex(md.digest(data.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param bytes bytes
     * @return lower-case hex
     */
    public static String hex(byte[] bytes) {
        AsciiBuffer b = new AsciiBuffer(2 * bytes.length);
        b.hex(bytes, bytes.length);
        return b.ascii(0, b.len);
    }

    private static byte[] hmac(Hmac hmac, String key, String data) {
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[hmac.length];
        hmac.keyed(key).mac(bytes, bytes.length, out);
        return out;
    }

    private static void finish(MessageDigest md, byte[] out, int offset) {
        try {
            md.digest(out, offset, md.getDigestLength());
        } catch (DigestException e) {
            throw new IllegalStateException(md.getAlgorithm() + " output buffer", e);
        }
    }

    /**
     * HMAC (RFC 2104) over a digest with a 64-byte block (SHA-1, SHA-256), keeping the padded
     * key blocks of the key it was last given: a thread signing with the same secret again only
     * hashes.
     */
    static final class Hmac {
        private static final int BLOCK = 64;
        final int length;
        private final MessageDigest md;
        private final byte[] innerPad = new byte[BLOCK];
        private final byte[] outerPad = new byte[BLOCK];
        private final byte[] inner;
        private String key;

        Hmac(MessageDigest md) {
            this.md = md;
            this.length = md.getDigestLength();
            this.inner = new byte[length];
        }

        Hmac keyed(String keyText) {
            if (!keyText.equals(key)) {
                byte[] k = keyText.getBytes(StandardCharsets.UTF_8);
                keyBytes(k);
                java.util.Arrays.fill(k, (byte) 0);
                key = keyText;
            }
            return this;
        }

        /** Sets the key's bytes (the key text is then unknown). */
        Hmac keyBytes(byte[] k) {
            key = null;
            if (k.length > BLOCK) {
                md.reset();
                k = md.digest(k);
            }
            for (int i = 0; i < BLOCK; i++) {
                byte b = i < k.length ? k[i] : 0;
                innerPad[i] = (byte) (b ^ 0x36);
                outerPad[i] = (byte) (b ^ 0x5c);
            }
            return this;
        }

        /** The plain digest of {@code data[0..len)} into {@code out[0..length)}, with this HMAC's digest. */
        void hash(byte[] data, int len, byte[] out) {
            md.reset();
            md.update(data, 0, len);
            finish(md, out, 0);
        }

        /** HMAC of {@code data[0..len)} into {@code out[0..length)}. */
        void mac(byte[] data, int len, byte[] out) {
            md.reset();
            md.update(innerPad);
            md.update(data, 0, len);
            finish(md, inner, 0);
            md.update(outerPad);
            md.update(inner);
            finish(md, out, 0);
        }
    }

    /** @return a new HMAC-SHA256 (its digest also serves plain SHA-256), for callers that keep their own per-thread state */
    static Hmac newHmacSha256() {
        return new Hmac(digest("SHA-256"));
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
