package io.github.imssdk.ice;

import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.ice.model.MediaConvertJobState;

import java.time.Duration;

/** What both waiters share: the terminal states of a media-convert job and the bookkeeping of one wait. */
final class MediaConvertJobPolling {
    final WaiterOptions options;
    final long startNanos = System.nanoTime();
    int polls;

    MediaConvertJobPolling(WaiterOptions options) {
        this.options = options;
    }

    /** @return the outcome for a terminal state (every spelling the service uses), else {@code null} */
    static WaiterResult.Outcome outcomeOf(MediaConvertJob job) {
        MediaConvertJobState s = job == null ? null : job.state();
        if (s == MediaConvertJobState.SUCCESS) {
            return WaiterResult.Outcome.SUCCEEDED;
        }
        if (s == MediaConvertJobState.FAILED) {
            return WaiterResult.Outcome.FAILED;
        }
        if (s == MediaConvertJobState.CANCELLED) {
            return WaiterResult.Outcome.CANCELLED;
        }
        return null;
    }

    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    long remainingMillis() {
        return options.timeout().toMillis() - elapsed().toMillis();
    }

    /** @return the result when the wait is over after this poll, else {@code null} */
    WaiterResult<MediaConvertJob> afterPoll(MediaConvertJob job) {
        polls++;
        options.progressListener().accept(job);
        WaiterResult.Outcome o = outcomeOf(job);
        if (o != null) {
            return new WaiterResult<>(o, job, polls, elapsed());
        }
        if (remainingMillis() <= 0) {
            return new WaiterResult<>(WaiterResult.Outcome.TIMED_OUT, job, polls, elapsed());
        }
        return null;
    }

    /** @return how long to wait before the next poll, never past the timeout */
    long nextDelayMillis() {
        return Math.max(0, Math.min(options.delayMillis(polls), remainingMillis()));
    }
}
