package io.github.imssdk.core.internal;

import java.nio.charset.StandardCharsets;
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
        // Written as Latin-1 bytes, the form a String of hex digits is stored in since Java 9:
        // half the scratch of a char[] and no compression pass.
        byte[] out = new byte[32];
        fill(out, 0, hi);
        fill(out, 16, lo);
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static void fill(byte[] out, int offset, long v) {
        for (int i = 15; i >= 0; i--) {
            int d = (int) (v & 0xF);
            out[offset + i] = (byte) (d < 10 ? '0' + d : 'a' + d - 10);
            v >>>= 4;
        }
    }
}
