package io.github.imssdk.core.internal;

import java.nio.charset.StandardCharsets;
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
        // Sized for the usual case (JSON values, about a third of whose characters are encoded)
        // so that the builder does not grow and copy.
        int chars = 16;
        for (Map.Entry<String, String> e : params.entrySet()) {
            chars += e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length()) * 2 + 2;
        }
        StringBuilder b = new StringBuilder(chars);
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (b.length() > 0) {
                b.append('&');
            }
            PercentEncoding.appendEncoded(b, e.getKey());
            b.append('=');
            PercentEncoding.appendEncoded(b, e.getValue() == null ? "" : e.getValue());
        }
        return b.toString();
    }

    /**
     * @param params parameters in sending order
     * @return the encoded form as bytes (ASCII only)
     */
    public static byte[] encodeBytes(Map<String, String> params) {
        return encode(params).getBytes(StandardCharsets.US_ASCII);
    }
}
