package io.github.imssdk.core;

/**
 * Observes, and may decorate, every call a client makes: before and after the call as a whole,
 * and before and after each of its attempts (a call is retried as {@link RetryPolicy} allows).
 * Register with {@link ClientBuilder#addInterceptor}; the interceptors of a client run in the
 * order they were added, at every hook.
 *
 * <pre>{@code
 * IceClient ice = IceClient.builder()
 *     .addInterceptor(new RpcInterceptor() {
 *         public void beforeAttempt(AttemptContext a) {
 *             a.addHeader("traceparent", currentTraceParent());   // propagated, not signed
 *         }
 *         public void afterCall(CallContext c) {
 *             log.info("{} {} in {} ms, {} attempt(s)", c.action(), c.succeeded() ? "ok" : c.errorCode(),
 *                 c.elapsed().toMillis(), c.attempts());
 *         }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>What a hook sees: the product, action and version, attempt numbers, the HTTP status, the
 * error code, the request id, timings, and the answer or exception. Never the credentials, a
 * signature or a security token, nor the request's parameters.
 *
 * <p>Hooks run on whichever thread runs the call (the caller's for a synchronous call; OkHttp's
 * or the client's threads for an asynchronous one) and must not block. A hook that throws fails
 * the call with an {@link io.github.imssdk.core.exception.ImsClientException} naming the
 * interceptor and the hook (its exception as the cause); a call that already failed keeps its
 * own error, the hook's exception added as suppressed. Nothing is sent after
 * {@code beforeCall} or {@code beforeAttempt} throws, and no retry follows an
 * {@code afterAttempt} that throws.
 */
public interface RpcInterceptor {
    /**
     * Before anything else of the call: before credentials, signing and the first attempt.
     *
     * @param call the call
     */
    default void beforeCall(CallContext call) {
    }

    /**
     * Before an attempt is handed to the HTTP client, after it was signed: headers added here
     * ({@link AttemptContext#addHeader}) go with it, outside the signature.
     *
     * @param attempt the attempt
     */
    default void beforeAttempt(AttemptContext attempt) {
    }

    /**
     * After an attempt ended: with an answer, an error, or a failure to get one; whether the call
     * is retried after it is {@link AttemptContext#willRetry()}. Runs for every attempt whose
     * {@link #beforeAttempt} returned.
     *
     * @param attempt the attempt
     */
    default void afterAttempt(AttemptContext attempt) {
    }

    /**
     * After the call ended, successfully or not, once per call (for a call refused before any
     * attempt, too).
     *
     * @param call the call
     */
    default void afterCall(CallContext call) {
    }
}
