package io.github.imssdk.core.auth;

import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.RefreshingCredentials;
import io.github.imssdk.core.internal.SystemSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Objects;

/**
 * Temporary credentials of a RAM role, obtained with STS {@code AssumeRoleWithOIDC} in exchange
 * for an OIDC token read from a file: the way a Kubernetes pod on ACK gets credentials (RRSA).
 * The call is anonymous (the token is the proof of identity; nothing is signed) and goes through
 * this SDK's own {@link RpcClient}, the token in the form body, never in the URL. The token file
 * is read again at every refresh, since the platform rotates it. The credentials are kept until
 * shortly before they expire and refreshed in the background while still valid; a failed refresh
 * keeps them. Neither the OIDC token nor any secret reaches a message, log line or
 * {@code toString()}.
 *
 * <p>{@link #fromEnvironment()} reads what the ACK pod identity webhook injects:
 * {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN},
 * {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE}, and optionally {@code ALIBABA_CLOUD_ROLE_SESSION_NAME},
 * {@code ALIBABA_CLOUD_STS_ENDPOINT}, {@code ALIBABA_CLOUD_STS_REGION} and
 * {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED}. The default
 * chain does the same, third, after system properties and environment keys.
 *
 * <pre>{@code
 * CredentialsProvider rrsa = OidcRoleArnCredentialsProvider.builder()
 *     .roleArn("acs:ram::123456789012:role/ims-operator")
 *     .oidcProviderArn("acs:ram::123456789012:oidc-provider/ack-rrsa-c123")
 *     .oidcTokenFile(Paths.get("/var/run/secrets/ack.alibabacloud.com/rrsa-tokens/token"))
 *     .stsRegion("cn-shanghai")
 *     .build();
 * }</pre>
 */
public final class OidcRoleArnCredentialsProvider implements CredentialsProvider, AutoCloseable {
    /** More than any OIDC token (STS takes at most 20,000 characters): a larger file is refused unread. */
    private static final int MAX_TOKEN_BYTES = 64 * 1024;

    private final String roleArn;
    private final String providerArn;
    private final Path tokenFile;
    private final String sessionName;
    private final Duration duration;
    private final String policy;
    private final RpcClient sts;
    private final RefreshingCredentials cache;

    private OidcRoleArnCredentialsProvider(Builder b) {
        this.roleArn = b.roleArn;
        this.providerArn = b.providerArn;
        this.tokenFile = b.tokenFile;
        this.sessionName = b.resolvedSessionName();
        this.duration = b.duration;
        this.policy = b.policy;
        this.sts = Sts.client(null, b.resolvedEndpoint());
        this.cache = b.refreshing("STS AssumeRoleWithOIDC " + roleArn, this::assumeRole);
    }

    /** @return a builder; the role ARN, the OIDC provider ARN and the token file are required */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a provider configured from the environment variables the ACK pod identity webhook
     *     sets (see the class description)
     * @throws ImsClientException naming the variables that are not set
     */
    public static OidcRoleArnCredentialsProvider fromEnvironment() {
        return fromEnvironment(SystemSettings.system());
    }

