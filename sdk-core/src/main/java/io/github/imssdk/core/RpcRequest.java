package io.github.imssdk.core;

import io.github.imssdk.core.internal.Redactor;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One call of an Alibaba Cloud RPC-style API: the action, its version, the HTTP method, the
 * business parameters that go in the query string and those that go in the form body, and
 * whether the call may safely be repeated. Immutable.
 *
 * <p>Parameters whose value is {@code null} or empty are not sent (the official SDKs disagree on
 * how to sign empty values, so none are sent).
 *
 * <pre>{@code
 * RpcRequest r = RpcRequest.builder()
 *     .action("GetLiveTranscodeJob").version("2020-11-09")
 *     .method(HttpMethod.POST)
 *     .queryParam("JobId", jobId)
 *     .idempotent(true)
 *     .build();
 * }</pre>
 */
public final class RpcRequest {
    private final String action;
    private final String version;
    private final HttpMethod method;
    private final Map<String, String> query;
    private final Map<String, String> form;
    private final boolean idempotent;

    private RpcRequest(Builder b) {
        this.action = b.action;
        this.version = b.version;
        this.method = b.method;
        // The builder hands its maps over and copies them if it is changed afterwards.
        this.query = Collections.unmodifiableMap(b.query);
        this.form = Collections.unmodifiableMap(b.form);
        this.idempotent = b.idempotent != null ? b.idempotent : b.method == HttpMethod.GET;
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request's values */
    public Builder toBuilder() {
        Builder b = new Builder().action(action).version(version).method(method).idempotent(idempotent);
        b.query.putAll(query);
        b.form.putAll(form);
        return b;
    }

    /** @return the API action, e.g. {@code SubmitLiveTranscodeJob} */
    public String action() {
        return action;
    }

    /** @return the API version, e.g. {@code 2020-11-09} */
    public String version() {
        return version;
    }

    /** @return the HTTP method */
    public HttpMethod method() {
        return method;
    }

    /** @return business parameters for the query string, in insertion order; unmodifiable */
    public Map<String, String> queryParams() {
        return query;
    }

    /** @return business parameters for the form body, in insertion order; unmodifiable */
    public Map<String, String> formParams() {
        return form;
    }

    /**
     * @return whether repeating the call cannot change the outcome (reads, deletes, submits
     *     carrying a client token); only such calls are retried after they may have reached the
     *     service. Default: {@code true} for GET, {@code false} otherwise.
     */
    public boolean idempotent() {
        return idempotent;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof RpcRequest)) {
            return false;
        }
        RpcRequest r = (RpcRequest) o;
        return action.equals(r.action) && version.equals(r.version) && method == r.method
                && query.equals(r.query) && form.equals(r.form) && idempotent == r.idempotent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, version, method, query, form, idempotent);
    }

    @Override
    public String toString() {
        return "RpcRequest(" + method + " " + action + " " + version + ", query=" + Redactor.params(query)
                + ", form=" + Redactor.params(form) + ", idempotent=" + idempotent + ")";
    }

    /** Builds an {@link RpcRequest}; {@code action} and {@code version} are required. */
    public static final class Builder {
        private String action;
        private String version;
        private HttpMethod method = HttpMethod.POST;
        private Map<String, String> query = new LinkedHashMap<>();
        private Map<String, String> form = new LinkedHashMap<>();
        private boolean handedOver;
        private Boolean idempotent;

        private Builder() {
        }

        /**
         * @param action the API action
         * @return this builder
         */
        public Builder action(String action) {
            this.action = action;
            return this;
        }

        /**
         * @param version the API version
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * @param method the HTTP method (default POST)
         * @return this builder
         */
        public Builder method(HttpMethod method) {
            this.method = Objects.requireNonNull(method, "method");
            return this;
        }

        /**
         * @param name parameter name
         * @param value its value; {@code null} or empty means "not sent"
         * @return this builder
         */
        public Builder queryParam(String name, String value) {
            unshare();
            put(query, name, value);
            return this;
        }

        /**
         * @param name parameter name
         * @param value its value; {@code null} or empty means "not sent"
         * @return this builder
         */
        public Builder formParam(String name, String value) {
            unshare();
            put(form, name, value);
            return this;
        }

        private void unshare() {
            if (handedOver) {
                query = new LinkedHashMap<>(query);
                form = new LinkedHashMap<>(form);
                handedOver = false;
            }
        }

        /**
         * @param idempotent whether the call may be repeated after it may have reached the service
         * @return this builder
         */
        public Builder idempotent(boolean idempotent) {
            this.idempotent = idempotent;
            return this;
        }

        /**
         * @return the request
         * @throws IllegalArgumentException when action or version is missing, or a GET has form parameters
         */
        public RpcRequest build() {
            if (action == null || action.isEmpty()) {
                throw new IllegalArgumentException("action is required");
            }
            if (version == null || version.isEmpty()) {
                throw new IllegalArgumentException("version is required");
            }
            if (method == HttpMethod.GET && !form.isEmpty()) {
                throw new IllegalArgumentException("a GET request cannot carry form parameters");
            }
            RpcRequest r = new RpcRequest(this);
            handedOver = true;
            return r;
        }

        private static void put(Map<String, String> map, String name, String value) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("parameter name must not be null or empty");
            }
            if (value == null || value.isEmpty()) {
                map.remove(name);
            } else {
                map.put(name, value);
            }
        }
    }
}
