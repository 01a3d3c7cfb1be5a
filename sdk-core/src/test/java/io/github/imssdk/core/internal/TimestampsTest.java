package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {
    @Test
    void formatsLikeIsoInstantToTheSecond() {
        Random r = new Random(42);
        long[] edges = {0, -1, 86_399, 86_400, 951_782_400L /* 2000-02-29 */, 4_107_542_399L /* 2100-02-28T23:59:59 */,
                253_402_300_799L /* 9999-12-31T23:59:59 */, -62_135_596_800L /* 0001-01-01 */};
        for (long e : edges) {
            assertThat(Timestamps.iso(e)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(e)));
        }
        for (int i = 0; i < 20_000; i++) {
            long s = r.nextLong() % 253_402_300_799L;
            if (s < -62_135_596_800L) {
                continue;
            }
            assertThat(Timestamps.iso(s)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(s)));
        }
        Instant now = Instant.parse("2026-11-23T08:00:00.999Z");
        assertThat(Timestamps.format(now)).isEqualTo("2026-11-23T08:00:00Z").isEqualTo(Timestamps.format(now.truncatedTo(ChronoUnit.SECONDS)));
    }
}
