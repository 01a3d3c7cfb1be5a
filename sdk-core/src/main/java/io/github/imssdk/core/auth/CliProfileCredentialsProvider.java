package io.github.imssdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.SystemSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reads the Alibaba Cloud CLI profile file {@code ~/.aliyun/config.json}. The profile is the
 * one named by {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current}. Supported modes,
 * with the fields the CLI writes: {@code AK}, {@code StsToken}, {@code RamRoleArn} (a role
 * assumed with the profile's key pair), {@code ChainableRamRoleArn} (a role assumed with the
 * credentials of {@code source_profile}), {@code EcsRamRole} ({@code ram_role_name} optional),
 * {@code OIDC} and {@code CredentialsURI}. {@code CloudSSO}, {@code OAuth}, {@code External} and
 * the retired {@code RsaKeyPair} are reported as unsupported, by name.
 * Disabled by {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true}. The file is read once.
 */
public final class CliProfileCredentialsProvider implements CredentialsProvider, AutoCloseable {
    private final SystemSettings settings;
    private volatile CredentialsProvider resolved;
    private final java.util.List<CredentialsProvider> created = new java.util.concurrent.CopyOnWriteArrayList<>();

    CliProfileCredentialsProvider(SystemSettings settings) {
        this.settings = settings;
    }

    /** @return a provider reading {@code ~/.aliyun/config.json} */
    public static CliProfileCredentialsProvider create() {
        return new CliProfileCredentialsProvider(SystemSettings.system());
    }

    @Override
    public Credentials resolveCredentials() {
        CredentialsProvider p = resolved;
        if (p == null) {
            p = load();
            resolved = p;
        }
        return p.resolveCredentials();
    }

