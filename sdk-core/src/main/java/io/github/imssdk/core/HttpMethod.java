package io.github.imssdk.core;

/** The HTTP methods RPC-style APIs use. */
public enum HttpMethod {
    /** Parameters only in the query string. */
    GET,
    /** Parameters in the query string and/or an {@code application/x-www-form-urlencoded} body. */
    POST
}
