package io.github.imssdk.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told to: the emulator's notion of time for job progress. Thread-safe.
 *
 * <pre>{@code
 * server.clock().advance(Duration.ofSeconds(30)); // media-convert jobs move on
 * }</pre>
 */
public final class VirtualClock extends Clock {
    private final AtomicReference<Instant> now;

    /** @param start the initial time */
    public VirtualClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    /**
     * @param d how far to move forward; not negative
     * @return the new time
     */
    public Instant advance(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("a virtual clock only moves forward");
        }
        return now.updateAndGet(t -> t.plus(d));
    }

    /** @param instant the new time */
    public void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.get();
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
        return "VirtualClock(" + now.get() + ")";
    }
}
