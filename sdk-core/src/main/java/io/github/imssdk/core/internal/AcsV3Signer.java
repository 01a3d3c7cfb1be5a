package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The V3 signature ACS3-HMAC-SHA256 as a pure function of the request, credentials, time and
 * nonce. Not part of the public API.
 *
 * <pre>
 * CanonicalRequest = METHOD \n / \n CanonicalQuery \n CanonicalHeaders \n SignedHeaders \n hex(sha256(body))
 * StringToSign     = "ACS3-HMAC-SHA256\n" + hex(sha256(CanonicalRequest))
 * Authorization    = ACS3-HMAC-SHA256 Credential=id,SignedHeaders=h1;h2,Signature=hex(hmacSha256(secret, StringToSign))
 * </pre>
 *
 * Signed headers: {@code host}, {@code content-type} (with a body) and every {@code x-acs-*}
 * header. With STS credentials {@code x-acs-security-token} and {@code x-acs-accesskey-id} are
 * added (as the Tea SDK does).
 */
public final class AcsV3Signer {
    /** The algorithm name that starts the {@code Authorization} header. */
    public static final String ALGORITHM = "ACS3-HMAC-SHA256";

    private AcsV3Signer() {
    }

    /**
     * @param method {@code GET} or {@code POST}
     * @param host the {@code Host} header value ({@code host} or {@code host:port})
     * @param action the API action
     * @param version the API version
     * @param query business query parameters
     * @param form form body parameters
     * @param credentials who signs
     * @param time the request time
     * @param nonce a value never used before with these credentials
     * @return the query (unchanged), the signed headers plus {@code Authorization}, and the body
     */
    public static SignedRequest sign(String method, String host, String action, String version,
                                     Map<String, String> query, Map<String, String> form,
                                     Credentials credentials, Instant time, String nonce) {
        byte[] body = form.isEmpty() ? EMPTY : FormEncoding.encodeBytes(form);
        String payloadHash = body.length == 0 ? EMPTY_SHA256 : Crypto.sha256Hex(body);
        String date = Timestamps.format(time);
        String token = credentials.securityToken();
        String canonicalQuery = canonicalQuery(query);
        // The signed headers, written straight out in their sorted order: content-type, host,
        // x-acs-accesskey-id, x-acs-action, x-acs-content-sha256, x-acs-date,
        // x-acs-security-token, x-acs-signature-nonce, x-acs-version.
        Scratch scratch = SCRATCH.get();
        StringBuilder cr = scratch.canonical;
        StringBuilder names = scratch.names;
        cr.setLength(0);
        names.setLength(0);
        Map<String, String> headers = new LinkedHashMap<>(16);
        cr.append(method).append("\n/\n").append(canonicalQuery).append('\n');
        if (body.length > 0) {
            signed(cr, names, headers, "content-type", SignedRequest.FORM_CONTENT_TYPE);
        }
        signed(cr, names, null, "host", host);
        if (token != null) {
            signed(cr, names, headers, "x-acs-accesskey-id", credentials.accessKeyId());
        }
        signed(cr, names, headers, "x-acs-action", action.trim());
        signed(cr, names, headers, "x-acs-content-sha256", payloadHash);
        signed(cr, names, headers, "x-acs-date", date);
        if (token != null) {
            signed(cr, names, headers, "x-acs-security-token", token.trim());
        }
        signed(cr, names, headers, "x-acs-signature-nonce", nonce.trim());
        signed(cr, names, headers, "x-acs-version", version.trim());
        String signedHeaders = names.toString();
        cr.append('\n').append(signedHeaders).append('\n').append(payloadHash);
        // StringToSign = ALGORITHM \n hex(sha256(CanonicalRequest)), built in the same buffer.
        String crHash = Crypto.sha256Hex(cr);
        cr.setLength(0);
        cr.append(ALGORITHM).append('\n').append(crHash);
        String signature = Crypto.hmacSha256Hex(credentials.accessKeySecret(), cr);
        String id = credentials.accessKeyId();
        StringBuilder auth = new StringBuilder(ALGORITHM.length() + id.length() + signedHeaders.length() + 110);
        auth.append(ALGORITHM).append(" Credential=").append(id).append(",SignedHeaders=").append(signedHeaders)
                .append(",Signature=").append(signature);
        headers.put("Authorization", auth.toString());
        // The URL carries the query in canonical (sorted) order: the same string, encoded once.
        return new SignedRequest(method, query, headers, body, canonicalQuery);
    }

