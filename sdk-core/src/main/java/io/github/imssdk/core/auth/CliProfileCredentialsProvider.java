package io.github.imssdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.SystemSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the Alibaba Cloud CLI profile file {@code ~/.aliyun/config.json}. The profile is the
 * one named by {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current}. Supported modes:
 * {@code AK}, {@code StsToken}, {@code EcsRamRole} and {@code CredentialsURI}; other modes are reported
 * as unsupported, by name.
 * Disabled by {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true}. The file is read once.
 */
public final class CliProfileCredentialsProvider implements CredentialsProvider {
    private final SystemSettings settings;
    private volatile CredentialsProvider resolved;

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
        JsonNode profile = null;
        for (JsonNode p : root.path("profiles")) {
            if (wanted.equals(Json.text(p, "name"))) {
                profile = p;
                break;
            }
        }
        if (profile == null) {
            throw new ImsClientException(file + " has no profile named '" + wanted + "'");
        }
        String mode = Json.text(profile, "mode");
        String where = file + " profile '" + wanted + "'";
        if ("AK".equals(mode) || "StsToken".equals(mode)) {
            String id = Json.text(profile, "access_key_id");
            String secret = Json.text(profile, "access_key_secret");
            if (isEmpty(id) || isEmpty(secret)) {
                throw new ImsClientException(where + " (mode " + mode + ") lacks access_key_id or access_key_secret");
            }
            String token = "StsToken".equals(mode) ? Json.text(profile, "sts_token") : null;
            return StaticCredentialsProvider.create(id, secret, token);
        }
        if ("EcsRamRole".equals(mode)) {
            return EcsRamRoleCredentialsProvider.builder().roleName(Json.text(profile, "ram_role_name"))
                    .settings(settings).build();
        }
        if ("CredentialsURI".equals(mode)) {
            String uri = Json.text(profile, "credentials_uri");
            if (isEmpty(uri)) {
                throw new ImsClientException(where + " (mode CredentialsURI) lacks credentials_uri");
            }
            try {
                return UrlCredentialsProvider.builder().uri(java.net.URI.create(uri.trim())).settings(settings).build();
            } catch (IllegalArgumentException e) {
                throw new ImsClientException(where + " (mode CredentialsURI) has a credentials_uri that is not a URL");
            }
        }
        throw new ImsClientException(where + " uses mode '" + mode
                + "', which this SDK does not support (supported: AK, StsToken, EcsRamRole, CredentialsURI)");
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    @Override
    public String toString() {
        return "CliProfileCredentialsProvider";
    }
}
