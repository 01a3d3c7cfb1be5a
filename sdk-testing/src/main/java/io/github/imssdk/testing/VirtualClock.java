package io.github.imssdk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's notion of time for job progress. Thread-safe. A frozen clock moves only when
 * told to; a {@linkplain #running running} one also moves by itself, faster than real time, so
 * that code polling in real time (a waiter) sees jobs progress.
 *
 * <pre>{@code
 * server.clock().advance(Duration.ofSeconds(30));            // media-convert jobs move on
 * IceMockServer.builder().clock(VirtualClock.running(Instant.now(), 60)).start(); // a minute per second
 * }</pre>
 */
public final class VirtualClock extends Clock {
    private final AtomicReference<Instant> now;
    private final double rate;
    private final long startNanos = System.nanoTime();

    /** @param start the initial time; the clock is frozen until advanced */
    public VirtualClock(Instant start) {
        this(start, 0);
    }

    private VirtualClock(Instant start, double rate) {
        this.now = new AtomicReference<>(start);
        this.rate = rate;
    }

    /**
     * @param start the initial time
     * @param rate virtual seconds per real second, e.g. 60; not negative
     * @return a clock that also moves by itself
     */
    public static VirtualClock running(Instant start, double rate) {
        if (!(rate >= 0)) {
            throw new IllegalArgumentException("rate must not be negative");
        }
        return new VirtualClock(start, rate);
    }

    /**
     * @param d how far to move forward; not negative
     * @return the new time
     */
    public Instant advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a virtual clock only moves forward");
        }
        now.updateAndGet(t -> t.plus(d));
        return instant();
    }

    /** @param instant the new time */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        Instant base = now.get();
        if (rate == 0) {
            return base;
        }
        return base.plusNanos((long) ((System.nanoTime() - startNanos) * rate));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public String toString() {
        return "VirtualClock(" + instant() + (rate == 0 ? ", frozen)" : ", x" + rate + ")");
    }
}
