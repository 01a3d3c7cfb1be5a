package io.github.imssdk.core.auth;

/**
 * Always returns the same credentials.
 *
 * <pre>{@code
 * CredentialsProvider p = StaticCredentialsProvider.create(accessKeyId, accessKeySecret);
 * }</pre>
 */
public final class StaticCredentialsProvider implements CredentialsProvider {
    private final Credentials credentials;

    private StaticCredentialsProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    /**
     * @param credentials the credentials to return
     * @return a provider of exactly these credentials
     */
    public static StaticCredentialsProvider create(Credentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials must not be null");
        }
        return new StaticCredentialsProvider(credentials);
    }

    /**
     * @param accessKeyId the AccessKey id
     * @param accessKeySecret the AccessKey secret
     * @return a provider of long-term AccessKey credentials
     */
    public static StaticCredentialsProvider create(String accessKeyId, String accessKeySecret) {
        return create(Credentials.create(accessKeyId, accessKeySecret));
    }

    /**
     * @param accessKeyId the STS AccessKey id
     * @param accessKeySecret the STS AccessKey secret
     * @param securityToken the STS security token
     * @return a provider of temporary credentials
     */
    public static StaticCredentialsProvider create(String accessKeyId, String accessKeySecret, String securityToken) {
        return create(Credentials.create(accessKeyId, accessKeySecret, securityToken));
    }

    @Override
    public Credentials resolveCredentials() {
        return credentials;
    }

    @Override
    public String toString() {
        return "StaticCredentialsProvider(" + credentials + ")";
    }
}
