package io.github.imssdk.core;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long a client waits before a retry, when the service did not say: part of a
 * {@link RetryPolicy}. (When it says, with {@code x-acs-retry-after} or {@code Retry-After}, the
 * client waits that long, kept between the policy's base and maximum delay.)
 */
@FunctionalInterface
public interface Backoff {
    /**
     * @param retry which retry: 1 for the wait before the second attempt
     * @return the wait in milliseconds, 0 or more
     */
    long delayMillis(int retry);

    /**
     * Exponential backoff with full jitter, the default: a random wait between 0 and
     * {@code min(max, base * 2^(retry-1))}.
     *
     * @param base the first ceiling
     * @param max the largest ceiling
     * @return the backoff
     */
    static Backoff fullJitter(Duration base, Duration max) {
        long b = base.toMillis();
        long cap = max.toMillis();
        return retry -> {
            int shift = Math.min(Math.max(retry - 1, 0), 30);
            long ceiling = Math.min(cap, b << shift);
            return ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
        };
    }
}
