package io.github.imssdk.ice;

import io.github.imssdk.ice.model.MediaConvertJob;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How a waiter polls: exponential backoff from {@link Builder#pollInterval} (default 2 s) by
 * {@link Builder#backoffMultiplier} (default 1.5) up to {@link Builder#maxPollInterval}
 * (default 30 s), giving up after {@link Builder#timeout} (default 30 minutes), calling the
 * {@link Builder#progressListener} after every poll.
 *
 * <pre>{@code
 * WaiterOptions o = WaiterOptions.builder()
 *     .timeout(Duration.ofMinutes(10))
 *     .progressListener(job -> log.info("{} {}%", job.stateAsString(), job.percent()))
 *     .build();
 * }</pre>
 */
public final class WaiterOptions {
    private final Duration pollInterval;
    private final Duration maxPollInterval;
    private final double backoffMultiplier;
    private final Duration timeout;
    private final Consumer<MediaConvertJob> progressListener;

    private WaiterOptions(Builder b) {
        this.pollInterval = b.pollInterval;
        this.maxPollInterval = b.maxPollInterval;
        this.backoffMultiplier = b.backoffMultiplier;
        this.timeout = b.timeout;
        this.progressListener = b.progressListener;
    }

    /** @return the defaults */
    public static WaiterOptions defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the first wait between polls */
    public Duration pollInterval() {
        return pollInterval;
    }

    /** @return the longest wait between polls */
    public Duration maxPollInterval() {
        return maxPollInterval;
    }

    /** @return how much each wait grows */
    public double backoffMultiplier() {
        return backoffMultiplier;
    }

    /** @return how long to wait in all */
    public Duration timeout() {
        return timeout;
    }

    /** @return called with the job after every poll; never {@code null} */
    public Consumer<MediaConvertJob> progressListener() {
        return progressListener;
    }

    /**
     * @param poll the number of the poll just made, from 1
     * @return how long to wait before the next poll
     */
    long delayMillis(int poll) {
        double d = pollInterval.toMillis() * Math.pow(backoffMultiplier, Math.max(0, poll - 1));
        return (long) Math.min(d, maxPollInterval.toMillis());
    }

    /** Builds {@link WaiterOptions}. */
    public static final class Builder {
        private Duration pollInterval = Duration.ofSeconds(2);
        private Duration maxPollInterval = Duration.ofSeconds(30);
        private double backoffMultiplier = 1.5;
        private Duration timeout = Duration.ofMinutes(30);
        private Consumer<MediaConvertJob> progressListener = job -> { };

        private Builder() {
        }

        /**
         * @param d the first wait between polls (default 2 s)
         * @return this builder
         */
        public Builder pollInterval(Duration d) {
            this.pollInterval = positive(d, "pollInterval");
            return this;
        }

        /**
         * @param d the longest wait between polls (default 30 s)
         * @return this builder
         */
        public Builder maxPollInterval(Duration d) {
            this.maxPollInterval = positive(d, "maxPollInterval");
            return this;
        }

        /**
         * @param m how much each wait grows, at least 1 (default 1.5)
         * @return this builder
         */
        public Builder backoffMultiplier(double m) {
            if (!(m >= 1.0)) {
                throw new IllegalArgumentException("backoffMultiplier must be at least 1");
            }
            this.backoffMultiplier = m;
            return this;
        }

        /**
         * @param d how long to wait in all (default 30 minutes)
         * @return this builder
         */
        public Builder timeout(Duration d) {
            this.timeout = positive(d, "timeout");
            return this;
        }

        /**
         * @param listener called with the job after every poll (state, percent, ...)
         * @return this builder
         */
        public Builder progressListener(Consumer<MediaConvertJob> listener) {
            this.progressListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /** @return the options */
        public WaiterOptions build() {
            return new WaiterOptions(this);
        }

        private static Duration positive(Duration d, String name) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return d;
        }
    }
}
