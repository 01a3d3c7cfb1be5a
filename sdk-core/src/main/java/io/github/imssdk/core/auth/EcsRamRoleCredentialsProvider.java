package io.github.imssdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.RefreshingCredentials;
import io.github.imssdk.core.internal.SystemSettings;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Temporary credentials of the RAM role attached to the ECS instance, from the instance metadata
 * service ({@code http://100.100.100.200}).
 *
 * <p>Uses IMDSv2: a session token is first requested with {@code PUT /latest/api/token} and
 * header {@code X-aliyun-ecs-metadata-token-ttl-seconds: 21600}, then sent as
 * {@code X-aliyun-ecs-metadata-token}. If the token cannot be had the provider falls back to
 * IMDSv1 unless {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true}. The role name is
 * {@link Builder#roleName}, else {@code ALIBABA_CLOUD_ECS_METADATA}, else discovered from the
 * metadata service. Credentials are cached until shortly before they expire and refreshed in the
 * background while still valid (callers never wait for it); a failed refresh keeps them. Connect and read timeouts
 * are 1 second. Disabled by {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}.
 */
public final class EcsRamRoleCredentialsProvider implements CredentialsProvider, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EcsRamRoleCredentialsProvider.class);
    private static final String DEFAULT_ENDPOINT = "http://100.100.100.200";

    private final SystemSettings settings;
    private final String configuredRole;
    private final String endpoint;
    private final Object lock = new Object();
    private final RefreshingCredentials cache;
    private volatile OkHttpClient http;
    private boolean closed;

    private EcsRamRoleCredentialsProvider(Builder b) {
        this.settings = b.settings;
        this.configuredRole = b.roleName;
        this.endpoint = b.endpoint;
        this.cache = new RefreshingCredentials("the ECS RAM role", this::fetch,
                b.clock != null ? b.clock : b.settings.clock(), b.refresher != null ? b.refresher : b.settings.refresher());
    }

    /** @return a provider that discovers the role name */
    public static EcsRamRoleCredentialsProvider create() {
        return builder().build();
    }

    /** @return a builder; every setting is optional */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    private RefreshingCredentials.Fetched fetch() {
        if (settings.envTrue("ALIBABA_CLOUD_ECS_METADATA_DISABLED")) {
            throw new ImsClientException("disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true");
        }
        String token = metadataToken();
        String role = configuredRole;
        if (role == null || role.isEmpty()) {
            role = settings.envNonBlank("ALIBABA_CLOUD_ECS_METADATA");
        }
        if (role == null) {
            String list = get("/latest/meta-data/ram/security-credentials/", token).trim();
            int nl = list.indexOf('\n');
            role = (nl < 0 ? list : list.substring(0, nl)).trim();
            if (role.isEmpty()) {
                throw new ImsClientException("the ECS metadata service lists no RAM role for this instance");
            }
        }
        String body = get("/latest/meta-data/ram/security-credentials/" + role, token);
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (IOException e) {
            throw new ImsClientException("the ECS metadata service returned unreadable credentials for role " + role);
        }
        if (!"Success".equals(Json.text(json, "Code"))) {
            throw new ImsClientException("the ECS metadata service answered Code=" + Json.text(json, "Code")
                    + " for role " + role);
        }
        String id = Json.text(json, "AccessKeyId");
        String secret = Json.text(json, "AccessKeySecret");
        String sts = Json.text(json, "SecurityToken");
        String expiration = Json.text(json, "Expiration");
        if (id == null || secret == null || expiration == null) {
            throw new ImsClientException("the ECS metadata service returned incomplete credentials for role " + role);
        }
        Instant expires;
        try {
            expires = Instant.parse(expiration);
        } catch (DateTimeParseException e) {
            throw new ImsClientException("the ECS metadata service returned an unreadable Expiration: " + expiration);
        }
        LOG.debug("Fetched ECS RAM role credentials for role {} (expire {})", role, expires);
        return new RefreshingCredentials.Fetched(Credentials.create(id, secret, sts), expires);
    }

    private String metadataToken() {
        Request req = new Request.Builder().url(endpoint + "/latest/api/token")
                .header("X-aliyun-ecs-metadata-token-ttl-seconds", "21600")
                .put(RequestBody.create(new byte[0], (MediaType) null)).build();
        try (Response r = client().newCall(req).execute()) {
            ResponseBody body = r.body();
            if (r.isSuccessful()) {
                return body.string().trim();
            }
            return fallback("HTTP " + r.code());
        } catch (IOException e) {
            return fallback(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private String fallback(String why) {
        if (settings.envTrue("ALIBABA_CLOUD_IMDSV1_DISABLED")) {
            throw new ImsClientException("could not get an IMDSv2 metadata token (" + why
                    + ") and IMDSv1 is disabled by ALIBABA_CLOUD_IMDSV1_DISABLED=true");
        }
        LOG.debug("No IMDSv2 metadata token ({}); falling back to IMDSv1", why);
        return null;
    }

    private String get(String path, String token) {
        Request.Builder rb = new Request.Builder().url(endpoint + path);
        if (token != null) {
            rb.header("X-aliyun-ecs-metadata-token", token);
        }
        try (Response r = client().newCall(rb.build()).execute()) {
            if (!r.isSuccessful()) {
                throw new ImsClientException("the ECS metadata service answered HTTP " + r.code() + " for " + path);
            }
            return r.body().string();
        } catch (IOException e) {
            throw new ImsClientException("the ECS metadata service at " + endpoint + " is not reachable ("
                    + e.getClass().getSimpleName() + "); not running on ECS?", e);
        }
    }

    private OkHttpClient client() {
        OkHttpClient c = http;
        if (c == null) {
            synchronized (lock) {
                if (closed) {
                    throw new ImsClientException("the ECS RAM role provider is closed");
                }
                c = http;
                if (c == null) {
                    // Never follow a redirect: it would carry the session token to another host.
                    c = new OkHttpClient.Builder().connectTimeout(1, TimeUnit.SECONDS)
                            .readTimeout(1, TimeUnit.SECONDS).callTimeout(5, TimeUnit.SECONDS)
                            .retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false).build();
                    http = c;
                }
            }
        }
        return c;
    }

    /** Releases the HTTP client's connections and threads, if one was made; a fetch after this fails. */
    @Override
    public void close() {
        OkHttpClient c;
        synchronized (lock) {
            c = http;
            closed = true;
        }
        if (c != null) {
            c.dispatcher().executorService().shutdown();
            c.connectionPool().evictAll();
        }
    }

    @Override
    public String toString() {
        return "EcsRamRoleCredentialsProvider(roleName=" + configuredRole + ")";
    }

    /** Builds an {@link EcsRamRoleCredentialsProvider}. */
    public static final class Builder {
        private SystemSettings settings = SystemSettings.system();
        private String roleName;
        private String endpoint = DEFAULT_ENDPOINT;
        private Clock clock;
        private Executor refresher;

        private Builder() {
        }

        /**
         * @param roleName the RAM role attached to the instance; default: from
         *     {@code ALIBABA_CLOUD_ECS_METADATA}, else discovered
         * @return this builder
         */
        public Builder roleName(String roleName) {
            this.roleName = roleName;
            return this;
        }

        Builder settings(SystemSettings settings) {
            this.settings = settings;
            return this;
        }

        Builder endpoint(String endpoint) {
            this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
            return this;
        }

        Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        Builder refresher(Executor refresher) {
            this.refresher = refresher;
            return this;
        }

        /** @return the provider */
        public EcsRamRoleCredentialsProvider build() {
            return new EcsRamRoleCredentialsProvider(this);
        }
    }
}
