package io.github.imssdk.core.testsupport;

import io.github.imssdk.core.internal.AcsV3Signer;
import io.github.imssdk.core.internal.Oracle;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads what arrived at a MockWebServer and checks its signature with the independent oracle
 * (aliyun-java-sdk-core), the way the service would.
 */
public final class Wire {
    private Wire() {
    }

    /** @return the decoded query parameters */
    public static Map<String, String> query(RecordedRequest r) {
        HttpUrl url = r.getUrl();
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            m.put(url.queryParameterName(i), url.queryParameterValue(i) == null ? "" : url.queryParameterValue(i));
        }
        return m;
    }

    /** @return the decoded form body parameters (empty when there is no body) */
    public static Map<String, String> form(RecordedRequest r) {
        Map<String, String> m = new LinkedHashMap<>();
        String body = r.getBody() == null ? "" : r.getBody().utf8();
        if (body.isEmpty()) {
            return m;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            m.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
        return m;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    /** Asserts that the request carries a valid V1 signature for {@code secret}; returns it. */
    public static String assertV1Signature(RecordedRequest r, String secret) {
        Map<String, String> params = new HashMap<>(query(r));
        String signature = params.remove("Signature");
        assertThat(signature).as("Signature query parameter").isNotNull();
        params.putAll(form(r));
        assertThat(signature).as("V1 signature recomputed by aliyun-java-sdk-core")
                .isEqualTo(Oracle.v1Signature(r.getMethod(), params, secret));
        return signature;
    }

    /** Asserts that the request carries a valid V3 signature for {@code secret}; returns it. */
    public static String assertV3Signature(RecordedRequest r, String secret) {
        String auth = r.getHeaders().get("Authorization");
        String[] parts = AcsV3Signer.parseAuthorization(auth);
        assertThat(parts).as("Authorization header %s", auth).isNotNull();
        Map<String, String> signed = new HashMap<>();
        for (String name : parts[1].split(";")) {
            String v = r.getHeaders().get(name);
            assertThat(v).as("signed header %s present", name).isNotNull();
            signed.put(name.toLowerCase(Locale.ROOT), v);
        }
        assertThat(signed).containsKeys("host", "x-acs-action", "x-acs-version", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-content-sha256");
        byte[] body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        assertThat(parts[2]).as("V3 signature recomputed by aliyun-java-sdk-core")
                .isEqualTo(Oracle.v3Signature(r.getMethod(), query(r), signed, body, secret));
        return parts[2];
    }

    /** @return the body as UTF-8 text */
    public static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : new String(r.getBody().toByteArray(), StandardCharsets.UTF_8);
    }
}
