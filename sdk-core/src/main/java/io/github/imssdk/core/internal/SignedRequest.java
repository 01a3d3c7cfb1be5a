package io.github.imssdk.core.internal;

import java.util.Collections;
import java.util.Map;

/**
 * What a signer produces for one attempt: the query parameters to put in the URL (in the order
 * to send them), the headers to add, and the body bytes. Not part of the public API.
 */
public final class SignedRequest {
    /** Content type of a form body. */
    public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final String method;
    private final Map<String, String> query;
    private final Map<String, String> headers;
    private final byte[] body;
    private final String encodedQuery;

    SignedRequest(String method, Map<String, String> query, Map<String, String> headers, byte[] body,
                  String encodedQuery) {
        this.method = method;
        this.query = Collections.unmodifiableMap(query);
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body;
        this.encodedQuery = encodedQuery;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the query parameters, unencoded, in sending order */
    public Map<String, String> query() {
        return query;
    }

    /** @return the headers to send, including the signature header for V3 */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return the body bytes ({@code application/x-www-form-urlencoded}); empty when there is no body */
    public byte[] body() {
        return body;
    }

    /** @return the query string, percent-encoded, without the leading {@code ?}; empty when none */
    public String encodedQuery() {
        return encodedQuery;
    }
}
