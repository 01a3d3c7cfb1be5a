package io.github.imssdk.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as the Alibaba Cloud signatures define it: {@code A-Z a-z 0-9 - _ . ~}
 * stay as they are, every other UTF-8 byte becomes {@code %XY} with upper-case hex, so a space is
 * {@code %20}, {@code *} is {@code %2A} and {@code ~} stays {@code ~}. Independent of the default
 * locale and charset (an unpaired surrogate becomes {@code ?}, as {@link String#getBytes} makes
 * it). Kept by hand because no kept library encodes exactly this set; tested against the JDK's
 * {@code URLEncoder} with the protocol's three substitutions. Not part of the public API.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /**
     * @param c a character
     * @return whether it stays as it is
     */
    static boolean isUnreserved(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /**
     * @param s text to encode
     * @return the percent-encoded text
     */
    public static String encode(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isUnreserved(s.charAt(i))) {
            i++;
        }
        if (i == n) {
            return s;
        }
        StringBuilder out = new StringBuilder(n + 16).append(s, 0, i);
        appendEncoded(out, s.substring(i));
        return out.toString();
    }

    /** Appends the encoding of {@code s} to {@code out}. */
    static void appendEncoded(StringBuilder out, String s) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 128 && isUnreserved(c)) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
    }
}
