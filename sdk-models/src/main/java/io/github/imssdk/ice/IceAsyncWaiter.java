package io.github.imssdk.ice;

import io.github.imssdk.ice.model.GetMediaConvertJobRequest;
import io.github.imssdk.ice.model.MediaConvertJob;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The asynchronous waiter: the same polling as {@link IceWaiter}, with no thread blocked while
 * waiting (the waits are scheduled). Cancelling the returned future stops the polling.
 */
public final class IceAsyncWaiter {
    private static volatile ScheduledExecutorService shared;

    private final IceAsyncClient ice;
    private final ScheduledExecutorService scheduler;

    /**
     * @param ice the client to poll with
     * @param scheduler where the waits between polls are scheduled
     */
    public IceAsyncWaiter(IceAsyncClient ice, ScheduledExecutorService scheduler) {
        this.ice = ice;
        this.scheduler = scheduler;
    }

    /** @return one daemon scheduler for waiters of clients that bring none */
    static ScheduledExecutorService sharedScheduler() {
        ScheduledExecutorService s = shared;
        if (s == null) {
            synchronized (IceAsyncWaiter.class) {
                s = shared;
                if (s == null) {
                    s = Executors.newSingleThreadScheduledExecutor(r -> {
                        Thread t = new Thread(r, "ims-sdk-waiter");
                        t.setDaemon(true);
                        return t;
                    });
                    shared = s;
                }
            }
        }
        return s;
    }

    /**
     * @param jobId the job
     * @param options polling and timeout
     * @return a future of how the wait ended; completed exceptionally when a poll fails
     * @see IceWaiter#waitForMediaConvertJob(String, WaiterOptions)
     */
    public CompletableFuture<WaiterResult<MediaConvertJob>> waitForMediaConvertJob(String jobId, WaiterOptions options) {
        CompletableFuture<WaiterResult<MediaConvertJob>> result = new CompletableFuture<>();
        poll(jobId, new MediaConvertJobPolling(options), result);
        return result;
    }

    /**
     * @param jobId the job
     * @return a future of how the wait ended, with {@link WaiterOptions#defaults()}
     */
    public CompletableFuture<WaiterResult<MediaConvertJob>> waitForMediaConvertJob(String jobId) {
        return waitForMediaConvertJob(jobId, WaiterOptions.defaults());
    }

    private void poll(String jobId, MediaConvertJobPolling polling, CompletableFuture<WaiterResult<MediaConvertJob>> result) {
        if (result.isDone()) {
            return;
        }
        ice.getMediaConvertJob(GetMediaConvertJobRequest.builder().jobId(jobId).build()).whenComplete((r, t) -> {
            if (t != null) {
                result.completeExceptionally(t instanceof CompletionException && t.getCause() != null ? t.getCause() : t);
                return;
            }
            try {
                WaiterResult<MediaConvertJob> done = polling.afterPoll(r.job());
                if (done != null) {
                    result.complete(done);
                } else if (!result.isDone()) {
                    scheduler.schedule(() -> poll(jobId, polling, result), polling.nextDelayMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }
}