    /** Per-thread builders for the canonical request, reused call after call. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        final StringBuilder canonical = new StringBuilder(1024);
        final StringBuilder names = new StringBuilder(160);
    }

    private static final byte[] EMPTY = new byte[0];
    private static final String EMPTY_SHA256 = Crypto.sha256Hex(EMPTY);

    private static void signed(StringBuilder cr, StringBuilder names, Map<String, String> headers, String name,
                               String value) {
        cr.append(name).append(':').append(value).append('\n');
        if (names.length() > 0) {
            names.append(';');
        }
        names.append(name);
        if (headers != null) {
            headers.put(name, value);
        }
    }

    /**
     * @param query the query parameters, unencoded
     * @return {@code enc(name)=enc(value)} sorted by name, joined with {@code &}
     */
    public static String canonicalQuery(Map<String, String> query) {
        if (query.isEmpty()) {
            return "";
        }
        String[] names = query.keySet().toArray(new String[0]);
        Arrays.sort(names);
        StringBuilder sb = new StringBuilder(query.size() * 48);
        for (String name : names) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            PercentEncoding.encodeTo(sb, name);
            sb.append('=');
            String v = query.get(name);
            PercentEncoding.encodeTo(sb, v == null ? "" : v);
        }
        return sb.toString();
    }

    /**
     * @param method the HTTP method
     * @param query the query parameters, unencoded
     * @param signedHeaders the signed headers, names lower-case
     * @param payloadHash hex SHA-256 of the body
     * @return the canonical request
     */
    public static String canonicalRequest(String method, Map<String, String> query, Map<String, String> signedHeaders,
                                          String payloadHash) {
        StringBuilder sb = new StringBuilder(512);
        sb.append(method).append("\n/\n").append(canonicalQuery(query)).append('\n');
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : signedHeaders.entrySet()) {
            sorted.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue() == null ? "" : e.getValue().trim());
        }
        for (Map.Entry<String, String> e : sorted.entrySet()) {
            sb.append(e.getKey()).append(':').append(e.getValue()).append('\n');
        }
        sb.append('\n').append(String.join(";", sorted.keySet())).append('\n').append(payloadHash);
        return sb.toString();
    }

    /**
     * @param canonicalRequest the canonical request
     * @return the string to sign
     */
    public static String stringToSign(String canonicalRequest) {
        return ALGORITHM + "\n" + Crypto.sha256Hex(canonicalRequest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * @param canonicalRequest the canonical request
     * @param accessKeySecret the secret (used as the key as is, without {@code &})
     * @return the lower-case hex signature
     */
    public static String signature(String canonicalRequest, String accessKeySecret) {
        return Crypto.hmacSha256Hex(accessKeySecret, stringToSign(canonicalRequest));
    }

    /**
     * Parses an {@code Authorization} header of this scheme, for verifiers.
     *
     * @param authorization the header value
     * @return credential, signed-headers and signature, or {@code null} when malformed
     */
    public static String[] parseAuthorization(String authorization) {
        if (authorization == null || !authorization.startsWith(ALGORITHM + " ")) {
            return null;
        }
        String credential = null;
        String signedHeaders = null;
        String signature = null;
        for (String part : authorization.substring(ALGORITHM.length() + 1).split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq < 0) {
                return null;
            }
            String k = p.substring(0, eq);
            String v = p.substring(eq + 1);
            if (k.equals("Credential")) {
                credential = v;
            } else if (k.equals("SignedHeaders")) {
                signedHeaders = v;
            } else if (k.equals("Signature")) {
                signature = v;
            }
        }
        if (credential == null || signedHeaders == null || signature == null) {
            return null;
        }
        return new String[] {credential, signedHeaders, signature};
    }
}
