package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;

import java.text.SimpleDateFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class TimestampsTest {

    @Test
    void formatsToTheSecondInUtc() {
        // the x-acs-date of the published V3 example (the V3 signature page, docs/api/README.md)
        assertThat(Timestamps.format(Instant.parse("2023-10-26T10:22:32Z"))).isEqualTo("2023-10-26T10:22:32Z");
        assertThat(Timestamps.format(Instant.parse("2023-10-26T10:22:32.999999Z"))).isEqualTo("2023-10-26T10:22:32Z");
        assertThat(Timestamps.format(Instant.parse("1999-12-31T23:59:59.5Z"))).isEqualTo("1999-12-31T23:59:59Z");
        assertThat(Timestamps.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void theSecondFormattedLastIsNeverGivenForAnother() {
        // back and forth between seconds, and within one: each answer is its own second's
        assertThat(Timestamps.format(Instant.parse("2023-10-26T10:22:32Z"))).isEqualTo("2023-10-26T10:22:32Z");
        assertThat(Timestamps.format(Instant.parse("2023-10-26T10:22:32.400Z"))).isEqualTo("2023-10-26T10:22:32Z");
        assertThat(Timestamps.format(Instant.parse("2023-10-26T10:22:33Z"))).isEqualTo("2023-10-26T10:22:33Z");
        assertThat(Timestamps.format(Instant.parse("2023-10-26T10:22:32.999Z"))).isEqualTo("2023-10-26T10:22:32Z");
        assertThat(Timestamps.format(Instant.parse("1969-12-31T23:59:59.5Z"))).isEqualTo("1969-12-31T23:59:59Z");
    }

    @Test
    void threadsFormattingDifferentSecondsAtOnceEachGetTheirOwn() throws Exception {
        // the oracle: java.text's formatter, independent of java.time
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long base = 1_698_315_752L + t * 1_000L;
                runs.add(pool.submit(() -> {
                    SimpleDateFormat oracle = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'",
                            Locale.ROOT);
                    oracle.setTimeZone(TimeZone.getTimeZone("UTC"));
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 20_000; i++) {
                        long second = base + i % 7;
                        String got = Timestamps.format(Instant.ofEpochSecond(second, i % 1000 * 1_000_000L));
                        String want = oracle.format(new Date(second * 1000));
                        if (!got.equals(want)) {
                            wrong.add(got + " for " + want);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> r : runs) {
                assertThat(r.get()).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void formatsMillisOnlyWhenThereAreAny() {
        assertThat(Timestamps.formatMillis(1_698_315_752_125L)).isEqualTo("2023-10-26T10:22:32.125Z");
        assertThat(Timestamps.formatMillis(1_698_315_752_000L)).isEqualTo("2023-10-26T10:22:32Z");
    }
}
