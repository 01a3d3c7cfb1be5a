package io.github.imssdk.ice.model;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;

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
     * @return how much this request is checked, or {@code null} when not set (every documented
     *     limit at {@code build()}; the client's own setting just before sending)
     */
    default ValidationLevel validation() {
        return null;
    }

    /** @return parameters this SDK does not model, sent as given and never validated */
    default Map<String, String> additionalParameters() {
        return Collections.emptyMap();
    }

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
