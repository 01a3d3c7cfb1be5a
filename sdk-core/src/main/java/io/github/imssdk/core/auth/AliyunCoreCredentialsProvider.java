package io.github.imssdk.core.auth;

import com.aliyuncs.auth.AlibabaCloudCredentials;
import com.aliyuncs.auth.AlibabaCloudCredentialsProvider;
import com.aliyuncs.auth.BasicSessionCredentials;
import io.github.imssdk.core.exception.ImsClientException;

/**
 * Bridges a credentials provider of {@code com.aliyun:aliyun-java-sdk-core} (for example its
 * {@code DefaultCredentialsProvider} or {@code STSAssumeRoleSessionCredentialsProvider}) to this
 * SDK. That library is an optional dependency: add it to your own build to use this class.
 *
 * <pre>{@code
 * CredentialsProvider p = AliyunCoreCredentialsProvider.create(new DefaultCredentialsProvider());
 * }</pre>
 */
public final class AliyunCoreCredentialsProvider implements CredentialsProvider {
    private final AlibabaCloudCredentialsProvider delegate;

    private AliyunCoreCredentialsProvider(AlibabaCloudCredentialsProvider delegate) {
        this.delegate = delegate;
    }

    /**
     * @param delegate the aliyun-java-sdk-core provider to ask on every call
     * @return a provider for this SDK
     */
    public static AliyunCoreCredentialsProvider create(AlibabaCloudCredentialsProvider delegate) {
        if (delegate == null) {
            throw new IllegalArgumentException("delegate must not be null");
        }
        return new AliyunCoreCredentialsProvider(delegate);
    }

    @Override
    public Credentials resolveCredentials() {
        AlibabaCloudCredentials c;
        try {
            c = delegate.getCredentials();
        } catch (Exception e) {
            // The legacy exceptions may echo request details; keep only the type and error code.
            throw new ImsClientException("the aliyun-java-sdk-core provider " + delegate.getClass().getSimpleName()
                    + " failed: " + e.getClass().getSimpleName());
        }
        if (c == null) {
            throw new ImsClientException("the aliyun-java-sdk-core provider "
                    + delegate.getClass().getSimpleName() + " returned no credentials");
        }
        String token = c instanceof BasicSessionCredentials ? ((BasicSessionCredentials) c).getSessionToken() : null;
        return Credentials.create(c.getAccessKeyId(), c.getAccessKeySecret(), token);
    }

    @Override
    public String toString() {
        return "AliyunCoreCredentialsProvider(" + delegate.getClass().getSimpleName() + ")";
    }
}
