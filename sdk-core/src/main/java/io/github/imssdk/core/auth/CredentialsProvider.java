package io.github.imssdk.core.auth;

/**
 * Supplies the credentials that sign each request. Called once per attempt, so providers of
 * temporary credentials can refresh them; implementations must be thread-safe and should cache.
 * A provider that holds resources (an STS or HTTP client) also implements {@link AutoCloseable}.
 *
 * <pre>{@code
 * CredentialsProvider p = CredentialsProvider.defaultChain();
 * CredentialsProvider q = StaticCredentialsProvider.create(id, secret);
 * }</pre>
 */
@FunctionalInterface
public interface CredentialsProvider {

    /**
     * @return the credentials to sign with; never {@code null}
     * @throws io.github.imssdk.core.exception.ImsClientException when no credentials can be found
     */
    Credentials resolveCredentials();

    /**
     * The Alibaba Cloud default chain, in the documented order: Java system properties
     * ({@code alibabacloud.accessKeyId}, {@code alibabacloud.accessKeySecret},
     * {@code alibabacloud.sessionToken}); environment variables
     * ({@code ALIBABA_CLOUD_ACCESS_KEY_ID}, {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET},
     * {@code ALIBABA_CLOUD_SECURITY_TOKEN}); an OIDC role (RRSA) when
     * {@code ALIBABA_CLOUD_ROLE_ARN}, {@code ALIBABA_CLOUD_OIDC_PROVIDER_ARN} and
     * {@code ALIBABA_CLOUD_OIDC_TOKEN_FILE} are set ({@link OidcRoleArnCredentialsProvider});
     * the CLI profile {@code ~/.aliyun/config.json};
     * the credentials file {@code ~/.alibabacloud/credentials.ini} (or
     * {@code ~/.alibabacloud/credentials}, or {@code ALIBABA_CLOUD_CREDENTIALS_FILE});
     * the ECS instance RAM role; the credentials URI {@code ALIBABA_CLOUD_CREDENTIALS_URI}.
     * {@code ALIBABA_CLOUD_PROFILE} selects the profile in both files.
     *
     * <p>The first source that yields credentials is remembered and asked first afterwards. When
     * no source yields credentials, the exception lists every source and why it was skipped.
     *
     * @return a new default chain; close it when done, as it may hold STS and HTTP clients (a
     *     client closes the chain it made itself)
     */
    static CredentialsProviderChain defaultChain() {
        return CredentialsProviderChain.defaultChain(io.github.imssdk.core.internal.SystemSettings.system());
    }
}
