package io.github.imssdk.ice.callback;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.ice.internal.ResponseUnmarshaller;
import io.github.imssdk.core.internal.Lenient;
import io.github.imssdk.ice.model.MediaConvertOutputDetail;

import java.time.Instant;

/**
 * {@code MediaConvertOutputComplete}: one output of a media-convert job finished. The body is read
 * as the output detail (top level or under {@code OutputDetail}) and the job id.
 */
public final class MediaConvertOutputCompleteEvent extends IceEvent {
    /** The event type. */
    public static final String TYPE = "MediaConvertOutputComplete";

    private final String jobId;
    private final MediaConvertOutputDetail output;

    MediaConvertOutputCompleteEvent(Long userId, Instant time, String timeText, JsonNode body, String raw) {
        super(TYPE, userId, time, timeText, body, raw);
        this.jobId = Lenient.string(body, "JobId");
        this.output = ResponseUnmarshaller.mediaConvertOutputDetail(IceEvents.unwrap(body, "OutputDetail"));
    }

    /** @return the job id, or {@code null} */
    public String jobId() {
        return jobId;
    }

    /** @return the finished output */
    public MediaConvertOutputDetail output() {
        return output;
    }
}
