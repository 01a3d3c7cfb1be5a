package io.github.imssdk.core.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The UTC ISO 8601 form {@code yyyy-MM-ddTHH:mm:ssZ} (no fraction) used for {@code Timestamp},
 * {@code x-acs-date} and every time parameter of the API, from java.time's
 * {@link DateTimeFormatter#ISO_INSTANT}. Not part of the public API.
 */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * @param instant a point in time
     * @return it in UTC, to the second, e.g. {@code 2023-10-26T10:22:32Z}
     */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * @param epochMillis a point in time in epoch milliseconds
     * @return it in UTC with milliseconds when it has any, e.g. {@code 2023-10-26T10:22:32.125Z}
     */
    public static String formatMillis(long epochMillis) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(epochMillis));
    }
}
