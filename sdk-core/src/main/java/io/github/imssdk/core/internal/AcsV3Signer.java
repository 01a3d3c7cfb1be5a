package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
     * @throws InvalidHeaderValueException when a value would put a character into a header that
     *     HTTP does not allow there (checked as the canonical request is written)
     */
    public static SignedRequest sign(String method, String host, String action, String version,
                                     Map<String, String> query, Map<String, String> form,
                                     Credentials credentials, Instant time, String nonce) {
        byte[] body = form.isEmpty() ? EMPTY : FormEncoding.encodeBytes(form);
        String payloadHash = body.length == 0 ? EMPTY_SHA256 : Crypto.sha256Hex(body);
        String token = credentials.securityToken();
        String id = credentials.accessKeyId();
        // The headers to sign and send, each value checked: it goes into a header as it is, and
        // a value OkHttp would refuse must fail as a typed error that does not show it (a token).
        Map<String, String> signed = new TreeMap<>();
        if (body.length > 0) {
            signed.put("content-type", SignedRequest.FORM_CONTENT_TYPE);
        }
        signed.put("host", InvalidHeaderValueException.check("host", host));
        if (token != null) {
            signed.put("x-acs-accesskey-id", InvalidHeaderValueException.check("x-acs-accesskey-id", id.trim()));
            signed.put("x-acs-security-token", InvalidHeaderValueException.check("x-acs-security-token", token.trim()));
        }
        signed.put("x-acs-action", InvalidHeaderValueException.check("x-acs-action", action.trim()));
        signed.put("x-acs-content-sha256", payloadHash);
        signed.put("x-acs-date", Timestamps.format(time));
        signed.put("x-acs-signature-nonce", InvalidHeaderValueException.check("x-acs-signature-nonce", nonce.trim()));
        signed.put("x-acs-version", InvalidHeaderValueException.check("x-acs-version", version.trim()));
        InvalidHeaderValueException.check("Authorization", id);
        String canonicalQuery = canonicalQuery(query);
        String signedHeaders = String.join(";", signed.keySet());
        // Sized for the whole canonical request at once: the query (JSON parameters, encoded) is
        // most of it, and growing the builder would copy it twice.
        StringBuilder cr = new StringBuilder(canonicalQuery.length() + 512).append(method).append("\n/\n")
                .append(canonicalQuery).append('\n');
        for (Map.Entry<String, String> e : signed.entrySet()) { // sorted, lower-case, trimmed already
            cr.append(e.getKey()).append(':').append(e.getValue()).append('\n');
        }
        String canonicalRequest = cr.append('\n').append(signedHeaders).append('\n').append(payloadHash).toString();
        String authorization = ALGORITHM + " Credential=" + id + ",SignedHeaders=" + signedHeaders
                + ",Signature=" + signature(canonicalRequest, credentials.accessKeySecret());
        List<String> headers = new ArrayList<>(2 * signed.size() + 2);
        for (Map.Entry<String, String> e : signed.entrySet()) {
            if (!e.getKey().equals("host")) { // OkHttp writes Host itself, from the URL
                headers.add(e.getKey());
                headers.add(e.getValue());
            }
        }
        headers.add("Authorization");
        headers.add(authorization);
        return new SignedRequest(method, query, headers.toArray(new String[0]), body, canonicalQuery);
    }

    private static final byte[] EMPTY = new byte[0];
    private static final String EMPTY_SHA256 = Crypto.sha256Hex(EMPTY);

    /**
     * @param query the query parameters, unencoded
     * @return {@code enc(name)=enc(value)} sorted by name, joined with {@code &}
     */
    public static String canonicalQuery(Map<String, String> query) {
        return query.isEmpty() ? "" : FormEncoding.encode(new TreeMap<>(query));
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
