package io.github.imssdk.core;

import java.util.function.LongSupplier;

/**
 * The client-side send rate of {@link RetryPolicy.Builder#adaptiveRateLimit(boolean)}: off until
 * the service first throttles the client, then a token bucket whose rate drops to 70% of the rate
 * measured when a throttling answer comes, and grows back along a cubic curve (as TCP CUBIC, and
 * as AWS SDK's adaptive retry mode) with every other answer, up to twice the measured rate.
 * Reservations may run into debt, so that each caller learns how long to wait without blocking
 * anyone (an asynchronous attempt is scheduled after its wait). Thread-safe.
 */
final class AdaptiveRateLimiter {
    private static final double MIN_FILL_RATE = 0.5;
    private static final double MIN_CAPACITY = 1.0;
    private static final double SMOOTH = 0.8;
    private static final double BETA = 0.7;
    private static final double SCALE_CONSTANT = 0.4;

    private final LongSupplier nanoTime;
    private final long origin;
    private double fillRate;
    private double maxCapacity;
    private double currentCapacity;
    private double lastTimestamp = -1;
    private boolean enabled;
    private double measuredTxRate;
    private double lastTxRateBucket;
    private long requestCount;
    private double lastMaxRate;
    private double lastThrottleTime;
    private double timeWindow;

    AdaptiveRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.origin = nanoTime.getAsLong();
        this.lastTxRateBucket = Math.floor(now());
    }

    private double now() {
        return (nanoTime.getAsLong() - origin) / 1e9;
    }

    /** @return how long the caller waits before sending, in nanoseconds (0: at once); a token is taken */
    synchronized long reserveNanos() {
        if (!enabled) {
            return 0;
        }
        refill();
        currentCapacity -= 1;
        return currentCapacity >= 0 ? 0 : (long) (-currentCapacity / fillRate * 1e9);
    }

    /** Gives back a token reserved for an attempt that is not made. */
    synchronized void cancel() {
        if (enabled) {
            currentCapacity = Math.min(maxCapacity, currentCapacity + 1);
        }
    }

    /** @param throttled whether the service's answer was a throttling one */
    synchronized void onAnswer(boolean throttled) {
        updateMeasuredRate();
        double calculated;
        if (throttled) {
            double rateToUse = enabled ? Math.min(measuredTxRate, fillRate) : measuredTxRate;
            lastMaxRate = rateToUse;
            timeWindow = Math.cbrt(lastMaxRate * (1 - BETA) / SCALE_CONSTANT);
            lastThrottleTime = now();
            calculated = rateToUse * BETA;
            enabled = true;
        } else {
            // timeWindow changes only with lastMaxRate, i.e. on a throttling answer
            calculated = SCALE_CONSTANT * Math.pow(now() - lastThrottleTime - timeWindow, 3) + lastMaxRate;
        }
        updateRate(Math.min(calculated, 2 * measuredTxRate));
    }

    private void refill() {
        double t = now();
        if (lastTimestamp < 0) {
            lastTimestamp = t;
            return;
        }
        currentCapacity = Math.min(maxCapacity, currentCapacity + (t - lastTimestamp) * fillRate);
        lastTimestamp = t;
    }

    private void updateRate(double newRps) {
        refill();
        fillRate = Math.max(newRps, MIN_FILL_RATE);
        maxCapacity = Math.max(newRps, MIN_CAPACITY);
        currentCapacity = Math.min(currentCapacity, maxCapacity);
    }

    private void updateMeasuredRate() {
        double t = now();
        double timeBucket = Math.floor(t * 2) / 2;
        requestCount++;
        if (timeBucket > lastTxRateBucket) {
            double currentRate = requestCount / (timeBucket - lastTxRateBucket);
            measuredTxRate = currentRate * SMOOTH + measuredTxRate * (1 - SMOOTH);
            requestCount = 0;
            lastTxRateBucket = timeBucket;
        }
    }

    synchronized boolean enabled() {
        return enabled;
    }

    synchronized double fillRate() {
        return fillRate;
    }

    synchronized double measuredRate() {
        return measuredTxRate;
    }
}
