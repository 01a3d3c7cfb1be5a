package io.github.imssdk.core.exception;

import java.util.Locale;

/**
 * The service answered with an error. Carries the HTTP status and, when the body was the usual
 * JSON error envelope, its {@code Code}, {@code Message}, {@code RequestId}, {@code HostId} and
 * {@code Recommend}. When the body was not JSON (an HTML gateway page, an empty body) the
 * status is kept and {@link #errorCode()} is {@code null}.
 *
 * <p>The message ends with {@code (Service: ice, Status: 400, Code: InvalidParameter,
 * RequestId: …)}. Key your handling on {@link #errorCode()}: the HTTP status that goes with a
 * code differs between Alibaba Cloud products.
 */
public class ImsServiceException extends ImsException {
    private static final long serialVersionUID = 1L;

    /** @serial the product code, e.g. {@code ice} */
    private final String service;
    /** @serial the HTTP status */
    private final int statusCode;
    /** @serial the service's error code */
    private final String errorCode;
    /** @serial the service's error message */
    private final String errorMessage;
    /** @serial the request id, or {@code null} */
    private final String requestId;
    /** @serial the host id, or {@code null} */
    private final String hostId;
    /** @serial the diagnosis link, or {@code null} */
    private final String recommend;
    /** @serial the retry-after hint in ms as sent, or {@code null} */
    private final String retryAfter;

    /**
     * @param service the product code, e.g. {@code ice}
     * @param statusCode the HTTP status
     * @param errorCode the {@code Code} from the body, or {@code null}
     * @param errorMessage the {@code Message} from the body, or a description of a non-JSON body
     * @param requestId the request id from the body or headers, or {@code null}
     * @param hostId the {@code HostId} from the body, or {@code null}
     * @param recommend the {@code Recommend} diagnosis URL, or {@code null}
     * @param retryAfter the {@code x-acs-retry-after} header value, or {@code null}
     */
    public ImsServiceException(String service, int statusCode, String errorCode, String errorMessage,
                               String requestId, String hostId, String recommend, String retryAfter) {
        super(message(service, statusCode, errorCode, errorMessage, requestId), null);
        this.service = service;
        this.statusCode = statusCode;
        this.errorCode = errorCode;
        this.errorMessage = errorMessage;
        this.requestId = requestId;
        this.hostId = hostId;
        this.recommend = recommend;
        this.retryAfter = retryAfter;
    }

    /** @return the product code of the service that answered, e.g. {@code ice} */
    public String service() {
        return service;
    }

    /** @return the HTTP status code */
    public int statusCode() {
        return statusCode;
    }

    /** @return the error {@code Code}, e.g. {@code InvalidParameter}; {@code null} for a non-JSON body */
    public String errorCode() {
        return errorCode;
    }

    /** @return the error {@code Message}, or a short description of a non-JSON body */
    public String errorMessage() {
        return errorMessage;
    }

    /** @return the request id, for support tickets; may be {@code null} */
    public String requestId() {
        return requestId;
    }

    /** @return the {@code HostId} of the answering endpoint; may be {@code null} */
    public String hostId() {
        return hostId;
    }

    /** @return the {@code Recommend} diagnosis URL; may be {@code null} */
    public String recommend() {
        return recommend;
    }

    /** @return the raw {@code x-acs-retry-after} header (milliseconds), or {@code null} */
    public String retryAfter() {
        return retryAfter;
    }

    /**
     * @return whether the service throttled the call: HTTP 429, or a code starting with
     *     {@code Throttling} (also {@code Throttling.User}, {@code Throttling.Api})
     */
    public boolean isThrottling() {
        return statusCode == 429 || (errorCode != null && errorCode.toLowerCase(Locale.ROOT).startsWith("throttling"));
    }

    private static String message(String service, int status, String code, String message, String requestId) {
        String text = message == null || message.isEmpty() ? "The service returned an error" : message;
        return text + " (Service: " + service + ", Status: " + status + ", Code: " + code
                + ", RequestId: " + requestId + ")";
    }
}
