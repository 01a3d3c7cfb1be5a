package io.github.imssdk.core.exception;

/**
 * The answer was larger than the client's {@code maxResponseSize} (declared in
 * {@code Content-Length} or found while reading, after decompression). The connection was
 * discarded and the rest of the answer never read, so the heap holds at most the limit. Not
 * retried: the request may have been processed.
 */
public class ResponseTooLargeException extends ImsClientException {
    private static final long serialVersionUID = 1L;

    /** @serial the limit that was exceeded, in bytes */
    private final long limit;

    /**
     * @param message what happened
     * @param limit the limit, in bytes
     */
    public ResponseTooLargeException(String message, long limit) {
        super(message);
        this.limit = limit;
    }

    /** @return the limit that was exceeded, in bytes */
    public long limit() {
        return limit;
    }
}
