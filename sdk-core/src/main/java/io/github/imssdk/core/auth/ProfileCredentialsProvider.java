package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the INI credentials file shared by the Alibaba Cloud SDKs.
 *
 * <p>File: {@code ALIBABA_CLOUD_CREDENTIALS_FILE} if set; otherwise
 * {@code ~/.alibabacloud/credentials.ini} (the name both official Java libraries use) and, if
 * that does not exist, {@code ~/.alibabacloud/credentials} (the name other languages' SDKs and
 * some docs use; the sources disagree, so both are accepted). Section: {@code ALIBABA_CLOUD_PROFILE},
 * else {@code default}. A section with {@code enable = false} is skipped. Supported types:
 * {@code access_key} ({@code access_key_id}, {@code access_key_secret}) and {@code ecs_ram_role}
 * ({@code role_name}). The file is read once.
 *
 * <pre>{@code
 * [default]
 * enable = true
 * type = access_key
 * access_key_id = LTAI...
 * access_key_secret = ...
 * }</pre>
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
    private final SystemSettings settings;
    private volatile CredentialsProvider resolved;

    ProfileCredentialsProvider(SystemSettings settings) {
        this.settings = settings;
    }

    /** @return a provider reading the credentials file of the current user */
    public static ProfileCredentialsProvider create() {
        return new ProfileCredentialsProvider(SystemSettings.system());
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

    private Path locate() {
        String explicit = settings.envNonBlank("ALIBABA_CLOUD_CREDENTIALS_FILE");
        if (explicit != null) {
            Path p = java.nio.file.Paths.get(explicit);
            if (!Files.isRegularFile(p)) {
                throw new ImsClientException("ALIBABA_CLOUD_CREDENTIALS_FILE names " + p + ", which does not exist");
            }
            return p;
        }
        Path home = settings.homeDirectory();
        if (home == null) {
            throw new ImsClientException("no home directory to look for .alibabacloud/credentials.ini in");
        }
        Path dir = home.resolve(".alibabacloud");
        Path ini = dir.resolve("credentials.ini");
        if (Files.isRegularFile(ini)) {
            return ini;
        }
        Path plain = dir.resolve("credentials");
        if (Files.isRegularFile(plain)) {
            return plain;
        }
        throw new ImsClientException("neither " + ini + " nor " + plain + " exists");
    }

    private CredentialsProvider load() {
        Path file = locate();
        FilePermissions.warnIfReadableByOthers(file);
        Map<String, Map<String, String>> sections;
        try {
            sections = parseIni(file);
        } catch (IOException e) {
            throw new ImsClientException(file + " could not be read: " + e.getClass().getSimpleName());
        }
        String name = settings.envNonBlank("ALIBABA_CLOUD_PROFILE");
        if (name == null) {
            name = "default";
        }
        Map<String, String> section = sections.get(name);
        String where = file + " section [" + name + "]";
        if (section == null) {
            throw new ImsClientException(file + " has no section [" + name + "]");
        }
        if ("false".equalsIgnoreCase(section.get("enable"))) {
            throw new ImsClientException(where + " is disabled (enable = false)");
        }
        String type = section.get("type");
        if ("access_key".equals(type)) {
            String id = section.get("access_key_id");
            String secret = section.get("access_key_secret");
            if (id == null || id.isEmpty() || secret == null || secret.isEmpty()) {
                throw new ImsClientException(where + " lacks access_key_id or access_key_secret");
            }
            return StaticCredentialsProvider.create(id, secret);
        }
        if ("ecs_ram_role".equals(type)) {
            return EcsRamRoleCredentialsProvider.builder().roleName(section.get("role_name")).settings(settings).build();
        }
        throw new ImsClientException(where + " has type '" + type
                + "', which this SDK does not support (supported: access_key, ecs_ram_role)");
    }

    static Map<String, Map<String, String>> parseIni(Path file) throws IOException {
        Map<String, Map<String, String>> sections = new HashMap<>();
        Map<String, String> current = null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String t = line.trim();
                if (t.isEmpty() || t.startsWith("#") || t.startsWith(";")) {
                    continue;
                }
                if (t.startsWith("[") && t.endsWith("]")) {
                    current = new HashMap<>();
                    sections.put(t.substring(1, t.length() - 1).trim(), current);
                    continue;
                }
                int eq = t.indexOf('=');
                if (eq > 0 && current != null) {
                    current.put(t.substring(0, eq).trim(), unquote(t.substring(eq + 1).trim()));
                }
            }
        }
        return sections;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1);
        }
        return v;
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider";
    }
}
