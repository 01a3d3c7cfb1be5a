package io.github.imssdk.core;

/**
 * How many retries a client may spend when many calls fail: a token bucket, one per client. A
 * retry takes {@code retryCost} tokens (none left: the call fails with its error instead of
 * retrying), a call that succeeds on its first attempt returns {@code successRefund}, up to
 * {@code capacity}. When most calls fail, retries stop adding load; as calls succeed again, they
 * resume. The retry after a clock correction is not counted.
 *
 * <pre>{@code
 * RetryPolicy p = RetryPolicy.builder().budget(RetryBudget.tokenBucket(100, 5, 1)).build();
 * }</pre>
 */
public final class RetryBudget {
    private static final RetryBudget DEFAULT = new RetryBudget(500, 5, 1);
    private static final RetryBudget UNLIMITED = new RetryBudget(0, 0, 0);

    private final int capacity;
    private final int retryCost;
    private final int successRefund;

    private RetryBudget(int capacity, int retryCost, int successRefund) {
        this.capacity = capacity;
        this.retryCost = retryCost;
        this.successRefund = successRefund;
    }

    /**
     * @param capacity the tokens a client starts with and holds at most
     * @param retryCost the tokens a retry takes
     * @param successRefund the tokens a call that succeeds at once gives back
     * @return the budget
     * @throws IllegalArgumentException when a value is not positive, or a retry costs more than the capacity
     */
    public static RetryBudget tokenBucket(int capacity, int retryCost, int successRefund) {
        if (capacity < 1 || retryCost < 1 || successRefund < 1 || retryCost > capacity) {
            throw new IllegalArgumentException("a retry budget needs a capacity, a retry cost and a refund of at least 1, "
                    + "and a cost no larger than the capacity (was " + capacity + ", " + retryCost + ", " + successRefund + ")");
        }
        return new RetryBudget(capacity, retryCost, successRefund);
    }

    /** @return the default: 500 tokens, 5 per retry, 1 back per call that succeeds at once (100 retries in a row) */
    public static RetryBudget defaultBudget() {
        return DEFAULT;
    }

    /** @return no budget: every retry the policy allows is made */
    public static RetryBudget unlimited() {
        return UNLIMITED;
    }

    /** @return whether retries are limited at all */
    public boolean isLimited() {
        return capacity > 0;
    }

    /** @return the tokens a client starts with and holds at most (0: unlimited) */
    public int capacity() {
        return capacity;
    }

    /** @return the tokens a retry takes */
    public int retryCost() {
        return retryCost;
    }

    /** @return the tokens a first-attempt success gives back */
    public int successRefund() {
        return successRefund;
    }

    /** @return a fresh bucket for one client */
    Bucket newBucket() {
        return new Bucket();
    }

    @Override
    public String toString() {
        return isLimited() ? "RetryBudget(capacity=" + capacity + ", retryCost=" + retryCost + ", successRefund="
                + successRefund + ")" : "RetryBudget(unlimited)";
    }

    /** One client's tokens; lock-free, and read-only while the bucket is full (the usual case). */
    final class Bucket {
        private final java.util.concurrent.atomic.AtomicInteger tokens = new java.util.concurrent.atomic.AtomicInteger(capacity);

        boolean tryTake() {
            if (!isLimited()) {
                return true;
            }
            while (true) {
                int t = tokens.get();
                if (t < retryCost) {
                    return false;
                }
                if (tokens.compareAndSet(t, t - retryCost)) {
                    return true;
                }
            }
        }

        void refund() {
            if (!isLimited()) {
                return;
            }
            while (true) {
                int t = tokens.get();
                if (t >= capacity) {
                    return;
                }
                if (tokens.compareAndSet(t, Math.min(capacity, t + successRefund))) {
                    return;
                }
            }
        }

        int tokens() {
            return tokens.get();
        }
    }
}
