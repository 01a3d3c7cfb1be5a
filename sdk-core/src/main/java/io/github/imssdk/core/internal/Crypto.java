package io.github.imssdk.core.internal;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The hashes and HMACs the signatures and callbacks use, from the JCA ({@link Mac},
 * {@link MessageDigest}) so that a deployment's provider policy (FIPS, for one) applies. A fresh
 * instance per use (for the HMACs, a clone of a never-keyed prototype): no key material outlives
 * the call that used it. Not part of the public API.
 */
public final class Crypto {
    private Crypto() {
    }

    /**
     * @param key the HMAC key, UTF-8
     * @param data the data, UTF-8
     * @return Base64 of HMAC-SHA1
     */
    public static String hmacSha1Base64(String key, String data) {
        return Base64.getEncoder().encodeToString(hmac("HmacSHA1", key, data));
    }

    /**
     * @param key the HMAC key, UTF-8
     * @param data the data, UTF-8
     * @return lower-case hex of HMAC-SHA256
     */
    public static String hmacSha256Hex(String key, String data) {
        return hex(hmac("HmacSHA256", key, data));
    }

    /**
     * @param data bytes to hash
     * @return lower-case hex of SHA-256
     */
    public static String sha256Hex(byte[] data) {
        return hex(digest("SHA-256").digest(data));
    }

    /**
     * @param data text to hash, UTF-8
     * @return lower-case hex of MD5 (for the IMS callback signature, which is defined with it)
     */
    public static String md5Hex(String data) {
        return hex(digest("MD5").digest(data.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * @param bytes any bytes
     * @return lower-case hex
     */
    public static String hex(byte[] bytes) {
        char[] out = new char[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[bytes[i] & 0xf];
        }
        return new String(out);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /*
     * Each use takes a fresh instance: a clone of an uninitialized prototype where the provider
     * supports it (no provider lookup per call; the prototype never holds a key), else one from
     * getInstance.
     */
    private static final Mac HMAC_SHA1 = prototypeMac("HmacSHA1");
    private static final Mac HMAC_SHA256 = prototypeMac("HmacSHA256");

    private static Mac prototypeMac(String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.clone(); // a provider whose Mac cannot be cloned gets getInstance per use
            return mac;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            return null;
        }
    }

    private static Mac freshMac(String algorithm) throws GeneralSecurityException {
        Mac prototype = algorithm.equals("HmacSHA256") ? HMAC_SHA256 : algorithm.equals("HmacSHA1") ? HMAC_SHA1 : null;
        if (prototype != null) {
            try {
                return (Mac) prototype.clone();
            } catch (CloneNotSupportedException e) {
                // fall through
            }
        }
        return Mac.getInstance(algorithm);
    }

    private static byte[] hmac(String algorithm, String key, String data) {
        try {
            Mac mac = freshMac(algorithm);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), algorithm));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available from this JVM's security providers", e);
        }
    }

    private static final MessageDigest SHA_256 = prototypeDigest("SHA-256");

    private static MessageDigest prototypeDigest(String algorithm) {
        try {
            MessageDigest d = MessageDigest.getInstance(algorithm);
            d.clone(); // a provider whose digest cannot be cloned gets getInstance per use
            return d;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            return null;
        }
    }

    private static MessageDigest digest(String algorithm) {
        try {
            if (SHA_256 != null && algorithm.equals("SHA-256")) {
                try {
                    return (MessageDigest) SHA_256.clone(); // never updated: a clean state each time
                } catch (CloneNotSupportedException e) {
                    // fall through
                }
            }
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available from this JVM's security providers", e);
        }
    }
}
