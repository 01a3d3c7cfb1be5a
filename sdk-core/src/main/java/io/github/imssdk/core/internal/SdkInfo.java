package io.github.imssdk.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK's own version, read from the built artifact, and the {@code User-Agent} it sends.
 * Not part of the public API.
 */
public final class SdkInfo {
    private static final String VERSION = readVersion();
    private static final String USER_AGENT = "ims-java-sdk/" + VERSION
            + " (" + System.getProperty("os.name") + "; " + System.getProperty("os.arch") + ")"
            + " Java/" + System.getProperty("java.version")
            + " OkHttp/" + okhttp3.OkHttp.VERSION;

    private SdkInfo() {
    }

    /** @return the SDK version, e.g. {@code 0.1.0}; {@code unknown} when run from unpackaged classes */
    public static String version() {
        return VERSION;
    }

    /** @return {@code ims-java-sdk/<version> (<os>; <arch>) Java/<version> OkHttp/<version>} */
    public static String userAgent() {
        return USER_AGENT;
    }

    private static String readVersion() {
        try (InputStream in = SdkInfo.class.getResourceAsStream("/io/github/imssdk/core/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version");
                if (v != null && !v.isEmpty() && !v.startsWith("$")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "unknown";
    }
}
