package io.github.imssdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.internal.CoreAccess;
import io.github.imssdk.core.internal.Json;
import okhttp3.Headers;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A successful answer: the HTTP status, the headers and the body, a JSON object (read it with
 * the JSON library of your choice).
 */
public final class RpcResponse {
    static {
        // The SDK's own models read the tree the client already parsed, instead of parsing again.
        CoreAccess.setResponseJson(r -> r.json);
    }

    private final int statusCode;
    private final Headers headers;
    private final byte[] body;
    private final JsonNode json;
    private final int attempts;

    RpcResponse(int statusCode, Headers headers, byte[] body, JsonNode json, int attempts) {
        this.statusCode = statusCode;
        this.headers = headers;
        this.body = body;
        this.json = json;
        this.attempts = attempts;
    }

    /** @return the HTTP status (2xx) */
    public int statusCode() {
        return statusCode;
    }

    /**
     * @param name header name, any case
     * @return the first value, or {@code null}
     */
    public String header(String name) {
        return headers.get(name);
    }

    /** @return every header, names lower-case; unmodifiable */
    public Map<String, List<String>> headers() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            out.computeIfAbsent(headers.name(i).toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(headers.value(i));
        }
        for (Map.Entry<String, List<String>> e : out.entrySet()) {
            e.setValue(Collections.unmodifiableList(e.getValue()));
        }
        return Collections.unmodifiableMap(out);
    }

    /** @return the body as received (UTF-8), a JSON object */
    public String body() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return the {@code RequestId} of the body, else the {@code x-acs-request-id} header, else {@code null} */
    public String requestId() {
        String id = Json.text(json, "RequestId");
        return id != null ? id : header("x-acs-request-id");
    }

    /** @return how many attempts the call took (1 without retries) */
    public int attempts() {
        return attempts;
    }

    @Override
    public String toString() {
        return "RpcResponse(status=" + statusCode + ", requestId=" + requestId() + ", attempts=" + attempts + ")";
    }
}
