package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NoncesTest {
    @Test
    void aNonceIs32LowerCaseHexDigits() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(Nonces.next()).hasSize(32).matches("[0-9a-f]{32}");
        }
    }

    @Test
    void noncesDoNotRepeatAndUseEveryDigitInEveryPosition() {
        Set<String> seen = new HashSet<>();
        boolean[][] digitAt = new boolean[32][16];
        for (int i = 0; i < 5_000; i++) {
            String n = Nonces.next();
            assertThat(seen.add(n)).as("nonce %s repeated", n).isTrue();
            for (int p = 0; p < 32; p++) {
                digitAt[p][Character.digit(n.charAt(p), 16)] = true;
            }
        }
        // 128 random bits: with 5,000 nonces a digit missing from a position has probability
        // 16 * 32 * (15/16)^5000, far below 1e-100; a stuck nibble would fail here.
        for (int p = 0; p < 32; p++) {
            for (int d = 0; d < 16; d++) {
                assertThat(digitAt[p][d]).as("digit %x at position %d", d, p).isTrue();
            }
        }
    }
}
