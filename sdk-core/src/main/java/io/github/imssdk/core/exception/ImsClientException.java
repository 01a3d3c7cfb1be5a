package io.github.imssdk.core.exception;

/**
 * Nothing usable came back from the service: the request could not be sent or its answer could
 * not be read (I/O failure, timeout, unreadable body), the client is misconfigured (no
 * credentials, bad endpoint), or, as the subclass {@link ValidationException}, the input broke a
 * documented limit and nothing was sent.
 */
public class ImsClientException extends ImsException {
    private static final long serialVersionUID = 1L;

    /** @serial whether a timeout caused it */
    private final boolean timeout;

    /**
     * @param message what went wrong, with what the caller can do about it
     */
    public ImsClientException(String message) {
        this(message, null, false);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure, may be {@code null}
     */
    public ImsClientException(String message, Throwable cause) {
        this(message, cause, false);
    }

    /**
     * @param message what went wrong
     * @param cause the underlying failure, may be {@code null}
     * @param timeout whether the failure is a timeout (connect, read or whole-call)
     */
    public ImsClientException(String message, Throwable cause, boolean timeout) {
        super(message, cause);
        this.timeout = timeout;
    }

    /**
     * @return whether the call failed because a connect, read or whole-call timeout expired
     */
    public boolean isTimeout() {
        return timeout;
    }
}
