package io.github.imssdk.ice.callback;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.ice.internal.ResponseUnmarshaller;
import io.github.imssdk.core.internal.Lenient;
import io.github.imssdk.ice.model.MediaConvertOutputGroupDetail;

import java.time.Instant;

/**
 * {@code MediaConvertOutputGroupComplete}: one output group of a media-convert job finished. The
 * body is read as the group detail (top level or under {@code OutputGroupDetail}) and the job id.
 */
public final class MediaConvertOutputGroupCompleteEvent extends IceEvent {
    /** The event type. */
    public static final String TYPE = "MediaConvertOutputGroupComplete";

    private final String jobId;
    private final MediaConvertOutputGroupDetail outputGroup;

    MediaConvertOutputGroupCompleteEvent(Long userId, Instant time, String timeText, JsonNode body, String raw) {
        super(TYPE, userId, time, timeText, body, raw);
        this.jobId = Lenient.string(body, "JobId");
        this.outputGroup = ResponseUnmarshaller.mediaConvertOutputGroupDetail(IceEvents.unwrap(body, "OutputGroupDetail"));
    }

    /** @return the job id, or {@code null} */
    public String jobId() {
        return jobId;
    }

    /** @return the finished group */
    public MediaConvertOutputGroupDetail outputGroup() {
        return outputGroup;
    }
}
