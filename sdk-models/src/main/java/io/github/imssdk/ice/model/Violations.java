package io.github.imssdk.ice.model;

import io.github.imssdk.core.exception.ValidationException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Collects every broken rule of one request, then throws them together. */
final class Violations {
    private final List<ValidationException.Violation> list = new ArrayList<>();

    void add(String field, String rule, Object value) {
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
        if (value == null || (value instanceof String && ((String) value).trim().isEmpty())
                || (value instanceof Collection && ((Collection<?>) value).isEmpty())) {
            add(field, "is required", value instanceof String ? value : null);
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
            add(field, "must be at most " + max + " characters (was " + value.codePointCount(0, value.length()) + ")", value);
        }
    }

    void maxBytes(String field, String value, int max) {
        if (value != null) {
            int n = value.getBytes(StandardCharsets.UTF_8).length;
            if (n > max) {
                add(field, "must be at most " + max + " bytes in UTF-8 (was " + n + ")", value);
            }
        }
    }

    void maxItems(String field, Collection<?> value, int max) {
        if (value != null && value.size() > max) {
            add(field, "must have at most " + max + " entries (had " + value.size() + ")", null);
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

    /** A well-formed absolute URL with a host and one of the given schemes. */
    void url(String field, String value, String... schemes) {
        if (value == null) {
            return;
        }
        String rule = "must be a well-formed " + String.join(" or ", schemes) + " URL";
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            add(field, rule, value);
            return;
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || !Arrays.asList(schemes).contains(scheme) || uri.getHost() == null || uri.getHost().isEmpty()) {
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
            add(field, "must be valid JSON text", value);
        }
    }
}
