package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;

/**
 * Reads credentials from the Java system properties {@code alibabacloud.accessKeyId},
 * {@code alibabacloud.accessKeySecret} (older alias {@code alibabacloud.accessKeyIdSecret}) and,
 * optionally, {@code alibabacloud.sessionToken}. Read on every call.
 */
public final class SystemPropertiesCredentialsProvider implements CredentialsProvider {
    private final SystemSettings settings;

    SystemPropertiesCredentialsProvider(SystemSettings settings) {
        this.settings = settings;
    }

    /** @return a provider reading the JVM's system properties */
    public static SystemPropertiesCredentialsProvider create() {
        return new SystemPropertiesCredentialsProvider(SystemSettings.system());
    }

    @Override
    public Credentials resolveCredentials() {
        String id = settings.propertyNonBlank("alibabacloud.accessKeyId");
        String secret = settings.propertyNonBlank("alibabacloud.accessKeySecret");
        if (secret == null) {
            secret = settings.propertyNonBlank("alibabacloud.accessKeyIdSecret");
        }
        if (id == null || secret == null) {
            throw new ImsClientException("system properties alibabacloud.accessKeyId and "
                    + "alibabacloud.accessKeySecret are not both set");
        }
        return Credentials.create(id, secret, settings.propertyNonBlank("alibabacloud.sessionToken"));
    }

    @Override
    public String toString() {
        return "SystemPropertiesCredentialsProvider";
    }
}
