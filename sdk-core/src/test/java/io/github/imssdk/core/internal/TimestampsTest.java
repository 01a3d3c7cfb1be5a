package io.github.imssdk.core.internal;

import org.junit.jupiter.api.Test;

import java.time.Instant;

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
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<java.util.List<String>>> runs = new java.util.ArrayList<>();
            for (int t = 0; t < 4; t++) {
                long base = 1_698_315_752L + t * 1_000L;
                runs.add(pool.submit(() -> {
                    java.text.SimpleDateFormat oracle = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'",
                            java.util.Locale.ROOT);
                    oracle.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
                    java.util.List<String> wrong = new java.util.ArrayList<>();
                    for (int i = 0; i < 20_000; i++) {
                        long second = base + i % 7;
                        String got = Timestamps.format(Instant.ofEpochSecond(second, i % 1000 * 1_000_000L));
                        String want = oracle.format(new java.util.Date(second * 1000));
                        if (!got.equals(want)) {
                            wrong.add(got + " for " + want);
                        }
                    }
                    return wrong;
                }));
            }
            for (java.util.concurrent.Future<java.util.List<String>> r : runs) {
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
