package io.github.imssdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.CoreAccess;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.RefreshingCredentials;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Temporary credentials of a RAM role, obtained with STS {@code AssumeRole} (version 2015-04-01)
 * signed with the credentials of another provider (any provider: a key pair, an ECS RAM role,
 * another role, to chain roles across accounts). The call goes through this SDK's own
 * {@link RpcClient}: its signing, retries and typed errors. The credentials are kept until
 * shortly before they expire and refreshed in the background while still valid; a failed refresh
 * keeps them. Neither the external id nor the policy, nor any secret, reaches a message, log line
 * or {@code toString()}.
 *
 * <pre>{@code
 * CredentialsProvider role = RamRoleArnCredentialsProvider.builder()
 *     .source(CredentialsProvider.defaultChain())
 *     .roleArn("acs:ram::123456789012:role/ims-operator")
 *     .stsRegion("cn-shanghai")
 *     .build();
 * }</pre>
 */
public final class RamRoleArnCredentialsProvider implements CredentialsProvider {
    /** The STS API version. */
    public static final String STS_VERSION = "2015-04-01";

    private final String roleArn;
    private final String sessionName;
    private final Duration duration;
    private final String policy;
    private final String externalId;
    private final RpcClient sts;
    private final RefreshingCredentials cache;

    private RamRoleArnCredentialsProvider(Builder b) {
        this.roleArn = b.roleArn;
        this.sessionName = b.sessionName != null ? b.sessionName : "ims-java-sdk-" + System.currentTimeMillis();
        this.duration = b.duration;
        this.policy = b.policy;
        this.externalId = b.externalId;
        RpcClient.Builder rb = RpcClient.builder().product("sts").credentialsProvider(b.source);
        if (b.endpoint != null) {
            rb.endpointOverride(b.endpoint);
        } else if (b.region != null) {
            rb.region(b.region);
        } else {
            rb.endpointOverride(URI.create("https://sts.aliyuncs.com"));
        }
        this.sts = rb.build();
        this.cache = new RefreshingCredentials("STS AssumeRole " + roleArn, this::assumeRole, b.clock, b.refresher);
    }

    /** @return a builder; the source provider and the role ARN are required */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    private RefreshingCredentials.Fetched assumeRole() {
        RpcRequest.Builder r = RpcRequest.builder().action("AssumeRole").version(STS_VERSION).idempotent(true)
                .queryParam("RoleArn", roleArn).queryParam("RoleSessionName", sessionName)
                .queryParam("DurationSeconds", String.valueOf(duration.getSeconds()));
        if (policy != null) {
            r.queryParam("Policy", policy);
        }
        if (externalId != null) {
            r.queryParam("ExternalId", externalId);
        }
        JsonNode answer = CoreAccess.json(sts.call(r.build()));
        JsonNode c = answer.path("Credentials");
        String id = Json.text(c, "AccessKeyId");
        String secret = Json.text(c, "AccessKeySecret");
        String token = Json.text(c, "SecurityToken");
        String expiration = Json.text(c, "Expiration");
        if (id == null || secret == null || token == null || expiration == null) {
            throw new ImsClientException("STS AssumeRole for " + roleArn + " answered incomplete credentials");
        }
        try {
            return new RefreshingCredentials.Fetched(Credentials.create(id, secret, token), Instant.parse(expiration));
        } catch (DateTimeParseException e) {
            throw new ImsClientException("STS AssumeRole for " + roleArn + " answered an unreadable Expiration");
        }
    }

    @Override
    public String toString() {
        return "RamRoleArnCredentialsProvider(" + roleArn + ", session " + sessionName + ")";
    }

    /** Builds a {@link RamRoleArnCredentialsProvider}. */
    public static final class Builder {
        private CredentialsProvider source;
        private String roleArn;
        private String sessionName;
        private Duration duration = Duration.ofHours(1);
        private String policy;
        private String externalId;
        private String region;
        private URI endpoint;
        private Clock clock = Clock.systemUTC();
        private Executor refresher;

        private Builder() {
        }

        /**
         * @param source signs the AssumeRole calls (required)
         * @return this builder
         */
        public Builder source(CredentialsProvider source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * @param roleArn the role, {@code acs:ram::<account>:role/<name>} (required)
         * @return this builder
         */
        public Builder roleArn(String roleArn) {
            this.roleArn = Objects.requireNonNull(roleArn, "roleArn");
            return this;
        }

        /**
         * @param sessionName the role session name, in the role's audit trail (default
         *     {@code ims-java-sdk-<time>})
         * @return this builder
         */
        public Builder roleSessionName(String sessionName) {
            this.sessionName = sessionName;
            return this;
        }

        /**
         * @param duration how long the credentials last, from 15 minutes up to the role's maximum (default 1 hour)
         * @return this builder
         */
        public Builder duration(Duration duration) {
            if (duration == null || duration.compareTo(Duration.ofMinutes(15)) < 0) {
                throw new ImsClientException("an AssumeRole duration is at least 15 minutes (was " + duration + ")");
            }
            this.duration = duration;
            return this;
        }

        /**
         * @param policy a policy that further limits the role's permissions (JSON), or {@code null}
         * @return this builder
         */
        public Builder policy(String policy) {
            this.policy = policy;
            return this;
        }

        /**
         * @param externalId the external id the role's trust policy asks for, or {@code null}; never shown
         * @return this builder
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**
         * @param region the STS region, for {@code sts.<region>.aliyuncs.com} (default {@code sts.aliyuncs.com})
         * @return this builder
         */
        public Builder stsRegion(String region) {
            this.region = region;
            return this;
        }

        /**
         * @param endpoint an STS endpoint instead, e.g. {@code https://sts-vpc.cn-shanghai.aliyuncs.com}
         * @return this builder
         */
        public Builder stsEndpoint(URI endpoint) {
            this.endpoint = endpoint;
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

        /**
         * @param refresher runs the background refreshes (default: a daemon thread for each); a
         *     test can run them when it chooses
         * @return this builder
         */
        public Builder refresher(Executor refresher) {
            this.refresher = refresher;
            return this;
        }

        /**
         * @return the provider
         * @throws ImsClientException when the source or the role ARN is missing
         */
        public RamRoleArnCredentialsProvider build() {
            if (source == null || roleArn == null || roleArn.isEmpty()) {
                throw new ImsClientException("a RAM role provider needs a source provider and a role ARN");
            }
            return new RamRoleArnCredentialsProvider(this);
        }
    }
}
