package io.github.imssdk.core;

import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One call as the {@link RpcInterceptor}s see it: the same object at every hook of the call. Its
 * outcome ({@link #succeeded()}, {@link #response()}, {@link #error()}) is set when
 * {@link RpcInterceptor#afterCall} runs.
 */
public final class CallContext {
    private final String product;
    private final String region;
    private final String action;
    private final String version;
    private final boolean idempotent;
    private final long startNanos = System.nanoTime();
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private volatile int attempts;
    private volatile long endNanos;
    private volatile RpcResponse response;
    private volatile ImsException error;

    CallContext(String product, String region, RpcRequest request) {
        this.product = product;
        this.region = region;
        this.action = request.action();
        this.version = request.version();
        this.idempotent = request.idempotent();
    }

    /** @return the product code, e.g. {@code ice} */
    public String product() {
        return product;
    }

    /** @return the region the client was built for, or {@code null} with an endpoint override */
    public String region() {
        return region;
    }

    /** @return the API action, e.g. {@code SubmitMediaConvertJob} */
    public String action() {
        return action;
    }

    /** @return the API version */
    public String version() {
        return version;
    }

    /** @return whether the call may be re-sent after it may have reached the service */
    public boolean idempotent() {
        return idempotent;
    }

    /** @return the attempts started so far (all of them after the call) */
    public int attempts() {
        return attempts;
    }

    /** @return the time since the call started, or its whole duration once it ended */
    public Duration elapsed() {
        long end = endNanos;
        return Duration.ofNanos((end != 0 ? end : System.nanoTime()) - startNanos);
    }

    /** @return whether the call ended with an answer (false while it runs) */
    public boolean succeeded() {
        return response != null;
    }

    /** @return the answer, once the call succeeded; else {@code null} */
    public RpcResponse response() {
        return response;
    }

    /** @return the error the call ended with, or {@code null} */
    public ImsException error() {
        return error;
    }

    /** @return the service's error code when it answered an error, else {@code null} */
    public String errorCode() {
        return errorCodeOf(error);
    }

    /** @return the request id of the answer or of the service's error, else {@code null} */
    public String requestId() {
        return requestIdOf(response, error);
    }

    static String errorCodeOf(ImsException e) {
        return e instanceof ImsServiceException ? ((ImsServiceException) e).errorCode() : null;
    }

    static String requestIdOf(RpcResponse r, ImsException e) {
        if (r != null) {
            return r.requestId();
        }
        return e instanceof ImsServiceException ? ((ImsServiceException) e).requestId() : null;
    }

    /**
     * @param name a name of the interceptor's choosing
     * @return what an interceptor stored under it for this call, or {@code null}
     */
    public Object attribute(String name) {
        return attributes.get(name);
    }

    /**
     * Keeps a value for this call, for a later hook (a timer sample, a span).
     *
     * @param name a name of the interceptor's choosing
     * @param value the value; {@code null} removes it
     */
    public void attribute(String name, Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    void attemptStarted(int attempt) {
        this.attempts = attempt;
    }

    void ended(RpcResponse response, ImsException error) {
        this.response = response;
        this.error = error;
        this.endNanos = System.nanoTime();
    }

    @Override
    public String toString() {
        return "CallContext(" + product + " " + action + ", attempts=" + attempts + ")";
    }
}
