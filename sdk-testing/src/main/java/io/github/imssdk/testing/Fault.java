package io.github.imssdk.testing;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the emulator injects into matching calls, for testing how code copes with throttling,
 * server errors, gateway pages, slowness and dropped connections.
 *
 * <pre>{@code
 * server.inject(Fault.throttling().forAction("SubmitLiveTranscodeJob").times(2));
 * server.inject(Fault.dropConnection().forAction("SubmitMediaConvertJob")); // processed, then dropped
 * }</pre>
 *
 * Faults apply to calls whose signature is valid, in the order they were injected; each applies
 * to the given number of calls (default 1).
 */
public final class Fault {
    enum Kind { ERROR, HTML, DELAY, DROP }

    final Kind kind;
    final int status;
    final String code;
    final String message;
    final Duration delay;
    final String retryAfterMillis;
    final String action;
    final int times;

    private Fault(Kind kind, int status, String code, String message, Duration delay, String retryAfterMillis,
                  String action, int times) {
        this.kind = kind;
        this.status = status;
        this.code = code;
        this.message = message;
        this.delay = delay;
        this.retryAfterMillis = retryAfterMillis;
        this.action = action;
        this.times = times;
    }

    /** @return HTTP 400 {@code Throttling.User}, as the gateway answers when a user's rate is exceeded */
    public static Fault throttling() {
        return error(400, "Throttling.User", "Request was denied due to user flow control.");
    }

    /**
     * @param status 500, 502, 503 or 504 (any status is accepted)
     * @return a JSON error with {@code InternalError} (500), {@code ServiceUnavailable} (503) or
     *     {@code BadGateway} / {@code GatewayTimeout}
     */
    public static Fault serverError(int status) {
        String code = status == 503 ? "ServiceUnavailable" : status == 502 ? "BadGateway"
                : status == 504 ? "GatewayTimeout" : "InternalError";
        return error(status, code, "The request processing has failed due to some unknown error.");
    }

    /**
     * @param status HTTP status
     * @param code error code
     * @param message error message
     * @return a JSON error in the service's envelope
     */
    public static Fault error(int status, String code, String message) {
        return new Fault(Kind.ERROR, status, code, message, null, null, null, 1);
    }

    /**
     * @param status HTTP status, e.g. 502
     * @return an HTML gateway page instead of JSON
     */
    public static Fault htmlPage(int status) {
        return new Fault(Kind.HTML, status, null, null, null, null, null, 1);
    }

    /**
     * @param delay how long to wait before answering; the call is processed normally
     * @return a slow answer
     */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 200, null, null, Objects.requireNonNull(delay), null, null, 1);
    }

    /**
     * @return the call is processed (a job is created) and then the connection is closed before
     *     any response: what a client sees when the network fails after the service acted
     */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP, 0, null, null, null, null, null, 1);
    }

    /**
     * @param action the API action this fault applies to; default: every action
     * @return a copy for that action
     */
    public Fault forAction(String action) {
        return new Fault(kind, status, code, message, delay, retryAfterMillis, action, times);
    }

    /**
     * @param n how many matching calls this fault applies to (default 1)
     * @return a copy applying to {@code n} calls
     */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        return new Fault(kind, status, code, message, delay, retryAfterMillis, action, n);
    }

    /** @return a copy applying to every matching call until {@link IceMockServer#clearFaults()} */
    public Fault always() {
        return times(Integer.MAX_VALUE);
    }

    /**
     * @param millis value of the {@code x-acs-retry-after} header to send with an error
     * @return a copy sending it
     */
    public Fault retryAfter(long millis) {
        return new Fault(kind, status, code, message, delay, Long.toString(millis), action, times);
    }

    @Override
    public String toString() {
        return "Fault(" + kind + (code != null ? " " + status + " " + code : status > 0 ? " " + status : "")
                + (delay != null ? " " + delay : "") + (action != null ? " for " + action : "")
                + (times == Integer.MAX_VALUE ? ", always" : ", " + times + "x") + ")";
    }
}
