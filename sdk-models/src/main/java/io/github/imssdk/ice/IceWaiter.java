package io.github.imssdk.ice;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.ice.model.GetMediaConvertJobRequest;
import io.github.imssdk.ice.model.MediaConvertJob;

/**
 * Waits for long-running work by polling, with backoff and an overall timeout.
 *
 * <pre>{@code
 * WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(jobId,
 *     WaiterOptions.builder().timeout(Duration.ofMinutes(20))
 *         .progressListener(j -> log.info("{} {}%", j.stateAsString(), j.percent())).build());
 * if (r.succeeded()) { ... r.value().outputDetails() ... }
 * }</pre>
 */
public final class IceWaiter {
    private final IceClient ice;

    /** @param ice the client to poll with */
    public IceWaiter(IceClient ice) {
        this.ice = ice;
    }

    /**
     * Polls GetMediaConvertJob until the job succeeds, fails or is cancelled (every spelling the
     * service uses counts: Success/Complete/Finished, Failed/Error, Cancelled/Canceled), or the
     * timeout passes. States the SDK does not know are treated as "still going".
     *
     * @param jobId the job
     * @param options polling and timeout
     * @return how the wait ended, with the last job seen
     * @throws io.github.imssdk.core.exception.ImsServiceException when a poll fails (e.g. JobNotFound)
     * @throws ImsClientException when interrupted
     */
    public WaiterResult<MediaConvertJob> waitForMediaConvertJob(String jobId, WaiterOptions options) {
        MediaConvertJobPolling polling = new MediaConvertJobPolling(options);
        while (true) {
            MediaConvertJob job = ice.getMediaConvertJob(GetMediaConvertJobRequest.builder().jobId(jobId).build()).job();
            WaiterResult<MediaConvertJob> done = polling.afterPoll(job);
            if (done != null) {
                return done;
            }
            try {
                Thread.sleep(polling.nextDelayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ImsClientException("interrupted while waiting for media-convert job " + jobId, e);
            }
        }
    }

    /**
     * {@link #waitForMediaConvertJob(String, WaiterOptions)} with {@link WaiterOptions#defaults()}.
     *
     * @param jobId the job
     * @return how the wait ended
     */
    public WaiterResult<MediaConvertJob> waitForMediaConvertJob(String jobId) {
        return waitForMediaConvertJob(jobId, WaiterOptions.defaults());
    }
}
