package io.github.imssdk.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call the emulator received, as journalled: what was sent and how it was answered.
 * Secrets are not recorded: the signature and the security token are masked.
 */
public final class RecordedCall {
    private final String action;
    private final String httpMethod;
    private final String signatureVersion;
    private final String accessKeyId;
    private final Map<String, String> queryParams;
    private final Map<String, String> formParams;
    private final int status;
    private final String errorCode;
    private final String responseBody;

    RecordedCall(String action, String httpMethod, String signatureVersion, String accessKeyId,
                 Map<String, String> queryParams, Map<String, String> formParams, int status, String errorCode,
                 String responseBody) {
        this.action = action;
        this.httpMethod = httpMethod;
        this.signatureVersion = signatureVersion;
        this.accessKeyId = accessKeyId;
        this.queryParams = Collections.unmodifiableMap(new LinkedHashMap<>(queryParams));
        this.formParams = Collections.unmodifiableMap(new LinkedHashMap<>(formParams));
        this.status = status;
        this.errorCode = errorCode;
        this.responseBody = responseBody;
    }

    /** @return the API action, or {@code null} when none could be read */
    public String action() {
        return action;
    }

    /** @return GET or POST */
    public String httpMethod() {
        return httpMethod;
    }

    /** @return {@code V1}, {@code V3}, or {@code none} */
    public String signatureVersion() {
        return signatureVersion;
    }

    /** @return the AccessKey id that signed the call, or {@code null} */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the query parameters, decoded; {@code Signature} and {@code SecurityToken} masked */
    public Map<String, String> queryParams() {
        return queryParams;
    }

    /** @return the form body parameters, decoded */
    public Map<String, String> formParams() {
        return formParams;
    }

    /**
     * @param name a business parameter
     * @return its value from the query or the form body, or {@code null}
     */
    public String param(String name) {
        String v = formParams.get(name);
        return v != null ? v : queryParams.get(name);
    }

    /** @return the HTTP status answered, 0 for a dropped connection */
    public int status() {
        return status;
    }

    /** @return the error code answered, or {@code null} on success */
    public String errorCode() {
        return errorCode;
    }

    /** @return the body answered */
    public String responseBody() {
        return responseBody;
    }

    @Override
    public String toString() {
        return "RecordedCall(" + httpMethod + " " + action + " " + signatureVersion + " -> " + status
                + (errorCode != null ? " " + errorCode : "") + ")";
    }
}
