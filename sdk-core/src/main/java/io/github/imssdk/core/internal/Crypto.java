package io.github.imssdk.core.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * HMAC, SHA-256, MD5 and hex helpers over per-thread JCA instances. Not part of the public API.
 */
public final class Crypto {
    private static final ThreadLocal<KeyedMac> HMAC_SHA1 = ThreadLocal.withInitial(() -> new KeyedMac(mac("HmacSHA1")));
    private static final ThreadLocal<KeyedMac> HMAC_SHA256 = ThreadLocal.withInitial(() -> new KeyedMac(mac("HmacSHA256")));
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
        return Base64.getEncoder().encodeToString(hmac(HMAC_SHA1.get(), "HmacSHA1", key, data));
    }

    /**
     * @param key the key text (UTF-8)
     * @param data the data text (UTF-8)
     * @return lower-case hex of HMAC-SHA256
     */
    public static String hmacSha256Hex(String key, String data) {
        return hex(hmac(HMAC_SHA256.get(), "HmacSHA256", key, data));
    }

    /**
     * SHA-256 of {@code data[0..len)} into {@code out[0..32)}, without allocating.
     */
    static void sha256(byte[] data, int len, byte[] out) {
        MessageDigest md = SHA256.get();
        md.reset();
        md.update(data, 0, len);
        try {
            md.digest(out, 0, 32);
        } catch (java.security.DigestException e) {
            throw new IllegalStateException("SHA-256 output buffer", e);
        }
    }

    /**
     * HMAC-SHA256 of {@code data[0..len)} with the key text (UTF-8) into {@code out[0..32)},
     * without allocating while the thread keeps signing with the same key.
     */
    static void hmacSha256(String key, byte[] data, int len, byte[] out) {
        Mac mac = keyed(HMAC_SHA256.get(), "HmacSHA256", key);
        mac.update(data, 0, len);
        try {
            mac.doFinal(out, 0);
        } catch (javax.crypto.ShortBufferException e) {
            throw new IllegalStateException("HMAC-SHA256 output buffer", e);
        }
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

    private static byte[] hmac(KeyedMac keyed, String algorithm, String key, String data) {
        return keyed(keyed, algorithm, key).doFinal(data.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac keyed(KeyedMac keyed, String algorithm, String key) {
        Mac mac = keyed.mac;
        // Initialising a Mac with a key costs more than the HMAC of a short text; a thread
        // signing with the same secret again reuses it (doFinal resets it to the keyed state).
        if (!key.equals(keyed.key)) {
            try {
                mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            } catch (GeneralSecurityException e) {
                keyed.key = null;
                throw new IllegalStateException(algorithm + " is not available", e);
            }
            keyed.key = key;
        }
        return mac;
    }

    /** A Mac with the key it was last initialised with. */
    private static final class KeyedMac {
        final Mac mac;
        String key;

        KeyedMac(Mac mac) {
            this.mac = mac;
        }
    }

    private static Mac mac(String algorithm) {
        try {
            return Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available in this JVM", e);
        }
    }
}
