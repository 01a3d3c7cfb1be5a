package io.github.imssdk.core.internal;

/**
 * A small, allocation-light writer of compact JSON text, for the JSON-string parameters the API
 * takes (StreamInput, Config, ...): no HTML escaping (as Gson with {@code disableHtmlEscaping} in
 * the official SDK), control characters, quotes and backslashes escaped. The caller supplies a
 * well-formed sequence of calls. Not part of the public API.
 */
public final class JsonWriter {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder sb;
    private boolean comma;

    /** A writer with a small initial buffer. */
    public JsonWriter() {
        this.sb = new StringBuilder(128);
    }

    /** @return this writer after {@code {} */
    public JsonWriter startObject() {
        separate();
        sb.append('{');
        comma = false;
        return this;
    }

    /** @return this writer after {@code }} */
    public JsonWriter endObject() {
        sb.append('}');
        comma = true;
        return this;
    }

    /** @return this writer after {@code [} */
    public JsonWriter startArray() {
        separate();
        sb.append('[');
        comma = false;
        return this;
    }

    /** @return this writer after {@code ]} */
    public JsonWriter endArray() {
        sb.append(']');
        comma = true;
        return this;
    }

    /**
     * @param name a member name; the value must follow
     * @return this writer
     */
    public JsonWriter fieldName(String name) {
        separate();
        quote(name);
        sb.append(':');
        comma = false;
        return this;
    }

    /**
     * @param value a string value
     * @return this writer
     */
    public JsonWriter string(String value) {
        separate();
        quote(value);
        comma = true;
        return this;
    }

    /**
     * @param value a number
     * @return this writer
     */
    public JsonWriter number(long value) {
        separate();
        sb.append(value);
        comma = true;
        return this;
    }

    /**
     * @param value a number
     * @return this writer
     */
    public JsonWriter number(double value) {
        separate();
        sb.append(value);
        comma = true;
        return this;
    }

    /**
     * @param value a boolean
     * @return this writer
     */
    public JsonWriter bool(boolean value) {
        separate();
        sb.append(value);
        comma = true;
        return this;
    }

    /** Writes {@code "name":"value"}. @param name member name @param value its value @return this writer */
    public JsonWriter stringField(String name, String value) {
        return fieldName(name).string(value);
    }

    /** Writes {@code "name":value}. @param name member name @param value its value @return this writer */
    public JsonWriter numberField(String name, long value) {
        return fieldName(name).number(value);
    }

    /** Writes {@code "name":value}. @param name member name @param value its value @return this writer */
    public JsonWriter numberField(String name, double value) {
        return fieldName(name).number(value);
    }

    /** Writes {@code "name":true|false}. @param name member name @param value its value @return this writer */
    public JsonWriter booleanField(String name, boolean value) {
        return fieldName(name).bool(value);
    }

    private void separate() {
        if (comma) {
            sb.append(',');
        }
    }

    private void quote(String s) {
        sb.append('"');
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                switch (c) {
                    case '\n':
                        sb.append("\\n");
                        break;
                    case '\r':
                        sb.append("\\r");
                        break;
                    case '\t':
                        sb.append("\\t");
                        break;
                    case '\b':
                        sb.append("\\b");
                        break;
                    case '\f':
                        sb.append("\\f");
                        break;
                    default:
                        sb.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                }
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
