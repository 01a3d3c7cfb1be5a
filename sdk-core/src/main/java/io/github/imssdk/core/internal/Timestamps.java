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
        long second = instant.getEpochSecond();
        Second last = lastSecond;
        if (last.epochSecond == second) {
            return last.text;
        }
        String text = DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
        lastSecond = new Second(second, text);
        return text;
    }

    /**
     * The last second formatted, with its text: every request made within one second carries
     * the same time, so the text is formatted once a second, not once a request. An immutable
     * pair behind a volatile field: a reader sees either the old pair or the new one, never a
     * mix; two threads formatting the same new second at once both get the same text.
     */
    private static volatile Second lastSecond = new Second(Long.MIN_VALUE, "");

    private static final class Second {
        final long epochSecond;
        final String text;

        Second(long epochSecond, String text) {
            this.epochSecond = epochSecond;
            this.text = text;
        }
    }

    /**
     * @param epochMillis a point in time in epoch milliseconds
     * @return it in UTC with milliseconds when it has any, e.g. {@code 2023-10-26T10:22:32.125Z}
     */
    public static String formatMillis(long epochMillis) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(epochMillis));
    }
}
