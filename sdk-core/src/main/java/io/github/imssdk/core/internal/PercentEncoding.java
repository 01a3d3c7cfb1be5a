package io.github.imssdk.core.internal;

/**
 * RFC 3986 percent-encoding as the Alibaba Cloud signatures define it: {@code A-Z a-z 0-9 - _ . ~}
 * stay as they are, every other UTF-8 byte becomes {@code %XY} with upper-case hex, so a space is
 * {@code %20}, {@code *} is {@code %2A} and {@code ~} stays {@code ~}. Independent of the default
 * locale and charset. Not part of the public API.
 */
public final class PercentEncoding {
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
                AsciiBuffer b = new AsciiBuffer(3 * n);
                b.percentEncoded(s);
                return b.ascii(0, b.len);
            }
        }
        return s;
    }
}
