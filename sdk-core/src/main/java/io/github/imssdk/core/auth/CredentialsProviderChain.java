package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Asks each provider in turn and returns the first credentials found. The provider that
 * succeeded is remembered and asked first next time (as the official SDKs do). When none
 * succeeds, the exception lists every provider and why it was skipped.
 *
 * <pre>{@code
 * CredentialsProvider p = CredentialsProviderChain.of(
 *     EnvironmentVariableCredentialsProvider.create(),
 *     EcsRamRoleCredentialsProvider.create());
 * }</pre>
 */
public final class CredentialsProviderChain implements CredentialsProvider, AutoCloseable {
    private final List<CredentialsProvider> providers;
    private volatile CredentialsProvider last;

    private CredentialsProviderChain(List<CredentialsProvider> providers) {
        if (providers.isEmpty()) {
            throw new IllegalArgumentException("a chain needs at least one provider");
        }
        this.providers = Collections.unmodifiableList(new ArrayList<>(providers));
    }

    /**
     * @param providers the providers, asked in this order
     * @return a chain over them
     */
    public static CredentialsProviderChain of(CredentialsProvider... providers) {
        return new CredentialsProviderChain(Arrays.asList(providers));
    }

    /**
     * The default chain, in the order of Alibaba Cloud's credentials library: system properties,
     * environment keys, OIDC role (RRSA), CLI profile, credentials file, ECS RAM role,
     * credentials URI.
     *
     * @param s where the providers read environment, properties, home directory and clock
     * @return the chain
     */
    static CredentialsProviderChain defaultChain(SystemSettings s) {
        return defaultChain(s, EcsRamRoleCredentialsProvider.builder().settings(s).build());
    }

    static CredentialsProviderChain defaultChain(SystemSettings s, EcsRamRoleCredentialsProvider ecs) {
        return new CredentialsProviderChain(Arrays.asList(
                new SystemPropertiesCredentialsProvider(s),
                new EnvironmentVariableCredentialsProvider(s),
                // RRSA on ACK: the role, OIDC provider and token file in the environment
                OidcRoleArnCredentialsProvider.fromEnvironmentWhenSet(s),
                new CliProfileCredentialsProvider(s),
                new ProfileCredentialsProvider(s),
                ecs,
                // last, as in Alibaba Cloud's credentials library
                UrlCredentialsProvider.builder().settings(s).build()));
    }

    /**
     * A named profile, looked for as {@code ALIBABA_CLOUD_PROFILE} would select it: first in the
     * CLI's {@code ~/.aliyun/config.json}, then in {@code ~/.alibabacloud/credentials}.
     *
     * @param name the profile's name
     * @return a chain over the two files, both reading that profile
     */
    public static CredentialsProviderChain profile(String name) {
        return profile(SystemSettings.system(), name);
    }

    static CredentialsProviderChain profile(SystemSettings settings, String name) {
        if (name == null || name.trim().isEmpty()) {
            throw new ImsClientException("a profile name must not be empty");
        }
        SystemSettings s = settings.withEnv("ALIBABA_CLOUD_PROFILE", name.trim());
        return new CredentialsProviderChain(Arrays.asList(new CliProfileCredentialsProvider(s),
                new ProfileCredentialsProvider(s)));
    }

    /** @return the providers in the order they are asked; unmodifiable */
    public List<CredentialsProvider> providers() {
        return providers;
    }

    @Override
    public Credentials resolveCredentials() {
        CredentialsProvider remembered = last;
        if (remembered != null) {
            try {
                return remembered.resolveCredentials();
            } catch (ImsClientException e) {
                last = null;
            }
        }
        StringBuilder why = new StringBuilder("No Alibaba Cloud credentials found. Tried, in order:");
        for (CredentialsProvider p : providers) {
            try {
                Credentials c = p.resolveCredentials();
                last = p;
                return c;
            } catch (ImsClientException e) {
                why.append("\n  - ").append(p).append(": ").append(e.getMessage());
            }
        }
        throw new ImsClientException(why.toString());
    }

    /** Closes every provider of the chain that holds resources (STS clients, HTTP clients). */
    @Override
    public void close() {
        for (CredentialsProvider p : providers) {
            closeQuietly(p);
        }
    }

    /**
     * Closes a provider that is {@link AutoCloseable}; a failure to close is not the caller's
     * problem and is dropped.
     *
     * @param provider any provider
     */
    public static void closeQuietly(CredentialsProvider provider) {
        if (provider instanceof AutoCloseable) {
            try {
                ((AutoCloseable) provider).close();
            } catch (Exception e) {
                // nothing to do: the provider is done with either way
            }
        }
    }

    @Override
    public String toString() {
        return "CredentialsProviderChain" + providers;
    }
}
