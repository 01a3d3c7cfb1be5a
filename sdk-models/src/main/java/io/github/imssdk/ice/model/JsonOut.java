package io.github.imssdk.ice.model;

import io.github.imssdk.core.internal.JsonWriter;

import java.util.List;

/**
 * Writes object parameters as the one JSON string the API expects: wire names, nulls omitted,
 * no HTML escaping (as Gson with {@code disableHtmlEscaping} in the official SDK).
 */
final class JsonOut {
    private JsonOut() {
    }

    interface Writer {
        void write(JsonWriter g);
    }

    interface ItemWriter<T> {
        void write(T item, JsonWriter g);
    }

    static String toJson(Writer w) {
        JsonWriter g = new JsonWriter();
        w.write(g);
        return g.toString();
    }

    static <T> String toJsonArray(List<T> items, ItemWriter<T> w) {
        JsonWriter g = new JsonWriter().startArray();
        for (T item : items) {
            w.write(item, g);
        }
        return g.endArray().toString();
    }

    static String toJsonArray(List<?> values) {
        JsonWriter g = new JsonWriter().startArray();
        for (Object v : values) {
            if (v instanceof Number) {
                g.number(((Number) v).longValue());
            } else {
                g.string(String.valueOf(v));
            }
        }
        return g.endArray().toString();
    }

    /** Writes an integer-coded value as a JSON number when it is one, else as a string. */
    static void numberOrString(JsonWriter g, String name, String raw) {
        try {
            g.numberField(name, Long.parseLong(raw));
        } catch (NumberFormatException e) {
            g.stringField(name, raw);
        }
    }
}
