package io.github.imssdk.core;

import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One attempt of a call as the {@link RpcInterceptor}s see it: the same object in
 * {@link RpcInterceptor#beforeAttempt} and {@link RpcInterceptor#afterAttempt}.
 */
public final class AttemptContext {
    private final CallContext call;
    private final int attempt;
    private final long startNanos = System.nanoTime();
    private final List<String> headers = new ArrayList<>(2);
    private volatile boolean sealed;
    private volatile long endNanos;
    private volatile Integer statusCode;
    private volatile RpcResponse response;
    private volatile ImsException error;
    private volatile boolean willRetry;

    AttemptContext(CallContext call, int attempt) {
        this.call = call;
        this.attempt = attempt;
    }

    /** @return the call this attempt belongs to */
    public CallContext call() {
        return call;
    }

    /** @return the attempt's number, from 1 */
    public int attempt() {
        return attempt;
    }

    /**
     * Adds a header to this attempt, e.g. for trace propagation. It is sent as given and is not
     * part of the signature. Only in {@link RpcInterceptor#beforeAttempt}.
     *
     * @param name the header name; not one the protocol sets ({@code Authorization},
     *     {@code Host}, {@code Content-Type}, {@code Content-Length}, {@code User-Agent},
     *     {@code Accept}, or any {@code x-acs-*})
     * @param value the value
     * @throws IllegalStateException outside {@code beforeAttempt}
     * @throws IllegalArgumentException for a name the protocol sets, or a name or value HTTP cannot carry
     */
    public void addHeader(String name, String value) {
        if (sealed) {
            throw new IllegalStateException("headers can only be added in beforeAttempt");
        }
        if (name == null || value == null) {
            throw new IllegalArgumentException("a header needs a name and a value");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("x-acs-") || lower.equals("authorization") || lower.equals("host")
                || lower.equals("content-type") || lower.equals("content-length") || lower.equals("user-agent")
                || lower.equals("accept")) {
            throw new IllegalArgumentException("the header " + name + " is set by the protocol, not by an interceptor");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == ':') {
                throw new IllegalArgumentException("a header name must be visible ASCII without ':' (" + name + ")");
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < ' ' && c != '\t') || c >= 0x7f) {
                throw new IllegalArgumentException("the value of header " + name + " has a character HTTP cannot carry"
                        + " at index " + i);
            }
        }
        headers.add(name);
        headers.add(value);
    }

    /** @return the time since the attempt started, or its duration once it ended */
    public Duration elapsed() {
        long end = endNanos;
        return Duration.ofNanos((end != 0 ? end : System.nanoTime()) - startNanos);
    }

    /** @return the HTTP status of the answer, or {@code null} when none came (I/O failure, timeout) */
    public Integer statusCode() {
        return statusCode;
    }

    /** @return whether the attempt got a successful answer */
    public boolean succeeded() {
        return response != null;
    }

    /** @return the attempt's error, or {@code null} */
    public ImsException error() {
        return error;
    }

    /** @return the service's error code when it answered an error, else {@code null} */
    public String errorCode() {
        return CallContext.errorCodeOf(error);
    }

    /** @return the request id of the answer or of the service's error, else {@code null} */
    public String requestId() {
        return CallContext.requestIdOf(response, error);
    }

    /** @return whether the call is retried after this attempt */
    public boolean willRetry() {
        return willRetry;
    }

    /** @return the headers added by interceptors, name and value alternating */
    List<String> addedHeaders() {
        return headers;
    }

    void seal() {
        sealed = true;
    }

    void ended(RpcResponse response, ImsException error, boolean willRetry) {
        this.response = response;
        this.error = error;
        this.willRetry = willRetry;
        if (response != null) {
            this.statusCode = response.statusCode();
        } else if (error instanceof ImsServiceException) {
            this.statusCode = ((ImsServiceException) error).statusCode();
        }
        this.endNanos = System.nanoTime();
    }

    @Override
    public String toString() {
        return "AttemptContext(" + call.action() + " attempt " + attempt + ")";
    }
}
