package io.github.imssdk.ice.model;

import io.github.imssdk.core.RpcRequest;

import java.time.Instant;

/**
 * What every ICE request model offers the client: its action, its wire form, and the checks
 * that depend on the current time.
 */
public interface IceRequest {
    /** The ICE API version, {@value}. */
    String VERSION = "2020-11-09";

    /** @return the API action, e.g. {@code SubmitLiveTranscodeJob} */
    String action();

    /** @return the call as it goes on the wire */
    RpcRequest toRpcRequest();

    /**
     * Checks the limits that depend on the current time; the client calls it with its clock
     * just before sending. Most requests have none.
     *
     * @param now the current time
     * @throws io.github.imssdk.core.exception.ValidationException listing every violation
     */
    default void validateAt(Instant now) {
    }
}
