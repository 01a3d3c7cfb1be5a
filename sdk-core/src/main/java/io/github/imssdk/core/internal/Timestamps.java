package io.github.imssdk.core.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The UTC ISO 8601 form {@code yyyy-MM-ddTHH:mm:ssZ} (no fraction) used for {@code Timestamp},
 * {@code x-acs-date} and every time parameter of the API. Not part of the public API.
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
        Cached c = last;
        if (c != null && c.second == second) {
            return c.text;
        }
        String text = iso(second);
        last = new Cached(second, text);
        return text;
    }

    /**
     * {@code yyyy-MM-ddTHH:mm:ssZ} by arithmetic (civil-from-days), so that signing a request
     * does not load the java.time formatting machinery at start-up.
     */
    static String iso(long epochSecond) {
        long days = Math.floorDiv(epochSecond, 86_400L);
        int secs = (int) Math.floorMod(epochSecond, 86_400L);
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long doe = z - era * 146_097;
        long yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        if (y < 0 || y > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(epochSecond));
        }
        char[] c = new char[20];
        put4(c, 0, (int) y);
        c[4] = '-';
        put2(c, 5, (int) m);
        c[7] = '-';
        put2(c, 8, (int) d);
        c[10] = 'T';
        put2(c, 11, secs / 3600);
        c[13] = ':';
        put2(c, 14, secs / 60 % 60);
        c[16] = ':';
        put2(c, 17, secs % 60);
        c[19] = 'Z';
        return new String(c);
    }

    private static void put2(char[] c, int at, int v) {
        c[at] = (char) ('0' + v / 10);
        c[at + 1] = (char) ('0' + v % 10);
    }

    private static void put4(char[] c, int at, int v) {
        put2(c, at, v / 100);
        put2(c, at + 2, v % 100);
    }

    /** The last second formatted: requests made within the same second share its text. */
    private static volatile Cached last;

    private static final class Cached {
        final long second;
        final String text;

        Cached(long second, String text) {
            this.second = second;
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
