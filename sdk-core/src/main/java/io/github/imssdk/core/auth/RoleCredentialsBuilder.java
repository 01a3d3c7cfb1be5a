package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.RefreshingCredentials;
import io.github.imssdk.core.internal.SystemSettings;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The settings every provider of a RAM role's STS credentials takes (the role, its session, and
 * where and how STS is called), shared by {@link RamRoleArnCredentialsProvider.Builder} and
 * {@link OidcRoleArnCredentialsProvider.Builder}. Not subclassed outside this package.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class RoleCredentialsBuilder<B extends RoleCredentialsBuilder<B>> {
    String roleArn;
    String sessionName;
    Duration duration = Duration.ofHours(1);
    String policy;
    String region;
    Boolean vpc;
    URI endpoint;
    SystemSettings settings = SystemSettings.system();
    Clock clock;
    Executor refresher;

    RoleCredentialsBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * @param roleArn the role, {@code acs:ram::<account>:role/<name>} (required)
     * @return this builder
     */
    public B roleArn(String roleArn) {
        this.roleArn = Objects.requireNonNull(roleArn, "roleArn");
        return self();
    }

    /**
     * @param sessionName the role session name, in the role's audit trail (default
     *     {@code ALIBABA_CLOUD_ROLE_SESSION_NAME}, else {@code ims-java-sdk-<time>})
     * @return this builder
     */
    public B roleSessionName(String sessionName) {
        this.sessionName = sessionName;
        return self();
    }

    /**
     * @param duration how long the credentials last, from 15 minutes up to the role's maximum (default 1 hour)
     * @return this builder
     */
    public B duration(Duration duration) {
        if (duration == null || duration.compareTo(Duration.ofMinutes(15)) < 0) {
            throw new ImsClientException("a role session lasts at least 15 minutes (was " + duration + ")");
        }
        this.duration = duration;
        return self();
    }

    /**
     * @param policy a policy that further limits the role's permissions (JSON), or {@code null}
     * @return this builder
     */
    public B policy(String policy) {
        this.policy = policy;
        return self();
    }

    /**
     * @param region the STS region, for {@code sts.<region>.aliyuncs.com}, unless
     *     {@code ALIBABA_CLOUD_STS_ENDPOINT} names the endpoint (default
     *     {@code ALIBABA_CLOUD_STS_REGION}, else the central {@code sts.aliyuncs.com})
     * @return this builder
     */
    public B stsRegion(String region) {
        this.region = region;
        return self();
    }

    /**
     * @param vpc whether to call the region's VPC endpoint {@code sts-vpc.<region>.aliyuncs.com}
     *     (default {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true}); only with a region
     * @return this builder
     */
    public B stsVpcEndpoint(boolean vpc) {
        this.vpc = vpc;
        return self();
    }

    /**
     * @param endpoint an STS endpoint instead, e.g. {@code https://sts-vpc.cn-shanghai.aliyuncs.com}
     * @return this builder
     */
    public B stsEndpoint(URI endpoint) {
        this.endpoint = endpoint;
        return self();
    }

    /**
     * @param clock the clock expirations are compared with (default the system's)
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * @param refresher runs the background refreshes (default: a daemon thread for each); a
     *     test can run them when it chooses
     * @return this builder
     */
    public B refresher(Executor refresher) {
        this.refresher = refresher;
        return self();
    }

    B settings(SystemSettings settings) {
        this.settings = settings;
        return self();
    }

    /** @return the session name: given, else from the environment, else one made up */
    String resolvedSessionName() {
        if (sessionName != null) {
            return sessionName;
        }
        String env = settings.envNonBlank("ALIBABA_CLOUD_ROLE_SESSION_NAME");
        return env != null ? env : "ims-java-sdk-" + System.currentTimeMillis();
    }

    /** @return the STS endpoint these settings select */
    URI resolvedEndpoint() {
        return Sts.endpoint(endpoint, region, vpc, settings);
    }

    /**
     * @param source what the credentials come from, for log lines
     * @param fetch one STS call
     * @return the cache that keeps and refreshes them
     */
    RefreshingCredentials refreshing(String source, Supplier<RefreshingCredentials.Fetched> fetch) {
        return new RefreshingCredentials(source, fetch, clock != null ? clock : settings.clock(),
                refresher != null ? refresher : settings.refresher());
    }

    static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
