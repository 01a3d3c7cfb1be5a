package io.github.imssdk.ice.callback;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.ice.internal.ResponseUnmarshaller;
import io.github.imssdk.ice.model.MediaConvertJob;

import java.time.Instant;

/**
 * {@code MediaConvertComplete}: a media-convert job finished. The documentation does not list
 * the message body's fields; it is read as the job (at the top level of the body, or under
 * {@code Job}), and stays available raw through {@link #messageBody()}.
 */
public final class MediaConvertCompleteEvent extends IceEvent {
    /** The event type. */
    public static final String TYPE = "MediaConvertComplete";

    private final MediaConvertJob job;

    MediaConvertCompleteEvent(Long userId, Instant time, String timeText, JsonNode body, String raw) {
        super(TYPE, userId, time, timeText, body, raw);
        this.job = ResponseUnmarshaller.mediaConvertJob(IceEvents.unwrap(body, "Job"));
    }

    /** @return the job as the event describes it: id, state, code, message, user data, outputs */
    public MediaConvertJob job() {
        return job;
    }
}