    static OidcRoleArnCredentialsProvider fromEnvironment(SystemSettings s) {
        String role = s.envNonBlank("ALIBABA_CLOUD_ROLE_ARN");
        String provider = s.envNonBlank("ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
        String file = s.envNonBlank("ALIBABA_CLOUD_OIDC_TOKEN_FILE");
        if (role == null || provider == null || file == null) {
            StringBuilder missing = new StringBuilder();
            append(missing, role, "ALIBABA_CLOUD_ROLE_ARN");
            append(missing, provider, "ALIBABA_CLOUD_OIDC_PROVIDER_ARN");
            append(missing, file, "ALIBABA_CLOUD_OIDC_TOKEN_FILE");
            throw new ImsClientException("environment variables " + missing + " not set");
        }
        Path path;
        try {
            path = Paths.get(file);
        } catch (java.nio.file.InvalidPathException e) {
            throw new ImsClientException("ALIBABA_CLOUD_OIDC_TOKEN_FILE is not a file path");
        }
        return builder().settings(s).roleArn(role).oidcProviderArn(provider).oidcTokenFile(path).build();
    }

    private static void append(StringBuilder sb, String value, String name) {
        if (value == null) {
            sb.append(sb.length() == 0 ? "" : ", ").append(name);
        }
    }

    /**
     * The default chain's entry: skipped, naming what is missing, unless all three variables are
     * set; the provider is built once, on first use.
     */
    static CredentialsProvider fromEnvironmentWhenSet(SystemSettings s) {
        return new FromEnvironment(s);
    }

    /** The default chain's entry, built on first use. */
    private static final class FromEnvironment implements CredentialsProvider, AutoCloseable {
        private final SystemSettings settings;
        private volatile OidcRoleArnCredentialsProvider delegate;
        private volatile boolean closed;

        FromEnvironment(SystemSettings settings) {
            this.settings = settings;
        }

        @Override
        public Credentials resolveCredentials() {
            OidcRoleArnCredentialsProvider d = delegate;
            if (d == null) {
                synchronized (this) {
                    if (closed) {
                        throw new ImsClientException("the OIDC role provider is closed");
                    }
                    d = delegate;
                    if (d == null) {
                        d = fromEnvironment(settings);
                        delegate = d;
                    }
                }
            }
            return d.resolveCredentials();
        }

        @Override
        public void close() {
            OidcRoleArnCredentialsProvider d;
            synchronized (this) {
                closed = true;
                d = delegate;
            }
            if (d != null) {
                d.close();
            }
        }

        @Override
        public String toString() {
            OidcRoleArnCredentialsProvider d = delegate;
            return d != null ? d.toString() : "OidcRoleArnCredentialsProvider(environment)";
        }
    }

    @Override
    public Credentials resolveCredentials() {
        return cache.get();
    }

    private RefreshingCredentials.Fetched assumeRole() {
        RpcRequest.Builder r = RpcRequest.builder().action("AssumeRoleWithOIDC").version(Sts.VERSION).idempotent(true)
                .formParam("RoleArn", roleArn).formParam("OIDCProviderArn", providerArn)
                .formParam("OIDCToken", readToken()).formParam("RoleSessionName", sessionName)
                .formParam("DurationSeconds", String.valueOf(duration.getSeconds()));
        if (policy != null) {
            r.formParam("Policy", policy);
        }
        return Sts.credentials(sts.call(r.build()), "STS AssumeRoleWithOIDC for " + roleArn);
    }

    /** Read at every refresh: the platform replaces the file before the token in it expires. */
    private String readToken() {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(tokenFile)) {
            bytes = new byte[MAX_TOKEN_BYTES + 1];
            int n = 0;
            for (int r; n < bytes.length && (r = in.read(bytes, n, bytes.length - n)) > 0; ) {
                n += r;
            }
            if (n > MAX_TOKEN_BYTES) {
                throw new ImsClientException("the OIDC token file " + tokenFile + " is larger than "
                        + MAX_TOKEN_BYTES + " bytes; not an OIDC token");
            }
            bytes = java.util.Arrays.copyOf(bytes, n);
        } catch (IOException e) {
            throw new ImsClientException("the OIDC token file " + tokenFile + " could not be read ("
                    + e.getClass().getSimpleName() + ")");
        }
        String token = new String(bytes, StandardCharsets.UTF_8).trim();
        if (token.isEmpty()) {
            throw new ImsClientException("the OIDC token file " + tokenFile + " is empty");
        }
        return token;
    }

    /**
     * Closes the STS client: refreshes fail from now on with an {@code ImsClientException} saying
     * it is closed, and so does any call once the credentials held expire.
     */
    @Override
    public void close() {
        sts.close();
    }

    @Override
    public String toString() {
        return "OidcRoleArnCredentialsProvider(" + roleArn + ", token file " + tokenFile + ")";
    }

    /** Builds an {@link OidcRoleArnCredentialsProvider}; the role and STS settings are {@link RoleCredentialsBuilder}'s. */
    public static final class Builder extends RoleCredentialsBuilder<Builder> {
        private String providerArn;
        private Path tokenFile;

        private Builder() {
        }

        /**
         * @param providerArn the OIDC identity provider, {@code acs:ram::<account>:oidc-provider/<name>} (required)
         * @return this builder
         */
        public Builder oidcProviderArn(String providerArn) {
            this.providerArn = Objects.requireNonNull(providerArn, "oidcProviderArn");
            return this;
        }

        /**
         * @param tokenFile the file holding the OIDC token, read at every refresh (required)
         * @return this builder
         */
        public Builder oidcTokenFile(Path tokenFile) {
            this.tokenFile = Objects.requireNonNull(tokenFile, "oidcTokenFile");
            return this;
        }

        /**
         * @return the provider (nothing is read or called until credentials are first asked for)
         * @throws ImsClientException when the role ARN, the OIDC provider ARN or the token file is missing
         */
        public OidcRoleArnCredentialsProvider build() {
            if (isEmpty(roleArn) || isEmpty(providerArn) || tokenFile == null) {
                throw new ImsClientException("an OIDC role provider needs a role ARN, an OIDC provider ARN and a token file");
            }
            return new OidcRoleArnCredentialsProvider(this);
        }
    }
}
