package io.github.imssdk.ice;

import java.time.Duration;

/**
 * How a wait ended: the outcome, the last value seen, how many polls it took and how long.
 *
 * @param <T> what was polled, e.g. {@link io.github.imssdk.ice.model.MediaConvertJob}
 */
public final class WaiterResult<T> {
    /** How a wait ended. */
    public enum Outcome {
        /** The resource reached a successful terminal state. */
        SUCCEEDED,
        /** The resource reached a failed terminal state; see its code and message. */
        FAILED,
        /** The resource was cancelled. */
        CANCELLED,
        /** The timeout passed before a terminal state. */
        TIMED_OUT
    }

    private final Outcome outcome;
    private final T value;
    private final int attempts;
    private final Duration elapsed;

    WaiterResult(Outcome outcome, T value, int attempts, Duration elapsed) {
        this.outcome = outcome;
        this.value = value;
        this.attempts = attempts;
        this.elapsed = elapsed;
    }

    /** @return how the wait ended */
    public Outcome outcome() {
        return outcome;
    }

    /** @return whether it ended in success */
    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }

    /** @return the last value polled (for a timeout: the last non-terminal one) */
    public T value() {
        return value;
    }

    /** @return how many polls were made */
    public int attempts() {
        return attempts;
    }

    /** @return how long the wait took */
    public Duration elapsed() {
        return elapsed;
    }

    @Override
    public String toString() {
        return "WaiterResult(" + outcome + " after " + attempts + " polls, " + elapsed + ")";
    }
}
