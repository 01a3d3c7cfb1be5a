package io.github.imssdk.testing.internal;

import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;

import java.io.UnsupportedEncodingException;
import java.net.URLDecoder;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A request as the emulator's gateway reads it. Not part of the public API. */
public final class Incoming {
    final String method;
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> form = new LinkedHashMap<>();
    final Map<String, String> headers = new LinkedHashMap<>();
    final byte[] body;

    /** @param r the request as MockWebServer recorded it */
    public Incoming(RecordedRequest r) {
        this.method = r.getMethod();
        HttpUrl url = r.getUrl();
        for (int i = 0; i < url.querySize(); i++) {
            String v = url.queryParameterValue(i);
            query.put(url.queryParameterName(i), v == null ? "" : v);
        }
        Headers h = r.getHeaders();
        for (int i = 0; i < h.size(); i++) {
            headers.put(h.name(i).toLowerCase(Locale.ROOT), h.value(i));
        }
        this.body = r.getBody() == null ? new byte[0] : r.getBody().toByteArray();
        String ct = headers.get("content-type");
        if (body.length > 0 && ct != null && ct.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            for (String pair : new String(body, java.nio.charset.StandardCharsets.UTF_8).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                form.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, "UTF-8");
        } catch (UnsupportedEncodingException | IllegalArgumentException e) {
            return s;
        }
    }

    /** @return the HTTP method */
    public String method() {
        return method;
    }

    /** @return the decoded query parameters */
    public Map<String, String> query() {
        return query;
    }

    /** @return the decoded form body parameters */
    public Map<String, String> form() {
        return form;
    }

    /** @return every parameter, query and form together */
    Map<String, String> allParams() {
        Map<String, String> all = new LinkedHashMap<>(query);
        all.putAll(form);
        return all;
    }

    /** @return the {@code Host} header */
    String host() {
        return headers.get("host");
    }

    /** @return the security token the request carries (V3 header, else V1 parameter), or {@code null} */
    public String securityToken() {
        String token = headers.get("x-acs-security-token");
        return token != null ? token : allParams().get("SecurityToken");
    }
}
