package io.github.imssdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.RefreshingCredentials;
import io.github.imssdk.core.internal.SystemSettings;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Temporary credentials served at a URL, as some platforms hand them out
 * ({@code ALIBABA_CLOUD_CREDENTIALS_URI}, or the {@code CredentialsURI} mode of the CLI
 * profile): a {@code GET} answered with JSON {@code {"Code": "Success", "AccessKeyId",
 * "AccessKeySecret", "SecurityToken", "Expiration"}}. Kept until shortly before they expire and
 * refreshed in the background while still valid (a failed refresh keeps them); redirects are
 * never followed, answers are read up to 64 KiB, and neither the answer nor the URL's query (it
 * may carry a token) ever reaches a message or a log line.
 *
 * <pre>{@code
 * CredentialsProvider p = UrlCredentialsProvider.create(URI.create("http://127.0.0.1:7002/credentials"));
 * }</pre>
 */
public final class UrlCredentialsProvider implements CredentialsProvider, AutoCloseable {
    private static final long MAX_ANSWER_BYTES = 64 * 1024;

    private final URI uri;
    private final SystemSettings settings;
    private final OkHttpClient http;
    private final RefreshingCredentials cache;

    private UrlCredentialsProvider(Builder b) {
        this.uri = b.uri;
        this.settings = b.settings;
        this.http = new OkHttpClient.Builder().connectTimeout(b.connectTimeout).readTimeout(b.readTimeout)
                .callTimeout(b.connectTimeout.plus(b.readTimeout).plusSeconds(1))
                .retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false).build();
        this.cache = new RefreshingCredentials("the credentials URI", this::fetch,
                b.clock != null ? b.clock : b.settings.clock(), b.refresher != null ? b.refresher : b.settings.refresher());
    }

    /**
     * @param uri an http or https URL that serves credentials
     * @return a provider of the credentials it serves
     */
    public static UrlCredentialsProvider create(URI uri) {
        return builder().uri(uri).build();
    }

    /**
     * @return a builder; without a URI the provider reads {@code ALIBABA_CLOUD_CREDENTIALS_URI}
     */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    private URI target() {
        if (uri != null) {
            return uri;
        }
        String env = settings.envNonBlank("ALIBABA_CLOUD_CREDENTIALS_URI");
        if (env == null) {
            throw new ImsClientException("ALIBABA_CLOUD_CREDENTIALS_URI is not set");
        }
        return checked(URI.create(env.trim()), "ALIBABA_CLOUD_CREDENTIALS_URI");
    }

    private static URI checked(URI u, String what) {
        String scheme = u.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || u.getHost() == null) {
            throw new ImsClientException(what + " is not an http(s) URL");
        }
        return u;
    }

    /** @return the URL without its query and fragment, which may carry a token */
    private static String shown(URI u) {
        return u.getScheme() + "://" + u.getHost() + (u.getPort() > 0 ? ":" + u.getPort() : "")
                + (u.getRawPath() == null ? "" : u.getRawPath());
    }

    private RefreshingCredentials.Fetched fetch() {
        URI target = target();
        String where = shown(target);
        String body;
        try (Response r = http.newCall(new Request.Builder().url(target.toString()).get().build()).execute()) {
            if (r.code() != 200) {
                throw new ImsClientException("the credentials URI " + where + " answered HTTP " + r.code());
            }
            body = bounded(r.body(), where);
        } catch (IOException e) {
            throw new ImsClientException("the credentials URI " + where + " is not reachable (" + e.getClass().getSimpleName()
                    + ")", e);
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (IOException e) {
            throw new ImsClientException("the credentials URI " + where + " answered something that is not JSON");
        }
        String code = Json.text(json, "Code");
        if (!"Success".equals(code)) {
            throw new ImsClientException("the credentials URI " + where + " answered Code=" + code);
        }
        String id = Json.text(json, "AccessKeyId");
        String secret = Json.text(json, "AccessKeySecret");
        String token = Json.text(json, "SecurityToken");
        String expiration = Json.text(json, "Expiration");
        if (id == null || secret == null || token == null || expiration == null) {
            throw new ImsClientException("the credentials URI " + where + " answered incomplete credentials "
                    + "(AccessKeyId, AccessKeySecret, SecurityToken and Expiration are required)");
        }
        try {
            return new RefreshingCredentials.Fetched(Credentials.create(id, secret, token), Instant.parse(expiration));
        } catch (DateTimeParseException e) {
            throw new ImsClientException("the credentials URI " + where + " answered an unreadable Expiration");
        }
    }

    private static String bounded(ResponseBody body, String where) throws IOException {
        BufferedSource source = body.source();
        if (!source.request(MAX_ANSWER_BYTES + 1)) {
            Buffer all = source.getBuffer();
            return all.readUtf8();
        }
        throw new ImsClientException("the credentials URI " + where + " answered more than " + MAX_ANSWER_BYTES + " bytes");
    }

    /** Releases the HTTP client's connections and threads; a fetch after this fails. */
    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Override
    public String toString() {
        return "UrlCredentialsProvider(" + (uri != null ? shown(uri) : "ALIBABA_CLOUD_CREDENTIALS_URI") + ")";
    }

    /** Builds a {@link UrlCredentialsProvider}. */
    public static final class Builder {
        private URI uri;
        private Duration connectTimeout = Duration.ofSeconds(5);
        private Duration readTimeout = Duration.ofSeconds(10);
        private Clock clock;
        private SystemSettings settings = SystemSettings.system();
        private Executor refresher;

        private Builder() {
        }

        /**
         * @param uri the http(s) URL that serves the credentials; default
         *     {@code ALIBABA_CLOUD_CREDENTIALS_URI}, read at each fetch
         * @return this builder
         */
        public Builder uri(URI uri) {
            this.uri = checked(Objects.requireNonNull(uri, "uri"), "the credentials URI");
            return this;
        }

        /**
         * @param timeout to connect (default 5 s)
         * @return this builder
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @param timeout for the answer (default 10 s)
         * @return this builder
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * @param clock the clock expirations are compared with (default the system's)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        Builder settings(SystemSettings settings) {
            this.settings = settings;
            return this;
        }

        /**
         * @param refresher runs the background refreshes (default: a daemon thread for each); a
         *     test can run them when it chooses
         * @return this builder
         */
        public Builder refresher(Executor refresher) {
            this.refresher = refresher;
            return this;
        }

        /** @return the provider */
        public UrlCredentialsProvider build() {
            return new UrlCredentialsProvider(this);
        }
    }
}
