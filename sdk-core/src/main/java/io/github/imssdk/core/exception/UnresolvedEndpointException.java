package io.github.imssdk.core.exception;

import java.util.Collections;
import java.util.List;

/**
 * The host name of the endpoint could not be resolved (an {@link java.net.UnknownHostException}).
 * When the client built the endpoint from a region id, the message says so and lists the
 * regions the service is documented in: a mistyped region ({@code cn-shangai}) is the usual cause.
 * Nothing was sent.
 */
public class UnresolvedEndpointException extends ImsClientException {
    private static final long serialVersionUID = 1L;

    /** @serial the host that could not be resolved */
    private final String host;
    /** @serial the region id the endpoint was built from, or {@code null} for an endpoint override */
    private final String region;
    /** @serial the regions the service is documented in (may be empty) */
    private final List<String> knownRegions;

    /**
     * @param message what went wrong, with the hint
     * @param cause the resolver's failure
     * @param host the host that could not be resolved
     * @param region the region id the endpoint was built from, or {@code null}
     * @param knownRegions the regions the service is documented in, or empty
     */
    public UnresolvedEndpointException(String message, Throwable cause, String host, String region,
                                       List<String> knownRegions) {
        super(message, cause);
        this.host = host;
        this.region = region;
        this.knownRegions = Collections.unmodifiableList(knownRegions);
    }

    /** @return the host that could not be resolved */
    public String host() {
        return host;
    }

    /** @return the region id the endpoint was built from, or {@code null} when an endpoint override was given */
    public String region() {
        return region;
    }

    /** @return the regions the service is documented in; empty when the client was not told */
    public List<String> knownRegions() {
        return knownRegions;
    }
}
