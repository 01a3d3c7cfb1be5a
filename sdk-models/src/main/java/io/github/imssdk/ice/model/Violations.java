package io.github.imssdk.ice.model;

import io.github.imssdk.core.exception.ValidationException;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects every broken rule of one request, then throws them together. */
final class Violations {
    /** scheme "://" authority, then anything but blanks and control characters. */
    private static final Pattern URL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#\\s\\p{Cntrl}]*)[^\\s\\p{Cntrl}]*");

    private final List<ValidationException.Violation> list = new ArrayList<>();
    private final ValidationLevel level;

    /** Every documented limit. */
    Violations() {
        this(ValidationLevel.DOCUMENTED);
    }

    /** @param level how much to record: documented limits, only what a request needs, or nothing */
    Violations(ValidationLevel level) {
        this.level = level;
    }

    /** Records a broken documented limit (not recorded below {@link ValidationLevel#DOCUMENTED}). */
    void add(String field, String rule, Object value) {
        if (level == ValidationLevel.DOCUMENTED) {
            record(field, rule, value);
        }
    }

    /**
     * Records something a request cannot work without, a conditional requirement included (not
     * recorded at {@link ValidationLevel#NONE}).
     */
    void essential(String field, String rule, Object value) {
        if (level != ValidationLevel.NONE) {
            record(field, rule, value);
        }
    }

    private void record(String field, String rule, Object value) {
        list.add(new ValidationException.Violation(field, rule, value == null ? null : String.valueOf(value)));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<ValidationException.Violation> list() {
        return list;
    }

    void throwIfAny(String operation) {
        if (!list.isEmpty()) {
            throw new ValidationException(operation, list);
        }
    }

    boolean required(String field, Object value) {
        // empty is missing (an empty parameter is not sent); blank is a value, the service's to judge
        if (value == null || (value instanceof String && ((String) value).isEmpty())
                || (value instanceof Collection && ((Collection<?>) value).isEmpty())) {
            essential(field, "is required", value instanceof String ? value : null);
            return false;
        }
        return true;
    }

    void range(String field, Number value, long min, long max) {
        if (value != null && (value.longValue() < min || value.longValue() > max)) {
            add(field, "must be in [" + min + ", " + max + "]", value);
        }
    }

    void min(String field, Number value, long min) {
        if (value != null && value.longValue() < min) {
            add(field, "must be at least " + min, value);
        }
    }

    void maxChars(String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            add(field, "must be at most " + max + " characters; it has " + value.codePointCount(0, value.length()), value);
        }
    }

    void maxBytes(String field, String value, int max) {
        if (value != null) {
            int n = value.getBytes(StandardCharsets.UTF_8).length;
            if (n > max) {
                add(field, "must be at most " + max + " bytes in UTF-8; it has " + n, value);
            }
        }
    }

    void maxItems(String field, Collection<?> value, int max) {
        if (value != null && value.size() > max) {
            add(field, "must have at most " + max + " entries; it has " + value.size(), null);
        }
    }

    void constant(String field, String value, String only) {
        if (value != null && !value.equals(only)) {
            add(field, "must be '" + only + "' (the only value the API accepts)", value);
        }
    }

    void oneOf(String field, String value, String... allowed) {
        if (value != null && !Arrays.asList(allowed).contains(value)) {
            add(field, "must be one of " + Arrays.toString(allowed), value);
        }
    }

    /**
     * An absolute URL, {@code scheme://host...}, with one of the given schemes ({@code "*"}: any).
     * Leniently, since the pages say only "URL": a host may be non-ASCII (checked in its IDN form,
     * sent as given) and may contain {@code _}; the rest is the service's to judge.
     */
    void url(String field, String value, String... schemes) {
        if (value == null || value.isEmpty()) {
            return; // missing: the required check says so when it is, once
        }
        boolean anyScheme = schemes.length == 1 && schemes[0].equals("*");
        String rule = "must be an absolute " + (anyScheme ? "" : String.join(" or ", schemes) + " ")
                + "URL (scheme://host/...)";
        Matcher m = URL.matcher(value);
        if (!m.matches() || (!anyScheme && !Arrays.asList(schemes).contains(m.group(1).toLowerCase(Locale.ROOT)))) {
            add(field, rule, value);
            return;
        }
        String host = m.group(2);
        host = host.substring(host.lastIndexOf('@') + 1);
        if (host.startsWith("[")) {
            host = host.indexOf(']') > 0 ? "ipv6" : "";
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.indexOf(':'));
        }
        try {
            if (host.isEmpty() || IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).isEmpty()) {
                add(field, rule, value);
            }
        } catch (IllegalArgumentException e) {
            add(field, rule, value);
        }
    }

    /** A JSON text (for parameters that are JSON strings inside JSON). */
    void json(String field, String value) {
        if (value == null) {
            return;
        }
        try {
            io.github.imssdk.core.internal.Json.parse(value);
        } catch (Exception e) {
            essential(field, "must be valid JSON text", value);
        }
    }
}
