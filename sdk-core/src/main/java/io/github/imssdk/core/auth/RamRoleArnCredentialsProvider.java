package io.github.imssdk.core.auth;

import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.RefreshingCredentials;
import io.github.imssdk.core.internal.SystemSettings;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
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
public final class RamRoleArnCredentialsProvider implements CredentialsProvider, AutoCloseable {
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
        this.sts = Sts.client(b.source, Sts.endpoint(b.endpoint, b.region, b.vpc, b.settings));
        this.cache = new RefreshingCredentials("STS AssumeRole " + roleArn, this::assumeRole,
                b.clock != null ? b.clock : b.settings.clock(), b.refresher != null ? b.refresher : b.settings.refresher());
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
        RpcRequest.Builder r = RpcRequest.builder().action("AssumeRole").version(Sts.VERSION).idempotent(true)
                .queryParam("RoleArn", roleArn).queryParam("RoleSessionName", sessionName)
                .queryParam("DurationSeconds", String.valueOf(duration.getSeconds()));
        if (policy != null) {
            r.queryParam("Policy", policy);
        }
        if (externalId != null) {
            r.queryParam("ExternalId", externalId);
        }
        return Sts.credentials(sts.call(r.build()), "STS AssumeRole for " + roleArn);
    }

    /**
     * Closes the STS client: refreshes fail from now on with an {@code ImsClientException} saying
     * it is closed, and so does any call once the credentials held expire. The source provider is
     * not closed (it is the caller's).
     */
    @Override
    public void close() {
        sts.close();
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
        private Boolean vpc;
        private URI endpoint;
        private SystemSettings settings = SystemSettings.system();
        private Clock clock;
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
         * @param region the STS region, for {@code sts.<region>.aliyuncs.com}, unless
         *     {@code ALIBABA_CLOUD_STS_ENDPOINT} names the endpoint (default
         *     {@code ALIBABA_CLOUD_STS_REGION}, else the central {@code sts.aliyuncs.com})
         * @return this builder
         */
        public Builder stsRegion(String region) {
            this.region = region;
            return this;
        }

        /**
         * @param vpc whether to call the region's VPC endpoint {@code sts-vpc.<region>.aliyuncs.com}
         *     (default {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true}); only with a region
         * @return this builder
         */
        public Builder stsVpcEndpoint(boolean vpc) {
            this.vpc = vpc;
            return this;
        }

        Builder settings(SystemSettings settings) {
            this.settings = settings;
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
