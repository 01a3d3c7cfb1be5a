package io.github.imssdk.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;

/**
 * The one shared Jackson {@link ObjectMapper} and a few null-safe readers of JSON trees.
 * Not part of the public API.
 */
public final class Json {
    /** The streaming factory the hot path uses: creating an ObjectMapper costs start-up time. */
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Created on first use; the SDK itself never needs it (everything parses with {@link #parse}). */
    private static final class MapperHolder {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS, false);
    }

    private Json() {
    }

    /** @return the shared, thread-safe mapper; do not reconfigure it */
    public static ObjectMapper mapper() {
        return MapperHolder.MAPPER;
    }

    /** @return the shared JSON factory, for streaming writers */
    public static JsonFactory factory() {
        return FACTORY;
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 200;

    /**
     * Reads a JSON document into a tree with the streaming parser directly, without the
     * per-call deserialization context of {@code ObjectMapper.readTree} (a response is parsed on
     * every call).
     *
     * @param bytes UTF-8 JSON text
     * @return the tree; {@code null} for an empty document
     * @throws IOException when the text is not JSON, has trailing content, or nests too deeply
     */
    public static JsonNode parse(byte[] bytes) throws IOException {
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            JsonNode root = value(p, t, 0);
            if (p.nextToken() != null) {
                throw new IOException("trailing content after the JSON document");
            }
            return root;
        }
    }

    /**
     * @param text JSON text
     * @return the tree; {@code null} for an empty document
     * @throws IOException when the text is not JSON
     * @see #parse(byte[])
     */
    public static JsonNode parse(String text) throws IOException {
        return parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static JsonNode value(JsonParser p, JsonToken t, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("JSON nests deeper than " + MAX_DEPTH);
        }
        switch (t) {
            case START_OBJECT:
                ObjectNode o = NODES.objectNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    o.set(name, value(p, p.nextToken(), depth + 1));
                }
                return o;
            case START_ARRAY:
                ArrayNode a = NODES.arrayNode();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    a.add(value(p, k, depth + 1));
                }
                return a;
            case VALUE_STRING:
                return NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return NODES.numberNode(p.getIntValue());
                    case LONG:
                        return NODES.numberNode(p.getLongValue());
                    default:
                        return NODES.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IOException("unexpected JSON token " + t);
        }
    }

    /**
     * @param node an object node, or {@code null}
     * @param field a field name
     * @return the field as text (numbers and booleans converted), or {@code null} when absent or null
     */
    public static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        return v.isValueNode() ? v.asText() : v.toString();
    }
}
