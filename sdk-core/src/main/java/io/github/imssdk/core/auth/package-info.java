/**
 * Where credentials come from: {@link io.github.imssdk.core.auth.StaticCredentialsProvider} for
 * keys you hold, {@link io.github.imssdk.core.auth.CredentialsProvider#defaultChain()} for the
 * Alibaba Cloud order (system properties, environment, OIDC role, CLI profile, credentials file,
 * ECS RAM role, credentials URI), the providers of that chain one by one, and
 * {@link io.github.imssdk.core.auth.RamRoleArnCredentialsProvider} for a RAM role assumed with
 * any other provider's credentials. Implement
 * {@link io.github.imssdk.core.auth.CredentialsProvider} for any other source.
 *
 * <p>Stable API. No provider ever puts a secret in a {@code toString()}, a log line or an
 * exception message.
 */
package io.github.imssdk.core.auth;
