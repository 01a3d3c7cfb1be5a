package io.github.imssdk.ice.model;

/**
 * How much a request is checked before it is sent. Set it per client
 * ({@code IceClient.builder().validation(...)}: the default of requests the client builds from a
 * {@code Consumer}, and of the checks made just before sending) or per request
 * ({@code builder().validation(...)}, which wins over the client's).
 *
 * <p>Turn it down when the service accepts something this SDK version does not know yet (a new
 * codec, a wider range), or to re-send a value the service itself returned; the service still
 * checks everything.
 */
public enum ValidationLevel {
    /** Every limit the API reference documents (the default). */
    DOCUMENTED,
    /**
     * Only what a request cannot work without: required parameters present and not empty, and
     * JSON text that is JSON. Ranges, lengths, enums, URL forms and time windows are not checked.
     */
    REQUIRED_ONLY,
    /** Nothing: the request is sent as given. */
    NONE
}
