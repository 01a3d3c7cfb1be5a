package io.github.imssdk.core.auth;

import java.util.Objects;

/**
 * An AccessKey pair, optionally with an STS security token. Immutable.
 *
 * <p>{@link #toString()} shows the AccessKey id and never the secret or the token.
 *
 * <pre>{@code
 * Credentials c = Credentials.create("LTAI...", secret);
 * }</pre>
 */
public final class Credentials {
    private final String accessKeyId;
    private final String accessKeySecret;
    private final String securityToken;

    private Credentials(String accessKeyId, String accessKeySecret, String securityToken) {
        this.accessKeyId = requireText(accessKeyId, "accessKeyId");
        this.accessKeySecret = requireText(accessKeySecret, "accessKeySecret");
        this.securityToken = securityToken == null || securityToken.isEmpty() ? null : securityToken;
    }

    /**
     * @param accessKeyId the AccessKey id
     * @param accessKeySecret the AccessKey secret
     * @return long-term AccessKey credentials
     * @throws IllegalArgumentException if either value is {@code null} or empty
     */
    public static Credentials create(String accessKeyId, String accessKeySecret) {
        return new Credentials(accessKeyId, accessKeySecret, null);
    }

    /**
     * @param accessKeyId the STS AccessKey id
     * @param accessKeySecret the STS AccessKey secret
     * @param securityToken the STS security token; {@code null} or empty for none
     * @return credentials, temporary when a token is given
     * @throws IllegalArgumentException if the id or secret is {@code null} or empty
     */
    public static Credentials create(String accessKeyId, String accessKeySecret, String securityToken) {
        return new Credentials(accessKeyId, accessKeySecret, securityToken);
    }

    /** @return the AccessKey id */
    public String accessKeyId() {
        return accessKeyId;
    }

    /** @return the AccessKey secret; never log it */
    public String accessKeySecret() {
        return accessKeySecret;
    }

    /** @return the STS security token, or {@code null} for long-term credentials; never log it */
    public String securityToken() {
        return securityToken;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Credentials)) {
            return false;
        }
        Credentials other = (Credentials) o;
        return accessKeyId.equals(other.accessKeyId) && accessKeySecret.equals(other.accessKeySecret)
                && Objects.equals(securityToken, other.securityToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessKeyId, accessKeySecret, securityToken);
    }

    @Override
    public String toString() {
        return "Credentials(accessKeyId=" + accessKeyId + ", accessKeySecret=*** redacted ***"
                + (securityToken == null ? "" : ", securityToken=*** redacted ***") + ")";
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be null or empty");
        }
        return value;
    }
}
