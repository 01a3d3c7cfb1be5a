package io.github.imssdk.core;

import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The adaptive send rate on a clock the test owns: off until throttled, down by 30%, back up along the cubic. */
class AdaptiveRateLimiterTest {
    private final long[] now = {0};
    private final AdaptiveRateLimiter limiter = new AdaptiveRateLimiter(() -> now[0]);

    private void answers(int count, long everyMillis, boolean throttled) {
        for (int i = 0; i < count; i++) {
            now[0] += TimeUnit.MILLISECONDS.toNanos(everyMillis);
            limiter.onAnswer(throttled);
        }
    }

    @Test
    void offUntilTheFirstThrottlingAnswer() {
        answers(60, 50, false); // 20 a second for three seconds
        assertThat(limiter.enabled()).isFalse();
        assertThat(limiter.reserveNanos()).isZero();
        assertThat(limiter.measuredRate()).isCloseTo(20, within(2.0));
    }

    @Test
    void aThrottlingAnswerCutsTheRateTo70PercentOfTheMeasuredOne() {
        answers(60, 50, false);
        answers(1, 50, true);
        assertThat(limiter.enabled()).isTrue();
        assertThat(limiter.fillRate()).isCloseTo(0.7 * limiter.measuredRate(), within(1e-9));
        // the bucket holds at most one second's worth: past it, callers queue, each waiting longer
        // than the one before, and a cancelled turn is given back
        int atOnce = 0;
        long first;
        while ((first = limiter.reserveNanos()) == 0) {
            atOnce++;
        }
        assertThat(atOnce).isLessThanOrEqualTo((int) Math.ceil(limiter.fillRate()));
        long second = limiter.reserveNanos();
        assertThat(second).isGreaterThan(first);
        limiter.cancel();
        assertThat(limiter.reserveNanos()).isEqualTo(second);
    }

    @Test
    void otherAnswersRaiseTheRateAgain() {
        answers(60, 50, false);
        answers(1, 50, true);
        double throttledRate = limiter.fillRate();
        answers(100, 100, false); // ten seconds of answers without throttling
        assertThat(limiter.fillRate()).isGreaterThan(throttledRate);
        // and a second throttling answer cuts it again
        double before = limiter.fillRate();
        answers(1, 100, true);
        assertThat(limiter.fillRate()).isLessThan(before);
    }
}
