package io.github.imssdk.core.internal;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The process environment, system properties and home directory, behind one seam so that
 * credential and region lookup can be tested with a temporary home and environment.
 * Not part of the public API.
 */
public abstract class SystemSettings {
    private static final SystemSettings SYSTEM = new SystemSettings() {
        @Override
        public String env(String name) {
            return System.getenv(name);
        }

        @Override
        public String property(String name) {
            return System.getProperty(name);
        }

        @Override
        public Path homeDirectory() {
            String home = System.getProperty("user.home");
            return home == null ? null : Paths.get(home);
        }
    };

    /** @return the real process environment, system properties and home */
    public static SystemSettings system() {
        return SYSTEM;
    }

    /**
     * Settings from fixed maps, for tests.
     *
     * @param env environment variables
     * @param properties system properties
     * @param home the home directory, may be {@code null}
     * @return settings that read only the given values
     */
    public static SystemSettings of(Map<String, String> env, Properties properties, Path home) {
        final Map<String, String> envCopy = Collections.unmodifiableMap(new HashMap<>(env));
        final Properties props = new Properties();
        props.putAll(properties);
        return new SystemSettings() {
            @Override
            public String env(String name) {
                return envCopy.get(name);
            }

            @Override
            public String property(String name) {
                return props.getProperty(name);
            }

            @Override
            public Path homeDirectory() {
                return home;
            }
        };
    }

    /**
     * @param name an environment variable
     * @return its value, or {@code null}
     */
    public abstract String env(String name);

    /**
     * @param name a system property
     * @return its value, or {@code null}
     */
    public abstract String property(String name);

    /** @return the user's home directory, or {@code null} when unknown */
    public abstract Path homeDirectory();

    /**
     * @param name an environment variable
     * @return its value trimmed, or {@code null} when unset or blank
     */
    public String envNonBlank(String name) {
        return nonBlank(env(name));
    }

    /**
     * @param name a system property
     * @return its value trimmed, or {@code null} when unset or blank
     */
    public String propertyNonBlank(String name) {
        return nonBlank(property(name));
    }

    /**
     * @param name an environment variable holding a boolean
     * @return whether it is set to {@code true} (any case)
     */
    public boolean envTrue(String name) {
        String v = envNonBlank(name);
        return v != null && v.equalsIgnoreCase("true");
    }

    private static String nonBlank(String v) {
        if (v == null) {
            return null;
        }
        String t = v.trim();
        return t.isEmpty() ? null : t;
    }
}
