package io.github.imssdk.core.internal;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that decides what must never be logged or printed: AccessKey secrets, security
 * tokens, signatures and the {@code Authorization} header. Every log line and {@code toString()}
 * that shows parameters, headers or bodies goes through it. Not part of the public API.
 */
public final class Redactor {
    /** What a redacted value is replaced with. */
    public static final String MASK = "***";

    private static final Set<String> SENSITIVE = Collections.unmodifiableSet(new HashSet<>(Arrays.asList(
            "accesskeysecret", "access_key_secret", "securitytoken", "sts_token", "security_token",
            "x-acs-security-token", "signature", "authorization", "bearertoken", "x-acs-bearer-token",
            "x-aliyun-ecs-metadata-token", "sessiontoken", "accesskeyidsecret")));

    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?i:AccessKeySecret|SecurityToken|Signature|Authorization|BearerToken|access_key_secret|sts_token)\""
                    + "\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FORM_SECRET = Pattern.compile(
            "((?:^|[?&])(?i:AccessKeySecret|SecurityToken|Signature|BearerToken)=)[^&\\s]*");

    private Redactor() {
    }

    /**
     * @param name a parameter or header name
     * @return whether its value must never be shown
     */
    public static boolean isSensitive(String name) {
        return name != null && SENSITIVE.contains(name.toLowerCase(Locale.ROOT));
    }

    /**
     * @param name a parameter or header name
     * @param value its value
     * @return the value, or {@link #MASK} when the name is sensitive
     */
    public static String value(String name, String value) {
        return isSensitive(name) ? MASK : value;
    }

    /**
     * @param params parameters or headers
     * @return {@code {name=value, ...}} with sensitive values masked
     */
    public static String params(Map<String, String> params) {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(e.getKey()).append('=').append(value(e.getKey(), e.getValue()));
        }
        return sb.append('}').toString();
    }

    /**
     * Masks secrets inside free text: JSON members and form/query pairs with a sensitive name.
     *
     * @param text a body or message; may be {@code null}
     * @return the text with sensitive values masked
     */
    public static String text(String text) {
        if (text == null) {
            return null;
        }
        String t = JSON_SECRET.matcher(text).replaceAll("$1\"" + Matcher.quoteReplacement(MASK) + "\"");
        return FORM_SECRET.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(MASK));
    }
}
