package io.github.imssdk.core.internal;

import java.util.Arrays;
import java.util.Map;

/**
 * Encodes parameters as {@code name=value&...} with {@link PercentEncoding}, for query strings
 * and {@code application/x-www-form-urlencoded} bodies. Not part of the public API.
 */
public final class FormEncoding {
    private FormEncoding() {
    }

    /**
     * @param params parameters in sending order
     * @return the encoded form; empty for no parameters
     */
    public static String encode(Map<String, String> params) {
        AsciiBuffer b = encodeToBuffer(params);
        return b.ascii(0, b.len);
    }

    /**
     * @param params parameters in sending order
     * @return the encoded form as UTF-8 bytes (ASCII only)
     */
    public static byte[] encodeBytes(Map<String, String> params) {
        AsciiBuffer b = encodeToBuffer(params);
        return Arrays.copyOf(b.buf, b.len);
    }

    private static AsciiBuffer encodeToBuffer(Map<String, String> params) {
        AsciiBuffer b = new AsciiBuffer(params.size() * 32 + 16);
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (b.len > 0) {
                b.put('&');
            }
            b.percentEncoded(e.getKey()).put('=').percentEncoded(e.getValue());
        }
        return b;
    }
}
