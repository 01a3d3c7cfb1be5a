package io.github.imssdk.core;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.internal.Json;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A successful answer: the HTTP status, headers, and the JSON body parsed into a tree.
 */
public final class RpcResponse {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final JsonNode json;
    private final int attempts;

    /**
     * @param statusCode HTTP status
     * @param headers headers, names lower-case
     * @param json the parsed body
     * @param attempts how many attempts the call took
     */
    public RpcResponse(int statusCode, Map<String, List<String>> headers, JsonNode json, int attempts) {
        this.statusCode = statusCode;
        this.headers = Collections.unmodifiableMap(headers);
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
        List<String> v = headers.get(name.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    /** @return every header, names lower-case; unmodifiable */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** @return the body as a JSON tree */
    public JsonNode json() {
        return json;
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
