package io.github.imssdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Reads response JSON the way the service actually writes it: numbers as strings or numbers,
 * {@code "0.f"}, stray whitespace and newlines, field names whose case or underscores vary
 * ({@code Codec_name} / {@code CodecName}, {@code language} / {@code Language}). Nothing here
 * throws on odd input; unreadable values become {@code null}. Not part of the public API.
 */
public final class Lenient {
    /** Built on first use: most answers never need them, and they cost start-up time. */
    private static final class Formats {
        static final DateTimeFormatter NO_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'", Locale.ROOT);
        static final DateTimeFormatter SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    }

    private Lenient() {
    }

    /**
     * @param obj an object node (anything else gives {@code null})
     * @param wire the documented field name
     * @return the field: exact name first, then a match ignoring case and underscores
     */
    @SuppressWarnings("deprecation") // fields(): properties() needs Jackson 2.15, users may have older
    public static JsonNode field(JsonNode obj, String wire) {
        if (obj == null || !obj.isObject()) {
            return null;
        }
        JsonNode v = obj.get(wire);
        if (v != null) {
            return v.isNull() ? null : v;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = obj.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (sameName(e.getKey(), wire)) {
                return e.getValue().isNull() ? null : e.getValue();
            }
        }
        return null;
    }

    /** Whether two names are equal ignoring case, underscores and hyphens; allocates nothing. */
    static boolean sameName(String a, String b) {
        int i = 0;
        int j = 0;
        int n = a.length();
        int m = b.length();
        while (true) {
            while (i < n && (a.charAt(i) == '_' || a.charAt(i) == '-')) {
                i++;
            }
            while (j < m && (b.charAt(j) == '_' || b.charAt(j) == '-')) {
                j++;
            }
            if (i == n || j == m) {
                return i == n && j == m;
            }
            char x = a.charAt(i++);
            char y = b.charAt(j++);
            if (x != y && Character.toLowerCase(x) != Character.toLowerCase(y)) {
                return false;
            }
        }
    }

    /**
     * @param obj an object node
     * @param wire the field name
     * @return the field as an object node; a JSON text holding an object (as some operations
     *     send nested objects) is parsed; anything else gives {@code null}
     */
    public static JsonNode object(JsonNode obj, String wire) {
        JsonNode v = embedded(field(obj, wire));
        return v != null && v.isObject() ? v : null;
    }

    /**
     * @param obj an object node
     * @param wire the field name
     * @return the elements of the field's array (a JSON text holding an array is parsed); empty when absent
     */
    public static Iterable<JsonNode> array(JsonNode obj, String wire) {
        JsonNode v = embedded(field(obj, wire));
        if (v != null && v.isArray()) {
            return v;
        }
        return java.util.Collections.emptyList();
    }

    private static JsonNode embedded(JsonNode v) {
        if (v != null && v.isTextual()) {
            String t = v.asText().trim();
            if (t.startsWith("{") || t.startsWith("[")) {
                try {
                    return Json.parse(t);
                } catch (java.io.IOException e) {
                    return null;
                }
            }
        }
        return v;
    }

    /** @return the field as text (numbers and booleans as text, objects and arrays as JSON), or {@code null} */
    public static String string(JsonNode obj, String wire) {
        return text(field(obj, wire));
    }

    /** @return a value node as text, an object or array as JSON text, or {@code null} */
    public static String text(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }

    /** @return the field as an Integer, or {@code null} when absent or not a whole number in range */
    public static Integer integer(JsonNode obj, String wire) {
        return parseInteger(string(obj, wire));
    }

    /** @return the field as a Long, or {@code null} */
    public static Long longValue(JsonNode obj, String wire) {
        return parseLong(string(obj, wire));
    }

    /** @return the field as a Double, or {@code null} */
    public static Double doubleValue(JsonNode obj, String wire) {
        return parseDouble(string(obj, wire));
    }

    /** @return the field as a Boolean ({@code true}/{@code false} in any case, 1/0), or {@code null} */
    public static Boolean bool(JsonNode obj, String wire) {
        return parseBoolean(string(obj, wire));
    }

    /** @return the field as an Instant, or {@code null} */
    public static Instant instant(JsonNode obj, String wire) {
        return parseInstant(string(obj, wire));
    }

    /** @return {@code s} as an Integer, tolerating {@code "25"}, {@code " 25 "}, {@code "25.0"}; else {@code null} */
    public static Integer parseInteger(String s) {
        Long l = parseLong(s);
        return l == null || l > Integer.MAX_VALUE || l < Integer.MIN_VALUE ? null : l.intValue();
    }

    /**
     * The longest text read as a number, a boolean or a time: longer than any real value, short
     * enough that parsing it costs nothing. A longer one (say a million digits, which would take
     * seconds of CPU to turn into a number) is not parsed at all: the typed accessor gives
     * {@code null} and the raw text stays available.
     */
    public static final int MAX_SCALAR_TEXT = 64;

    private static String scalar(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        return t.isEmpty() || t.length() > MAX_SCALAR_TEXT ? null : t;
    }

    /** @return {@code s} as a Long, tolerating whitespace and a zero fraction; else {@code null} */
    public static Long parseLong(String s) {
        String t = scalar(s);
        if (t == null) {
            return null;
        }
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            Double d = parseDouble(t);
            if (d != null && !d.isInfinite() && d == Math.rint(d) && Math.abs(d) < 9.0e15) {
                return d.longValue();
            }
            return null;
        }
    }

    /** @return {@code s} as a Double, tolerating {@code "0.f"}, {@code "888.563"}, whitespace; else {@code null} */
    public static Double parseDouble(String s) {
        String t = scalar(s);
        if (t == null) {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        if (last == 'f' || last == 'F' || last == 'd' || last == 'D') {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith(".")) {
            t = t + "0";
        }
        try {
            double d = new BigDecimal(t).doubleValue();
            return Double.isInfinite(d) ? null : d;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return {@code s} as a Boolean, or {@code null} */
    public static Boolean parseBoolean(String s) {
        String t = scalar(s);
        if (t == null) {
            return null;
        }
        if (t.equalsIgnoreCase("true") || t.equals("1")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false") || t.equals("0")) {
            return Boolean.FALSE;
        }
        return null;
    }

    /**
     * @param s {@code 2024-12-07T13:01:07Z} (with or without seconds or fraction, any offset,
     *     stray whitespace), {@code 2024-12-07 13:01:07} (UTC), or epoch milliseconds
     * @return the instant, or {@code null}
     */
    public static Instant parseInstant(String s) {
        String t = scalar(s);
        if (t == null) {
            return null;
        }
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return java.time.OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(t, Formats.NO_SECONDS).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(t, Formats.SPACE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // try the other forms
        }
        if (t.chars().allMatch(Character::isDigit) && t.length() >= 10 && t.length() <= 13) {
            long v = Long.parseLong(t);
            return t.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        }
        return null;
    }

    /** @return seconds as a decimal string ({@code "403.039989"}) as a Duration, or {@code null} */
    public static Duration parseSeconds(String s) {
        Double d = parseDouble(s);
        if (d == null || d.isNaN() || d < 0 || d > 1.0e12) {
            return null;
        }
        return Duration.ofNanos(Math.round(d * 1_000_000_000d));
    }
}
