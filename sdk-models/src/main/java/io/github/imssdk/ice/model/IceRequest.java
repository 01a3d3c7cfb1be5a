package io.github.imssdk.ice.model;

import java.time.Instant;

/**
 * What every ICE request model offers the client: its action and the checks that depend on the
 * current time. How a request goes on the wire is not part of the public API.
 */
public interface IceRequest {
    /** The ICE API version, {@value}. */
    String VERSION = "2020-11-09";

    /** @return the API action, e.g. {@code SubmitLiveTranscodeJob} */
    String action();

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
