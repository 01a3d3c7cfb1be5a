package io.github.imssdk.core;

import java.time.Duration;

/**
 * How a client re-sends a call, as one value: how many attempts (default 3), how long to wait
 * between them (exponential backoff with full jitter, {@code delay = random(0, min(maxDelay,
 * baseDelay * 2^(retry-1)))}, or the service's {@code x-acs-retry-after} / {@code Retry-After}
 * kept between the base and the maximum delay), which error answers are re-sent (a
 * {@link RetryClassifier}), and how many retries a client may spend when many calls fail (a
 * {@link RetryBudget}).
 *
 * <p>What is retried by default (never in a way that could submit a job twice):
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
    private final RetryClassifier classifier;
    private final RetryBudget budget;
    private final boolean adaptiveRateLimit;
    private final Backoff backoff;

    private RetryPolicy(Builder b) {
        this.adaptiveRateLimit = b.adaptiveRateLimit;
        this.backoff = b.backoff != null ? b.backoff : Backoff.fullJitter(b.baseDelay, b.maxDelay);
        this.maxAttempts = b.maxAttempts;
        this.baseDelay = b.baseDelay;
        this.maxDelay = b.maxDelay;
        this.classifier = b.classifier;
        this.budget = b.budget;
    }

    /**
     * @return 3 attempts, base delay 100 ms, delays capped at 20 s, the default classifier and
     *     retry budget
     */
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

    /** @return which error answers are re-sent (default {@link RetryClassifier#defaults()}) */
    public RetryClassifier classifier() {
        return classifier;
    }

    /** @return how many retries a client may spend (default {@link RetryBudget#defaultBudget()}) */
    public RetryBudget budget() {
        return budget;
    }

    /** @return whether a client slows its own sending down after throttling answers (default off) */
    public boolean adaptiveRateLimit() {
        return adaptiveRateLimit;
    }

    /**
     * @param retry which retry this is: 1 for the wait before the second attempt
     * @return the {@link #backoff()}'s delay in milliseconds
     */
    public long backoffMillis(int retry) {
        return Math.max(0, backoff.delayMillis(retry));
    }

    /** @return the wait before a retry when the service does not say (default full jitter from the base and maximum delay) */
    public Backoff backoff() {
        return backoff;
    }

    @Override
    public String toString() {
        return "RetryPolicy(maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
                + ", " + budget + (adaptiveRateLimit ? ", adaptive" : "") + ")";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 3;
        private Duration baseDelay = Duration.ofMillis(100);
        private Duration maxDelay = Duration.ofSeconds(20);
        private RetryClassifier classifier = RetryClassifier.defaults();
        private RetryBudget budget = RetryBudget.defaultBudget();
        private boolean adaptiveRateLimit;
        private Backoff backoff;

        private Builder() {
        }

        /**
         * @param classifier which error answers are re-sent; whatever it says, a request that may
         *     have been processed is re-sent only when it is idempotent
         * @return this builder
         */
        public Builder classifier(RetryClassifier classifier) {
            this.classifier = java.util.Objects.requireNonNull(classifier, "classifier");
            return this;
        }

        /**
         * @param budget how many retries a client may spend ({@link RetryBudget#unlimited()}: all
         *     the policy allows)
         * @return this builder
         */
        public Builder budget(RetryBudget budget) {
            this.budget = java.util.Objects.requireNonNull(budget, "budget");
            return this;
        }

        /**
         * @param backoff the wait before a retry when the service does not say; {@code null} for
         *     the default, {@link Backoff#fullJitter} from {@link #baseDelay} and {@link #maxDelay}
         * @return this builder
         */
        public Builder backoff(Backoff backoff) {
            this.backoff = backoff;
            return this;
        }

        /**
         * Adaptive throttling (default off): once the service throttles the client, the client
         * limits its own send rate (every action together), lowering it on each throttling answer
         * and raising it again with each other answer, along a cubic curve as TCP CUBIC (and AWS
         * SDK's adaptive retry mode) do. Turn it on when many clients or threads share one
         * account's per-API rate limit (a fleet of instances of one service): backing off one call
         * at a time keeps a fleet throttled, slowing down the sending does not. A call waits for
         * its turn without blocking an asynchronous caller's thread, and never past its whole-call
         * timeout (it fails instead, unsent).
         *
         * @param on whether to limit the send rate after throttling
         * @return this builder
         */
        public Builder adaptiveRateLimit(boolean on) {
            this.adaptiveRateLimit = on;
            return this;
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
