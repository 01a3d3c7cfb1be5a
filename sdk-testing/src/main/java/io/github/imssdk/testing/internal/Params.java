package io.github.imssdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.internal.Json;

import java.util.Arrays;
import java.util.Map;

/**
 * The emulator's own reading of request parameters, written from the API reference and
 * independent of the SDK's models, so that it also catches requests from other clients.
 * Not part of the public API.
 */
final class Params {
    private final Map<String, String> values;

    Params(Map<String, String> values) {
        this.values = values;
    }

    Map<String, String> all() {
        return values;
    }

    String optional(String name) {
        String v = values.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw MockError.missing(name);
        }
        return v;
    }

    String oneOf(String name, boolean required, String... allowed) {
        String v = required ? required(name) : optional(name);
        if (v != null && !Arrays.asList(allowed).contains(v)) {
            throw MockError.invalid(name, "Valid values: " + String.join(", ", allowed) + ".");
        }
        return v;
    }

    Integer integer(String name, boolean required, int min, int max) {
        String v = required ? required(name) : optional(name);
        if (v == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min || i > max) {
                throw MockError.invalid(name, "It must be between " + min + " and " + max + ".");
            }
            return i;
        } catch (NumberFormatException e) {
            throw MockError.invalid(name, "It must be an integer.");
        }
    }

    JsonNode json(String name, boolean required) {
        String v = required ? required(name) : optional(name);
        if (v == null) {
            return null;
        }
        JsonNode n;
        try {
            n = Json.mapper().readTree(v);
        } catch (Exception e) {
            throw MockError.invalid(name, "It must be JSON.");
        }
        if (n == null || !n.isObject()) {
            throw MockError.invalid(name, "It must be a JSON object.");
        }
        return n;
    }

    /** A field of a JSON object parameter, e.g. StreamInput.Type. */
    static String field(JsonNode obj, String param, String field, boolean required, String... allowed) {
        JsonNode f = obj == null ? null : obj.get(field);
        String v = f == null || f.isNull() ? null : f.asText();
        if (v != null && v.isEmpty()) {
            v = null;
        }
        if (v == null) {
            if (required) {
                throw MockError.missing(param + "." + field);
            }
            return null;
        }
        if (allowed.length > 0 && !Arrays.asList(allowed).contains(v)) {
            throw MockError.invalid(param + "." + field, "Valid values: " + String.join(", ", allowed) + ".");
        }
        return v;
    }
}
