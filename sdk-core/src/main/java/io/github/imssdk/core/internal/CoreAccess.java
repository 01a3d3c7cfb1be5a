package io.github.imssdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RpcResponse;

import java.util.function.Function;

/**
 * What the SDK's own modules read from public core classes beyond their public API, without
 * reflection: each class hands over its accessor from its static initializer, which has run
 * before any of its instances exists. Not part of the public API.
 */
public final class CoreAccess {
    private static volatile Function<RpcResponse, JsonNode> responseJson;

    private CoreAccess() {
    }

    /**
     * Called once, by {@link RpcResponse}'s static initializer.
     *
     * @param accessor reads the parsed body of a response
     */
    public static void setResponseJson(Function<RpcResponse, JsonNode> accessor) {
        if (responseJson != null) {
            throw new IllegalStateException("already set");
        }
        responseJson = accessor;
    }

    /**
     * @param response a response
     * @return its body as the tree the client parsed when it checked the answer
     */
    public static JsonNode json(RpcResponse response) {
        return responseJson.apply(response);
    }
}
