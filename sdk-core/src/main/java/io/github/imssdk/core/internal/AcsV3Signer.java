package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;

import java.time.Instant;
import java.util.Arrays;
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
        // The canonical request is written once, as bytes, into a per-thread buffer and hashed
        // in place; its query part doubles as the URL's query. The signed headers follow in
        // their sorted order: content-type, host, x-acs-accesskey-id, x-acs-action,
        // x-acs-content-sha256, x-acs-date, x-acs-security-token, x-acs-signature-nonce,
        // x-acs-version.
        Scratch s = SCRATCH.get();
        AsciiBuffer cr = s.canonical;
        cr.reset();
        cr.text(method).text("\n/\n");
        int queryStart = cr.len;
        String[] decodedQuery = canonicalQueryTo(cr, query);
        String canonicalQuery = cr.len == queryStart ? "" : cr.ascii(queryStart, cr.len);
        cr.put('\n');
        boolean hasBody = body.length > 0;
        String[] headers = new String[2 * ((hasBody ? 1 : 0) + (token != null ? 2 : 0) + 6)];
        int h = 0;
        if (hasBody) {
            h = signed(cr, headers, h, "content-type", SignedRequest.FORM_CONTENT_TYPE);
        }
        signed(cr, null, 0, "host", host);
        if (token != null) {
            h = signed(cr, headers, h, "x-acs-accesskey-id", id);
        }
        h = signed(cr, headers, h, "x-acs-action", action.trim());
        h = own(cr, headers, h, "x-acs-content-sha256", payloadHash);
        h = own(cr, headers, h, "x-acs-date", Timestamps.format(time));
        if (token != null) {
            h = signed(cr, headers, h, "x-acs-security-token", token.trim());
        }
        h = signed(cr, headers, h, "x-acs-signature-nonce", nonce.trim());
        h = signed(cr, headers, h, "x-acs-version", version.trim());
        String signedHeaders = SIGNED_HEADERS[(hasBody ? 1 : 0) + (token != null ? 2 : 0)];
        cr.put('\n').copyAscii(signedHeaders).put('\n').copyAscii(payloadHash);
        // StringToSign = ALGORITHM \n hex(sha256(CanonicalRequest)); the signature is hex(HMAC).
        s.hmac.hash(cr.buf, cr.len, s.digest);
        AsciiBuffer sts = s.stringToSign;
        sts.len = STS_PREFIX_LENGTH;
        sts.hex(s.digest, 32);
        s.hmac.keyed(credentials.accessKeySecret()).mac(sts.buf, sts.len, s.digest);
        AsciiBuffer auth = s.authorization;
        auth.reset();
        auth.copyAscii(AUTHORIZATION_PREFIX);
        int bad = auth.headerValue(id);
        if (bad >= 0) {
            throw InvalidHeaderValueException.at("Authorization", id, bad);
        }
        auth.copyAscii(",SignedHeaders=").copyAscii(signedHeaders)
                .copyAscii(",Signature=").hex(s.digest, 32);
        headers[h++] = "Authorization";
        headers[h] = auth.ascii(0, auth.len);
        return new SignedRequest(method, query, headers, body, canonicalQuery, decodedQuery);
    }

    /** The {@code SignedHeaders} list, indexed by (body ? 1 : 0) + (token ? 2 : 0): the names sign() writes. */
    private static final String[] SIGNED_HEADERS = new String[4];

    static {
        String[] all = {"content-type", "host", "x-acs-accesskey-id", "x-acs-action", "x-acs-content-sha256",
            "x-acs-date", "x-acs-security-token", "x-acs-signature-nonce", "x-acs-version"};
        for (int variant = 0; variant < 4; variant++) {
            StringBuilder sb = new StringBuilder();
            for (String name : all) {
                boolean onlyWithBody = name.equals("content-type");
                boolean onlyWithToken = name.equals("x-acs-accesskey-id") || name.equals("x-acs-security-token");
                if ((onlyWithBody && (variant & 1) == 0) || (onlyWithToken && (variant & 2) == 0)) {
                    continue;
                }
                sb.append(sb.length() == 0 ? "" : ";").append(name);
            }
            SIGNED_HEADERS[variant] = sb.toString();
        }
    }

    private static final int STS_PREFIX_LENGTH = ALGORITHM.length() + 1;
    private static final String AUTHORIZATION_PREFIX = ALGORITHM + " Credential=";

    /** Per-thread buffers for the canonical request, string to sign and header, reused call after call. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        final AsciiBuffer canonical = new AsciiBuffer(1024);
        final AsciiBuffer stringToSign = new AsciiBuffer(STS_PREFIX_LENGTH + 64);
        final AsciiBuffer authorization = new AsciiBuffer(256);
        final byte[] digest = new byte[32];
        /** HMAC-SHA256 keyed with the last secret; its digest also hashes the canonical request. */
        final Crypto.Hmac hmac = Crypto.newHmacSha256();

        Scratch() {
            stringToSign.copyAscii(ALGORITHM).put('\n');
        }
    }

    private static final byte[] EMPTY = new byte[0];
    private static final String EMPTY_SHA256 = Crypto.sha256Hex(EMPTY);

    /** Writes {@code name:value\n} and, when {@code headers} is given, records the pair at {@code h}. */
    private static int signed(AsciiBuffer cr, String[] headers, int h, String name, String value) {
        cr.copyAscii(name).put(':');
        // The value is checked as it is copied: it goes into a header as it is, and a value
        // OkHttp would refuse must fail as a typed error that does not show it (a token).
        int bad = cr.headerValue(value);
        if (bad >= 0) {
            throw InvalidHeaderValueException.at(name, value, bad);
        }
        cr.put('\n');
        if (headers == null) {
            return h;
        }
        headers[h] = name;
        headers[h + 1] = value;
        return h + 2;
    }

    /** As {@link #signed}, for a value this class made (hex, the SDK's timestamp): ASCII, copied without a check. */
    private static int own(AsciiBuffer cr, String[] headers, int h, String name, String value) {
        cr.copyAscii(name).put(':').copyAscii(value).put('\n');
        headers[h] = name;
        headers[h + 1] = value;
        return h + 2;
    }

    /**
     * Writes {@code enc(name)=enc(value)} sorted by name, joined with {@code &}.
     *
     * @return the names and values as written, before encoding (name, value, …), which is what
     *     percent-decoding the written text gives back; {@code null} when it would not (an
     *     unpaired surrogate, written as {@code ?}) or there is no query; {@code out} must be
     *     new or reset, as {@link AsciiBuffer#lossy} covers all it holds
     */
    private static String[] canonicalQueryTo(AsciiBuffer out, Map<String, String> query) {
        if (query.isEmpty()) {
            return null;
        }
        String[] names = query.keySet().toArray(new String[0]);
        Arrays.sort(names);
        String[] pairs = new String[2 * names.length];
        for (int i = 0; i < names.length; i++) {
            if (i > 0) {
                out.put('&');
            }
            String v = query.get(names[i]);
            String value = v == null ? "" : v;
            out.percentEncoded(names[i]).put('=').percentEncoded(value);
            pairs[2 * i] = names[i];
            pairs[2 * i + 1] = value;
        }
        return out.lossy ? null : pairs;
    }

    /**
     * @param query the query parameters, unencoded
     * @return {@code enc(name)=enc(value)} sorted by name, joined with {@code &}
     */
    public static String canonicalQuery(Map<String, String> query) {
        AsciiBuffer out = new AsciiBuffer(query.size() * 48 + 16);
        canonicalQueryTo(out, query);
        return out.ascii(0, out.len);
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
