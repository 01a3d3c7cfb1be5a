package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;

import java.time.Instant;
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
        // Their names are fixed, so they are written in their sorted order (as the canonical
        // request needs them) without sorting: names[i] and values[i], n of them.
        String[] names = new String[9];
        String[] values = new String[9];
        int n = 0;
        if (body.length > 0) {
            names[n] = "content-type";
            values[n++] = SignedRequest.FORM_CONTENT_TYPE;
        }
        names[n] = "host";
        values[n++] = InvalidHeaderValueException.check("host", host);
        if (token != null) {
            names[n] = "x-acs-accesskey-id";
            values[n++] = InvalidHeaderValueException.check("x-acs-accesskey-id", id.trim());
        }
        names[n] = "x-acs-action";
        values[n++] = InvalidHeaderValueException.check("x-acs-action", action.trim());
        names[n] = "x-acs-content-sha256";
        values[n++] = payloadHash;
        names[n] = "x-acs-date";
        values[n++] = Timestamps.format(time);
        if (token != null) {
            names[n] = "x-acs-security-token";
            values[n++] = InvalidHeaderValueException.check("x-acs-security-token", token.trim());
        }
        names[n] = "x-acs-signature-nonce";
        values[n++] = InvalidHeaderValueException.check("x-acs-signature-nonce", nonce.trim());
        names[n] = "x-acs-version";
        values[n++] = InvalidHeaderValueException.check("x-acs-version", version.trim());
        InvalidHeaderValueException.check("Authorization", id);
        String canonicalQuery = canonicalQuery(query);
        StringBuilder sh = new StringBuilder(160);
        for (int i = 0; i < n; i++) {
            sh.append(i == 0 ? "" : ";").append(names[i]);
        }
        String signedHeaders = sh.toString();
        // Sized for the whole canonical request at once: the query (JSON parameters, encoded) is
        // most of it, and growing the builder would copy it twice.
        StringBuilder cr = new StringBuilder(canonicalQuery.length() + 512).append(method).append("\n/\n")
                .append(canonicalQuery).append('\n');
        for (int i = 0; i < n; i++) { // sorted, lower-case, trimmed already
            cr.append(names[i]).append(':').append(values[i]).append('\n');
        }
        String canonicalRequest = cr.append('\n').append(signedHeaders).append('\n').append(payloadHash).toString();
        String authorization = ALGORITHM + " Credential=" + id + ",SignedHeaders=" + signedHeaders
                + ",Signature=" + signature(canonicalRequest, credentials.accessKeySecret());
        String[] headers = new String[2 * n];
        int h = 0;
        for (int i = 0; i < n; i++) {
            if (!names[i].equals("host")) { // OkHttp writes Host itself, from the URL
                headers[h++] = names[i];
                headers[h++] = values[i];
            }
        }
        headers[h++] = "Authorization";
        headers[h] = authorization;
        return new SignedRequest(method, query, headers, body, canonicalQuery);
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
