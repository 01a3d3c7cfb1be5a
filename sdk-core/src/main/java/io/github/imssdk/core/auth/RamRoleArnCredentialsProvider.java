package io.github.imssdk.core.auth;

import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.RefreshingCredentials;

import java.time.Duration;
import java.util.Objects;

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
        this.sessionName = b.resolvedSessionName();
        this.duration = b.duration;
        this.policy = b.policy;
        this.externalId = b.externalId;
        this.sts = Sts.client(b.source, b.resolvedEndpoint());
        this.cache = b.refreshing("STS AssumeRole " + roleArn, this::assumeRole);
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

    /** Builds a {@link RamRoleArnCredentialsProvider}; the role and STS settings are {@link RoleCredentialsBuilder}'s. */
    public static final class Builder extends RoleCredentialsBuilder<Builder> {
        private CredentialsProvider source;
        private String externalId;

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
         * @param externalId the external id the role's trust policy asks for, or {@code null}; never shown
         * @return this builder
         */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /**
         * @return the provider
         * @throws ImsClientException when the source or the role ARN is missing
         */
        public RamRoleArnCredentialsProvider build() {
            if (source == null || isEmpty(roleArn)) {
                throw new ImsClientException("a RAM role provider needs a source provider and a role ARN");
            }
            return new RamRoleArnCredentialsProvider(this);
        }
    }
}
