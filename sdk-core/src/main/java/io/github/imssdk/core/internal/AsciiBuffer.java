package io.github.imssdk.core.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer for building signed texts as their UTF-8 bytes in one pass, reused by
 * one thread call after call. Text that is ASCII (everything a signature covers, in practice)
 * is copied byte for byte; anything else is written as UTF-8. Not part of the public API.
 */
final class AsciiBuffer {
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX_LOWER = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    byte[] buf;
    int len;
    /** Set when {@link #percentEncoded} met an unpaired surrogate (written as {@code ?}); cleared by {@link #reset}. */
    boolean lossy;

    AsciiBuffer(int capacity) {
        buf = new byte[capacity];
    }

    void reset() {
        len = 0;
        lossy = false;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    AsciiBuffer put(char c) {
        ensure(1);
        buf[len++] = (byte) c;
        return this;
    }

    /** Appends {@code s} as UTF-8 (a plain byte copy while it is ASCII). */
    AsciiBuffer text(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return utf8(s, i);
            }
            buf[len++] = (byte) c;
        }
        return this;
    }

    /**
     * Appends text the caller knows to be ASCII (constants, hex, timestamps the SDK formats) by a
     * bulk copy; any other character would lose its high bits, so never pass outside input.
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the Latin-1 copy it does is the point
    AsciiBuffer copyAscii(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, buf, len);
        len += n;
        return this;
    }

    /**
     * Appends a header value, which HTTP allows to hold only printable ASCII and tab.
     *
     * @return -1, or the index of the first character outside that rule (the buffer then holds
     *     the characters before it)
     */
    int headerValue(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (!InvalidHeaderValueException.allowed(c)) {
                return i;
            }
            buf[len++] = (byte) c;
        }
        return -1;
    }

    private AsciiBuffer utf8(String s, int from) {
        byte[] rest = s.substring(from).getBytes(StandardCharsets.UTF_8);
        ensure(rest.length);
        System.arraycopy(rest, 0, buf, len, rest.length);
        len += rest.length;
        return this;
    }

    /**
     * Appends the percent-encoding of {@code s} as {@link PercentEncoding} defines it
     * (unreserved ASCII kept, every other UTF-8 byte as {@code %XY}).
     */
    AsciiBuffer percentEncoded(String s) {
        int n = s.length();
        // Room for every remaining ASCII character encoded (3 bytes each); a non-ASCII run
        // makes its own room and the reservation is renewed after it.
        ensure(3 * n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (PercentEncoding.isUnreserved(c)) {
                    buf[len++] = (byte) c;
                } else {
                    percentByte(c);
                }
                i++;
                continue;
            }
            // Non-ASCII: the run's UTF-8 bytes (unpaired surrogates become '?', as in String.getBytes).
            int start = i;
            while (i < n && s.charAt(i) >= 0x80) {
                i++;
            }
            if (!lossy && !wellFormed(s, start, i)) {
                lossy = true;
            }
            for (byte b : s.substring(start, i).getBytes(StandardCharsets.UTF_8)) {
                ensure(3);
                percentByte(b & 0xFF);
            }
            ensure(3 * (n - i));
        }
        return this;
    }

    /** @return whether {@code s[from..to)} has no unpaired surrogate */
    static boolean wellFormed(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private void percentByte(int b) {
        buf[len++] = '%';
        buf[len++] = HEX_UPPER[(b >> 4) & 0xF];
        buf[len++] = HEX_UPPER[b & 0xF];
    }

    /** Appends {@code bytes[0..n)} as lower-case hex. */
    AsciiBuffer hex(byte[] bytes, int n) {
        ensure(2 * n);
        for (int i = 0; i < n; i++) {
            buf[len++] = HEX_LOWER[(bytes[i] >> 4) & 0xF];
            buf[len++] = HEX_LOWER[bytes[i] & 0xF];
        }
        return this;
    }

    /** @return {@code buf[from..to)} as a string; only for ranges known to hold ASCII */
    String ascii(int from, int to) {
        return new String(buf, from, to - from, StandardCharsets.ISO_8859_1);
    }
}
