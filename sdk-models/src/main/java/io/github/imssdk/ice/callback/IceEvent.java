package io.github.imssdk.ice.callback;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * An IMS event notification, as delivered to an HTTP callback or an MNS queue:
 * {@code {"EventType", "UserId", "EventTime", "MessageBody"}}. Events this SDK has a type for are
 * subclasses ({@link MediaConvertCompleteEvent}, ...); any other event is an {@code IceEvent}
 * keeping its message body as JSON text. Parse with {@link IceEvents#parse(String)}.
 */
public class IceEvent {
    private final String eventType;
    private final Long userId;
    private final Instant eventTime;
    private final String eventTimeAsString;
    private final String messageBody;
    private final String rawJson;

    IceEvent(String eventType, Long userId, Instant eventTime, String eventTimeAsString, JsonNode messageBody,
             String rawJson) {
        this.eventType = eventType;
        this.userId = userId;
        this.eventTime = eventTime;
        this.eventTimeAsString = eventTimeAsString;
        this.messageBody = messageBody.toString();
        this.rawJson = rawJson;
    }

    /** @return the event type, e.g. {@code MediaConvertComplete} */
    public final String eventType() {
        return eventType;
    }

    /** @return the Alibaba Cloud account id, or {@code null} */
    public final Long userId() {
        return userId;
    }

    /** @return when the event happened, or {@code null} when absent or unreadable */
    public final Instant eventTime() {
        return eventTime;
    }

    /** @return the raw {@code EventTime} text */
    public final String eventTimeAsString() {
        return eventTimeAsString;
    }

    /**
     * @return the message body as JSON text ({@code {}} when absent), for event types this SDK
     *     has no class for; read it with the JSON library of your choice
     */
    public final String messageBody() {
        return messageBody;
    }

    /** @return the whole notification as received */
    public final String rawJson() {
        return rawJson;
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof IceEvent && o.getClass() == getClass() && rawJson.equals(((IceEvent) o).rawJson);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(getClass(), rawJson);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(EventType=" + eventType + ", UserId=" + userId + ", EventTime="
                + eventTimeAsString + ")";
    }
}
