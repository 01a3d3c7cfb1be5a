package io.github.imssdk.ice.callback;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.Lenient;

/**
 * Parses IMS event notifications.
 *
 * <pre>{@code
 * IceEvent e = IceEvents.parse(requestBody);
 * if (e instanceof MediaConvertCompleteEvent) {
 *     MediaConvertJob job = ((MediaConvertCompleteEvent) e).job();
 * }
 * }</pre>
 */
public final class IceEvents {
    private IceEvents() {
    }

    /**
     * @param json the notification body (HTTP callback body or MNS message content)
     * @return the typed event, or a plain {@link IceEvent} for types this SDK does not model
     * @throws ImsClientException when the text is not a JSON object with an {@code EventType}
     */
    public static IceEvent parse(String json) {
        JsonNode n;
        try {
            n = Json.parse(json);
        } catch (Exception e) {
            throw new ImsClientException("the event notification is not JSON");
        }
        if (n == null || !n.isObject()) {
            throw new ImsClientException("the event notification is not a JSON object");
        }
        String type = Lenient.string(n, "EventType");
        if (type == null) {
            throw new ImsClientException("the event notification has no EventType");
        }
        Long user = Lenient.longValue(n, "UserId");
        String timeText = Lenient.string(n, "EventTime");
        java.time.Instant time = Lenient.parseInstant(timeText);
        JsonNode body = Lenient.object(n, "MessageBody");
        if (body == null) {
            body = JsonNodeFactory.instance.objectNode();
        }
        switch (type) {
            case MediaConvertCompleteEvent.TYPE:
                return new MediaConvertCompleteEvent(user, time, timeText, body, json);
            case MediaConvertOutputGroupCompleteEvent.TYPE:
                return new MediaConvertOutputGroupCompleteEvent(user, time, timeText, body, json);
            case MediaConvertOutputCompleteEvent.TYPE:
                return new MediaConvertOutputCompleteEvent(user, time, timeText, body, json);
            default:
                return new IceEvent(type, user, time, timeText, body, json);
        }
    }

    static JsonNode unwrap(JsonNode body, String wrapper) {
        JsonNode inner = Lenient.object(body, wrapper);
        return inner != null ? inner : body;
    }
}
