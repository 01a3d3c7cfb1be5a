package io.github.imssdk.core.internal;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3986 percent-encoding as the Alibaba Cloud signatures define it: {@code A-Z a-z 0-9 - _ . ~}
 * stay as they are, every other UTF-8 byte becomes {@code %XY} with upper-case hex, so a space is
 * {@code %20}, {@code *} is {@code %2A} and {@code ~} stays {@code ~}. Independent of the default
 * locale and charset. Not part of the public API.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoding() {
    }

    /**
     * @param c an ASCII character
     * @return whether it stays as it is
     */
    static boolean isUnreserved(char c) {
        return UNRESERVED[c];
    }

    /**
     * @param s text to encode
     * @return the percent-encoded text
     */
    public static String encode(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                StringBuilder sb = new StringBuilder(n + 16);
                encodeTo(sb, s);
                return sb.toString();
            }
        }
        return s;
    }

    /**
     * Appends the percent-encoding of {@code s} to {@code sb}.
     *
     * @param sb where to append
     * @param s text to encode
     */
    public static void encodeTo(StringBuilder sb, CharSequence s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    // Copy the run of unreserved characters in one append.
                    int start = i;
                    do {
                        i++;
                    } while (i < n && (c = s.charAt(i)) < 128 && UNRESERVED[c]);
                    sb.append(s, start, i);
                } else {
                    appendByte(sb, c);
                    i++;
                }
                continue;
            }
            // Non-ASCII: encode the run of non-ASCII characters as UTF-8 (unpaired surrogates
            // become '?', as in java.net.URLEncoder and String.getBytes).
            int start = i;
            while (i < n && s.charAt(i) >= 128) {
                i++;
            }
            byte[] bytes = s.subSequence(start, i).toString().getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                appendByte(sb, b & 0xFF);
            }
        }
    }

    private static void appendByte(StringBuilder sb, int b) {
        sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
}
