package io.github.imssdk.core.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executor;

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
        return of(env, properties, home, Clock.systemUTC(), null, null);
    }

    /**
     * Settings from fixed maps, with the clock temporary credentials are compared with, the
     * executor that refreshes them and the STS endpoint, for tests that own all three.
     *
     * @param env environment variables
     * @param properties system properties
     * @param home the home directory, may be {@code null}
     * @param clock what providers built from these settings compare expirations with
     * @param refresher runs their background refreshes ({@code null}: a daemon thread each)
     * @param stsEndpoint where providers built from these settings call STS, whatever region they
     *     are given (an emulator's address), or {@code null}
     * @return settings that read only the given values
     */
    public static SystemSettings of(Map<String, String> env, Properties properties, Path home, Clock clock,
                                    Executor refresher, java.net.URI stsEndpoint) {
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

            @Override
            public Clock clock() {
                return clock;
            }

            @Override
            public Executor refresher() {
                return refresher;
            }

            @Override
            public java.net.URI stsEndpoint() {
                return stsEndpoint;
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
     * @param value the value it has in the settings returned
     * @return these settings with that one variable set
     */
    public SystemSettings withEnv(String name, String value) {
        SystemSettings base = this;
        return new SystemSettings() {
            @Override
            public String env(String n) {
                return name.equals(n) ? value : base.env(n);
            }

            @Override
            public String property(String n) {
                return base.property(n);
            }

            @Override
            public Path homeDirectory() {
                return base.homeDirectory();
            }

            @Override
            public Clock clock() {
                return base.clock();
            }

            @Override
            public Executor refresher() {
                return base.refresher();
            }

            @Override
            public java.net.URI stsEndpoint() {
                return base.stsEndpoint();
            }
        };
    }

    /** @return the clock providers compare expirations with: the system's, unless a test sets one */
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** @return what runs background credential refreshes: {@code null} (a daemon thread each), unless a test sets one */
    public Executor refresher() {
        return null;
    }

    /** @return where STS is called whatever the region: {@code null} (the real endpoints), unless a test sets one */
    public java.net.URI stsEndpoint() {
        return null;
    }

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
