package io.github.imssdk.core.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a signer produces for one attempt: the query parameters to put in the URL (in the order
 * to send them), the headers to add, and the body bytes. Every header value has been checked to
 * hold only printable ASCII and tab (see {@link InvalidHeaderValueException}). Not part of the
 * public API.
 */
public final class SignedRequest {
    /** Content type of a form body. */
    public static final String FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";

    private final String method;
    private final Map<String, String> query;
    /** name, value, name, value, ... in sending order */
    private final String[] headers;
    private final byte[] body;
    private final String encodedQuery;

    SignedRequest(String method, Map<String, String> query, String[] headers, byte[] body, String encodedQuery) {
        this.method = method;
        this.query = query;
        this.headers = headers;
        this.body = body;
        this.encodedQuery = encodedQuery;
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the query parameters, unencoded, in sending order */
    public Map<String, String> query() {
        return Collections.unmodifiableMap(query);
    }

    /** @return the headers to send, including the signature header for V3, in sending order */
    public Map<String, String> headers() {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < headers.length; i += 2) {
            m.put(headers[i], headers[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** @return how many headers to send */
    public int headerCount() {
        return headers.length / 2;
    }

    /**
     * @param i from 0 to {@link #headerCount()} - 1, in sending order
     * @return the header's name
     */
    public String headerName(int i) {
        return headers[2 * i];
    }

    /**
     * @param i from 0 to {@link #headerCount()} - 1, in sending order
     * @return the header's value
     */
    public String headerValue(int i) {
        return headers[2 * i + 1];
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
