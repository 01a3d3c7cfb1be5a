package io.github.imssdk.core.exception;

/**
 * Root of every exception this SDK throws. All are unchecked.
 *
 * <ul>
 *   <li>{@link ImsClientException}: nothing usable came back (I/O failure, timeout, bad
 *       configuration, unreadable response), or {@link ValidationException}: the input broke a
 *       documented limit and nothing was sent.</li>
 *   <li>{@link ImsServiceException}: the service answered with an error.</li>
 * </ul>
 *
 * <p>Messages never contain an AccessKey secret, a security token or a signature.
 */
public class ImsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @serial how many attempts were made */
    private volatile int attempts;

    /**
     * @param message what went wrong, without any secret
     * @param cause the underlying failure, or {@code null}
     */
    protected ImsException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * How many HTTP attempts were made before this exception was thrown: 0 when nothing was
     * sent (validation, configuration), 1 for a failure without retries, more after retries.
     *
     * @return the number of attempts, 0 or more
     */
    public int attempts() {
        return attempts;
    }

    /**
     * Records the number of attempts made; called by the transport before the exception
     * reaches the caller.
     *
     * @param attempts how many attempts were made
     * @return this exception
     */
    public ImsException withAttempts(int attempts) {
        this.attempts = attempts;
        return this;
    }
}
