package io.github.imssdk.core;

/**
 * What an error answer says about the request it answers, which decides whether it is re-sent.
 * A {@link RetryClassifier} gives each service error one of these.
 */
public enum RetryClass {
    /**
     * The service refused the request without processing it (throttling, unavailable): it is
     * re-sent, whatever the operation.
     */
    NOT_PROCESSED,
    /**
     * The request may have been processed (an internal error): it is re-sent only when the
     * request is {@linkplain RpcRequest#idempotent() idempotent}, so that nothing is done twice.
     */
    MAYBE_PROCESSED,
    /** Not worth re-sending (bad input, no permission, not found): the call fails. */
    FINAL
}
