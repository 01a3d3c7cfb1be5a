package io.github.imssdk.core.testsupport;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wall-clock checks for tests whose behaviour is a time bound (a timeout, a server-requested
 * delay). The suite runs on starved machines too, so a bound is asserted against the configured
 * value: strictly on the fast side (it must not fire early) and with {@link #SLACK} on the slow
 * side (it must fire, but a busy machine may be late). Speed is measured in the benchmarks,
 * never here.
 */
public final class Elapsed {
    /** How late a timeout may fire on a starved machine and still count as having fired. */
    public static final Duration SLACK = Duration.ofSeconds(15);

    private final long startNanos = System.nanoTime();

    private Elapsed() {
    }

    /** @return a stopwatch started now */
    public static Elapsed start() {
        return new Elapsed();
    }

    /** @return the time since {@link #start()} */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Asserts that at least {@code configured} has passed: what was set up to wait did wait. */
    public Duration assertAtLeast(Duration configured) {
        Duration d = elapsed();
        assertThat(d).as("elapsed, against the configured %s", configured).isGreaterThanOrEqualTo(configured);
        return d;
    }

    /** Asserts that the configured bound held: at most {@code configured} plus {@link #SLACK}. */
    public Duration assertAtMost(Duration configured) {
        Duration d = elapsed();
        assertThat(d).as("elapsed, against the configured bound %s (+ %s slack)", configured, SLACK)
                .isLessThanOrEqualTo(configured.plus(SLACK));
        return d;
    }

    /** Both: a timeout of {@code configured} fired neither early nor never. */
    public Duration assertAround(Duration configured) {
        assertAtLeast(configured);
        return assertAtMost(configured);
    }
}
