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
    void formatsMillisOnlyWhenThereAreAny() {
        assertThat(Timestamps.formatMillis(1_698_315_752_125L)).isEqualTo("2023-10-26T10:22:32.125Z");
        assertThat(Timestamps.formatMillis(1_698_315_752_000L)).isEqualTo("2023-10-26T10:22:32Z");
    }
}
