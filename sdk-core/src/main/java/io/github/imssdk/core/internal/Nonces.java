package io.github.imssdk.core.internal;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Signature nonces: 128 random bits as 32 lower-case hex characters. Not part of the public API.
 */
public final class Nonces {
    private Nonces() {
    }

    /** @return a fresh nonce */
    public static String next() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = r.nextLong();
        long lo = r.nextLong();
        char[] out = new char[32];
        fill(out, 0, hi);
        fill(out, 16, lo);
        return new String(out);
    }

    private static void fill(char[] out, int offset, long v) {
        for (int i = 15; i >= 0; i--) {
            int d = (int) (v & 0xF);
            out[offset + i] = (char) (d < 10 ? '0' + d : 'a' + d - 10);
            v >>>= 4;
        }
    }
}
