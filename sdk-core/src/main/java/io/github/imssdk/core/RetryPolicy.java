package io.github.imssdk.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many attempts a call may make and how long to wait between them: exponential backoff with
 * full jitter ({@code delay = random(0, min(maxDelay, baseDelay * 2^(retry-1)))}), or the
 * service's {@code x-acs-retry-after} when it sends one.
 *
 * <p>What is retried (never in a way that could submit a job twice):
 * <ul>
 *   <li>failures before the request was sent (connection refused, DNS, TLS handshake): always;</li>
 *   <li>throttling (HTTP 429, {@code Throttling*} codes) and HTTP 503 / {@code ServiceUnavailable},
 *       which the service answers without processing the request: always;</li>
 *   <li>outcomes after which the request may have been processed (read timeout, connection reset
 *       after sending, HTTP 500/502/504, {@code InternalError}): only for requests marked
 *       {@linkplain RpcRequest#idempotent() idempotent}, e.g. reads, or submits carrying a
 *       {@code ClientToken}.</li>
 * </ul>
 * Every attempt is signed afresh (new nonce and timestamp). The client's whole-call timeout
 * bounds all attempts and waits together.
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.builder().maxAttempts(5).baseDelay(Duration.ofMillis(200)).build();
 * }</pre>
 */
public final class RetryPolicy {
    private static final RetryPolicy DEFAULT = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
    }

    /** @return 3 attempts, base delay 100 ms, delays capped at 20 s */
    public static RetryPolicy defaultPolicy() {
        return DEFAULT;
    }

    /** @return a policy that makes exactly one attempt */
    public static RetryPolicy none() {
        return NONE;
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the total number of attempts allowed, first included (default 3) */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** @return the backoff base (default 100 ms) */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** @return the cap on any single delay (default 20 s) */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * @param retry which retry this is: 1 for the wait before the second attempt
     * @return a full-jitter delay in milliseconds
     */
    public long backoffMillis(int retry) {
        long base = baseDelay.toMillis();
        long cap = maxDelay.toMillis();
        int shift = Math.min(Math.max(retry - 1, 0), 30);
        long ceiling = Math.min(cap, base << shift);
        if (ceiling <= 0) {
            return 0;
        }
        return ThreadLocalRandom.current().nextLong(ceiling + 1);
    }

    @Override
    public String toString() {
        return "RetryPolicy(maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + ")";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);

        private Builder() {
        }

        /**
         * @param maxAttempts total attempts, at least 1 (default 3)
         * @return this builder
         */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /**
         * @param baseDelay backoff base, not negative (default 100 ms)
         * @return this builder
         */
        public Builder baseDelay(Duration baseDelay) {
            if (baseDelay == null || baseDelay.isNegative()) {
                throw new IllegalArgumentException("baseDelay must not be null or negative");
            }
            this.baseDelay = baseDelay;
            return this;
        }

        /**
         * @param maxDelay cap on any single delay, not negative (default 20 s)
         * @return this builder
         */
        public Builder maxDelay(Duration maxDelay) {
            if (maxDelay == null || maxDelay.isNegative()) {
                throw new IllegalArgumentException("maxDelay must not be null or negative");
            }
            this.maxDelay = maxDelay;
            return this;
        }

        /** @return the policy */
        public RetryPolicy build() {
            return new RetryPolicy(this);
        }
    }
}
