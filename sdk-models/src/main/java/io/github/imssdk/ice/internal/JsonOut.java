package io.github.imssdk.ice.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.imssdk.core.internal.Json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes object parameters as the one JSON string the API expects, with Jackson's generator:
 * wire names, nulls omitted, non-ASCII and HTML characters as they are (as Gson with
 * {@code disableHtmlEscaping} in the official SDK), control characters escaped.
 */
final class JsonOut {
    private JsonOut() {
    }

    interface Writer {
        void write(JsonGenerator g) throws IOException;
    }

    interface ItemWriter<T> {
        void write(JsonGenerator g, T item) throws IOException;
    }

    static String toJson(Writer w) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator g = Json.factory().createGenerator(out)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    static <T> String toJsonArray(List<T> items, ItemWriter<T> w) {
        return toJson(g -> {
            g.writeStartArray();
            for (T item : items) {
                w.write(g, item);
            }
            g.writeEndArray();
        });
    }

    static String toJsonArray(List<?> values) {
        return toJson(g -> {
            g.writeStartArray();
            for (Object v : values) {
                if (v instanceof Number) {
                    g.writeNumber(((Number) v).longValue());
                } else {
                    g.writeString(String.valueOf(v));
                }
            }
            g.writeEndArray();
        });
    }

    /** Writes an integer-coded value as a JSON number when it is one, else as a string. */
    static void numberOrString(JsonGenerator g, String name, String raw) throws IOException {
        Long number = parse(raw);
        if (number != null) {
            g.writeNumberField(name, number);
        } else {
            g.writeStringField(name, raw);
        }
    }

    private static Long parse(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