    private CredentialsProvider load() {
        if (settings.envTrue("ALIBABA_CLOUD_CLI_PROFILE_DISABLED")) {
            throw new ImsClientException("disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true");
        }
        Path home = settings.homeDirectory();
        if (home == null) {
            throw new ImsClientException("no home directory to look for .aliyun/config.json in");
        }
        Path file = home.resolve(".aliyun").resolve("config.json");
        if (!Files.isRegularFile(file)) {
            throw new ImsClientException(file + " does not exist");
        }
        FilePermissions.warnIfReadableByOthers(file);
        JsonNode root;
        try {
            root = Json.parse(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ImsClientException(file + " could not be read as JSON: " + e.getClass().getSimpleName());
        }
        String wanted = settings.envNonBlank("ALIBABA_CLOUD_PROFILE");
        if (wanted == null) {
            wanted = Json.text(root, "current");
        }
        if (wanted == null) {
            throw new ImsClientException(file + " names no current profile and ALIBABA_CLOUD_PROFILE is not set");
        }
        return profile(root, file, wanted, new java.util.LinkedHashSet<>());
    }

    /** The provider a profile describes, kept to be closed with this one. */
    private CredentialsProvider profile(JsonNode root, Path file, String name, java.util.Set<String> chain) {
        CredentialsProvider p = describedBy(root, file, name, chain);
        if (p instanceof AutoCloseable) {
            created.add(p); // a ChainableRamRoleArn's source too: this provider made it
        }
        return p;
    }

    /** {@code chain} holds the profiles already on the way, to stop a loop. */
    private CredentialsProvider describedBy(JsonNode root, Path file, String name, java.util.Set<String> chain) {
        JsonNode profile = null;
        for (JsonNode p : root.path("profiles")) {
            if (name.equals(Json.text(p, "name"))) {
                profile = p;
                break;
            }
        }
        if (profile == null) {
            throw new ImsClientException(file + " has no profile named '" + name + "'");
        }
        if (!chain.add(name)) {
            throw new ImsClientException(file + ": the source_profile links loop (" + String.join(" -> ", chain)
                    + " -> " + name + ")");
        }
        String mode = Json.text(profile, "mode");
        String where = file + " profile '" + name + "' (mode " + mode + ")";
        switch (mode == null ? "" : mode) {
            case "AK":
                return StaticCredentialsProvider.create(required(profile, "access_key_id", where),
                        required(profile, "access_key_secret", where));
            case "StsToken":
                return StaticCredentialsProvider.create(required(profile, "access_key_id", where),
                        required(profile, "access_key_secret", where), required(profile, "sts_token", where));
            case "RamRoleArn":
                return role(profile, where, StaticCredentialsProvider.create(required(profile, "access_key_id", where),
                        required(profile, "access_key_secret", where)));
            case "ChainableRamRoleArn":
                return role(profile, where, profile(root, file, required(profile, "source_profile", where), chain));
            case "EcsRamRole":
                return EcsRamRoleCredentialsProvider.builder().roleName(Json.text(profile, "ram_role_name"))
                        .settings(settings).build();
            case "OIDC":
                return oidc(profile, where);
            case "CredentialsURI":
                String uri = required(profile, "credentials_uri", where);
                try {
                    return UrlCredentialsProvider.builder().uri(java.net.URI.create(uri.trim())).settings(settings).build();
                } catch (IllegalArgumentException e) {
                    throw new ImsClientException(where + " has a credentials_uri that is not a URL");
                }
            default:
                // CloudSSO, OAuth and External sign in interactively or run a command the CLI
                // manages (and write tokens back into this file); RsaKeyPair is retired by
                // Alibaba Cloud. A service has better ways, so they are reported, by name.
                throw new ImsClientException(file + " profile '" + name + "' uses mode '" + mode
                        + "', which this SDK does not support (supported: " + SUPPORTED_MODES + ")");
        }
    }

    /** The modes of the CLI's documentation this SDK reads. */
    static final String SUPPORTED_MODES =
            "AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI";

    private CredentialsProvider role(JsonNode profile, String where, CredentialsProvider source) {
        RamRoleArnCredentialsProvider.Builder b = RamRoleArnCredentialsProvider.builder().settings(settings)
                .source(source).roleArn(required(profile, "ram_role_arn", where))
                .roleSessionName(Json.text(profile, "ram_session_name")).policy(Json.text(profile, "policy"))
                .externalId(Json.text(profile, "external_id")).stsRegion(Json.text(profile, "sts_region"));
        Boolean vpc = flag(profile, "enable_vpc");
        if (vpc != null) {
            b.stsVpcEndpoint(vpc);
        }
        Duration d = duration(profile, where);
        if (d != null) {
            b.duration(d);
        }
        return b.build();
    }

    private CredentialsProvider oidc(JsonNode profile, String where) {
        java.nio.file.Path token;
        try {
            token = java.nio.file.Paths.get(required(profile, "oidc_token_file", where));
        } catch (java.nio.file.InvalidPathException e) {
            throw new ImsClientException(where + " has an oidc_token_file that is not a file path");
        }
        OidcRoleArnCredentialsProvider.Builder b = OidcRoleArnCredentialsProvider.builder().settings(settings)
                .roleArn(required(profile, "ram_role_arn", where))
                .oidcProviderArn(required(profile, "oidc_provider_arn", where)).oidcTokenFile(token)
                .roleSessionName(Json.text(profile, "ram_session_name")).policy(Json.text(profile, "policy"))
                .stsRegion(Json.text(profile, "sts_region"));
        Boolean vpc = flag(profile, "enable_vpc");
        if (vpc != null) {
            b.stsVpcEndpoint(vpc);
        }
        Duration d = duration(profile, where);
        if (d != null) {
            b.duration(d);
        }
        return b.build();
    }

    private static String required(JsonNode profile, String field, String where) {
        String v = Json.text(profile, field);
        if (isEmpty(v)) {
            throw new ImsClientException(where + " lacks " + field);
        }
        return v;
    }

    private static Boolean flag(JsonNode profile, String field) {
        JsonNode v = profile.get(field);
        return v == null || v.isNull() ? null : v.isBoolean() ? v.booleanValue() : "true".equalsIgnoreCase(v.asText());
    }

    /** {@code expired_seconds}: the role session's duration; at least 900, as STS requires. */
    private static Duration duration(JsonNode profile, String where) {
        JsonNode v = profile.get("expired_seconds");
        if (v == null || v.isNull() || (v.isNumber() && v.asLong() == 0)) {
            return null; // the CLI writes 0 when none was given
        }
        long seconds = v.isNumber() && v.canConvertToLong() ? v.asLong() : -1;
        if (seconds < 900) {
            throw new ImsClientException(where + " has expired_seconds " + v.asText() + "; a role session lasts at least 900");
        }
        return Duration.ofSeconds(seconds);
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /** Closes the providers the profile resolved to that hold resources (a role's STS client). */
    @Override
    public void close() {
        for (CredentialsProvider p : created) {
            CredentialsProviderChain.closeQuietly(p);
        }
    }

    @Override
    public String toString() {
        return "CliProfileCredentialsProvider";
    }
}
