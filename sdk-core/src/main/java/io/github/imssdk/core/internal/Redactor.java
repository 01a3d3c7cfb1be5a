package io.github.imssdk.core.internal;

import java.util.Arrays;
import java.util.Collection;
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
            "x-aliyun-ecs-metadata-token", "sessiontoken", "accesskeyidsecret", "externalid", "oidctoken")));

    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\"(?i:AccessKeySecret|SecurityToken|Signature|Authorization|BearerToken|access_key_secret|sts_token)\""
                    + "\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern FORM_SECRET = Pattern.compile(
            "((?:^|[?&])(?i:AccessKeySecret|SecurityToken|Signature|BearerToken)=)[^&\\s]*");

    /** The most of a service's or proxy's text that reaches an exception or a log line. */
    public static final int MAX_ECHO = 8 * 1024;

    /** A percent-encoded {@code name=value} pair of a sensitive name, as a string to sign quotes it. */
    private static final Pattern ENCODED_SECRET = Pattern.compile(
            "((?i:AccessKeySecret|SecurityToken|Signature|BearerToken)(?:%3D|%253D))(?:(?!%26|%2526|&)[^\\s\"'<])*");
    /** A header line or JSON member of a sensitive header, as a proxy may echo it. */
    private static final Pattern HEADER_SECRET = Pattern.compile(
            "((?i:x-acs-security-token|x-acs-bearer-token|x-aliyun-ecs-metadata-token)\"?\\s*[:=]\\s*\"?)"
                    + "[^\\s\"',;|<]*");
    /** An {@code Authorization} value has spaces in it: everything to the end of its line goes. */
    private static final Pattern AUTHORIZATION = Pattern.compile("((?i:authorization)\"?\\s*[:=]\\s*\"?)[^\\r\\n\"|<]*");

    private Redactor() {
    }

    /**
     * What a service or a proxy sends back, made fit for an exception message or a log line: the
     * given secrets removed in every form a request carries them (raw, percent-encoded once and
     * twice, as a string to sign quotes them), every sensitive name's value masked, control
     * characters escaped (no forged log lines), and at most {@link #MAX_ECHO} characters kept.
     *
     * @param text the echoed text; may be {@code null}
     * @param secrets values this request carried that must never be shown (token, signature)
     * @return the text, safe to show
     */
    public static String echo(String text, Collection<String> secrets) {
        if (text == null) {
            return null;
        }
        String t = text.length() > 4 * MAX_ECHO ? text.substring(0, 4 * MAX_ECHO) : text;
        for (String secret : secrets) {
            if (secret == null || secret.length() < 4) {
                continue;
            }
            String once = PercentEncoding.encode(secret);
            String twice = PercentEncoding.encode(once);
            t = t.replace(secret, MASK).replace(once, MASK).replace(twice, MASK);
        }
        t = ENCODED_SECRET.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        t = HEADER_SECRET.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        t = AUTHORIZATION.matcher(t).replaceAll("$1" + Matcher.quoteReplacement(MASK) + " ");
        return oneLine(text(t), text.length());
    }

    /**
     * @param text any text; may be {@code null}
     * @return the text on one line (control characters escaped, e.g. {@code \n}) and at most
     *     {@link #MAX_ECHO} characters long
     */
    public static String oneLine(String text) {
        return text == null ? null : oneLine(text, text.length());
    }

    private static String oneLine(String t, int originalLength) {
        StringBuilder sb = new StringBuilder(Math.min(t.length(), MAX_ECHO) + 32);
        for (int i = 0; i < t.length() && sb.length() < MAX_ECHO; i++) {
            char c = t.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        if (sb.length() >= MAX_ECHO && originalLength > MAX_ECHO) {
            sb.setLength(MAX_ECHO);
            sb.append("... (").append(originalLength).append(" characters in all)");
        }
        return sb.toString();
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
