package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;

/**
 * Reads credentials from the environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID},
 * {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET} and, optionally, {@code ALIBABA_CLOUD_SECURITY_TOKEN}.
 */
public final class EnvironmentVariableCredentialsProvider implements CredentialsProvider {
    private final SystemSettings settings;

    EnvironmentVariableCredentialsProvider(SystemSettings settings) {
        this.settings = settings;
    }

    /** @return a provider reading the process environment */
    public static EnvironmentVariableCredentialsProvider create() {
        return new EnvironmentVariableCredentialsProvider(SystemSettings.system());
    }

    @Override
    public Credentials resolveCredentials() {
        String id = settings.envNonBlank("ALIBABA_CLOUD_ACCESS_KEY_ID");
        String secret = settings.envNonBlank("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
        if (id == null || secret == null) {
            throw new ImsClientException("environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
                    + "ALIBABA_CLOUD_ACCESS_KEY_SECRET are not both set");
        }
        return Credentials.create(id, secret, settings.envNonBlank("ALIBABA_CLOUD_SECURITY_TOKEN"));
    }

    @Override
    public String toString() {
        return "EnvironmentVariableCredentialsProvider";
    }
}
