package io.github.imssdk.core;

import io.github.imssdk.core.exception.ImsServiceException;

/**
 * Says which errors the service answers are re-sent: part of a {@link RetryPolicy}. Failures
 * without an answer are classified by the client itself: not one byte of the request written
 * means not processed; after that, maybe processed.
 *
 * <pre>{@code
 * // a code this API documents as "not processed", on top of the defaults
 * RetryClassifier mine = e -> "Busy.Pipeline".equals(e.errorCode())
 *     ? RetryClass.NOT_PROCESSED : RetryClassifier.defaults().classify(e);
 * RetryPolicy p = RetryPolicy.builder().classifier(mine).build();
 * }</pre>
 */
@FunctionalInterface
public interface RetryClassifier {
    /**
     * @param error the service's error answer
     * @return whether it is re-sent always, only when idempotent, or never
     */
    RetryClass classify(ImsServiceException error);

    /**
     * The documented rules (RELIABILITY.md): throttling (HTTP 429 and the {@code Throttling*}
     * codes), HTTP 503 and {@code ServiceUnavailable} are answered without processing the request;
     * HTTP 500, 502, 504 and {@code InternalError} may follow processing; everything else is final.
     *
     * @return the default classifier
     */
    static RetryClassifier defaults() {
        return e -> {
            if (e.isThrottling() || e.statusCode() == 503 || "ServiceUnavailable".equals(e.errorCode())) {
                return RetryClass.NOT_PROCESSED;
            }
            int s = e.statusCode();
            if (s == 500 || s == 502 || s == 504 || "InternalError".equals(e.errorCode())) {
                return RetryClass.MAYBE_PROCESSED;
            }
            return RetryClass.FINAL;
        };
    }
}
