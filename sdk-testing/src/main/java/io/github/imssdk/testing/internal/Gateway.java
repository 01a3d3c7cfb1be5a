package io.github.imssdk.testing.internal;

import io.github.imssdk.core.internal.AcsV3Signer;
import io.github.imssdk.core.internal.Crypto;
import io.github.imssdk.core.internal.RpcV1Signer;
import io.github.imssdk.core.internal.Lenient;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The emulated API gateway: reads the action, checks the signature (V1 HMAC-SHA1 or V3
 * ACS3-HMAC-SHA256) against the known credentials, the timestamp against the allowed clock skew
 * and the nonce against those already used, as the service does. Not part of the public API.
 */
public final class Gateway {
    /** Parameters of the V1 protocol, not of the API. */
    static final Set<String> V1_COMMON = new HashSet<>(Arrays.asList("Action", "Version", "Format", "AccessKeyId",
            "SignatureMethod", "SignatureVersion", "SignatureNonce", "Timestamp", "Signature", "SecurityToken",
            "SignatureType", "BearerToken", "RegionId"));

    private final Map<String, String> secrets;
    private final Clock clock;
    private final Duration maxSkew;
    private final Map<String, Instant> nonces = new ConcurrentHashMap<>();

    /**
     * @param secrets AccessKey secret by AccessKey id
     * @param clock the real-time clock timestamps are checked against
     * @param maxSkew the allowed clock skew (the service allows 15 minutes)
     */
    public Gateway(Map<String, String> secrets, Clock clock, Duration maxSkew) {
        this.secrets = secrets;
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    /** What a verified request carries. */
    public static final class Verified {
        public final String action;
        public final String version;
        public final String signatureVersion;
        public final String accessKeyId;
        public final Map<String, String> params;

        Verified(String action, String version, String signatureVersion, String accessKeyId, Map<String, String> params) {
            this.action = action;
            this.version = version;
            this.signatureVersion = signatureVersion;
            this.accessKeyId = accessKeyId;
            this.params = params;
        }
    }

    /** @return the action named by a request, before any check, for the journal */
    public static String actionOf(Incoming in) {
        String a = in.headers.get("x-acs-action");
        return a != null ? a : in.query.get("Action");
    }

    /**
     * @param in the request
     * @return the verified request
     * @throws MockError as the service would answer
     */
    public Verified verify(Incoming in) {
        String auth = in.headers.get("authorization");
        if (auth != null && auth.startsWith(AcsV3Signer.ALGORITHM)) {
            return verifyV3(in, auth);
        }
        if (in.query.containsKey("Signature")) {
            return verifyV1(in);
        }
        if (ANONYMOUS.contains(actionOf(in))) {
            return anonymous(in);
        }
        throw new MockError(400, "IncompleteSignature", "The request signature does not conform to Aliyun standards.");
    }

    /** The actions STS answers without a signature: the caller proves who it is with a parameter. */
    static final Set<String> ANONYMOUS = new HashSet<>(Arrays.asList("AssumeRoleWithOIDC"));

    private Verified anonymous(Incoming in) {
        Map<String, String> all = in.allParams();
        String action = require(all, "Action");
        String version = require(all, "Version");
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (!V1_COMMON.contains(e.getKey())) {
                params.put(e.getKey(), e.getValue());
            }
        }
        return new Verified(action, version, "none", null, params);
    }

    private Verified verifyV1(Incoming in) {
        Map<String, String> all = in.allParams();
        String action = require(all, "Action");
        String version = require(all, "Version");
        String id = require(all, "AccessKeyId");
        if (!"HMAC-SHA1".equals(all.get("SignatureMethod"))) {
            throw new MockError(400, "InvalidSignatureMethod", "Specified signature method is not valid.");
        }
        if (!"1.0".equals(all.get("SignatureVersion"))) {
            throw new MockError(400, "InvalidSignatureVersion", "Specified signature version is not valid.");
        }
        String secret = secret(id);
        checkTime(all.get("Timestamp"), "Timestamp");
        String nonce = require(all, "SignatureNonce");
        String stringToSign = RpcV1Signer.stringToSign(in.method, all);
        if (!constantTimeEquals(RpcV1Signer.signature(stringToSign, secret), all.get("Signature"))) {
            throw new MockError(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:" + stringToSign);
        }
        useNonce(id, nonce);
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : all.entrySet()) {
            if (!V1_COMMON.contains(e.getKey())) {
                params.put(e.getKey(), e.getValue());
            }
        }
        return new Verified(action, version, "V1", id, params);
    }

    private Verified verifyV3(Incoming in, String auth) {
        String[] parts = AcsV3Signer.parseAuthorization(auth);
        if (parts == null) {
            throw new MockError(400, "IncompleteSignature", "The Authorization header is malformed.");
        }
        String id = parts[0];
        String secret = secret(id);
        String action = in.headers.get("x-acs-action");
        String version = in.headers.get("x-acs-version");
        if (action == null) {
            throw MockError.missing("x-acs-action");
        }
        if (version == null) {
            throw MockError.missing("x-acs-version");
        }
        checkTime(in.headers.get("x-acs-date"), "x-acs-date");
        String nonce = in.headers.get("x-acs-signature-nonce");
        if (nonce == null) {
            throw MockError.missing("x-acs-signature-nonce");
        }
        String payloadHash = Crypto.sha256Hex(in.body);
        if (!payloadHash.equals(in.headers.get("x-acs-content-sha256"))) {
            throw new MockError(400, "SignatureDoesNotMatch", "x-acs-content-sha256 does not match the body.");
        }
        Set<String> signedNames = new HashSet<>(Arrays.asList(parts[1].split(";")));
        for (String mustSign : new String[] {"host", "x-acs-action", "x-acs-version", "x-acs-date",
                "x-acs-signature-nonce", "x-acs-content-sha256"}) {
            if (!signedNames.contains(mustSign)) {
                throw new MockError(400, "IncompleteSignature", "The header " + mustSign + " must be signed.");
            }
        }
        Map<String, String> signed = new LinkedHashMap<>();
        for (String name : signedNames) {
            String v = in.headers.get(name);
            if (v == null) {
                throw new MockError(400, "IncompleteSignature", "The signed header " + name + " is missing.");
            }
            signed.put(name, v);
        }
        String canonical = AcsV3Signer.canonicalRequest(in.method, in.query, signed, payloadHash);
        if (!constantTimeEquals(AcsV3Signer.signature(canonical, secret), parts[2])) {
            throw new MockError(400, "SignatureDoesNotMatch",
                    "Specified signature is not matched with our calculation. server string to sign is:"
                            + AcsV3Signer.stringToSign(canonical));
        }
        useNonce(id, nonce);
        return new Verified(action, version, "V3", id, in.allParams());
    }

    private String secret(String id) {
        String secret = secrets.get(id);
        if (secret == null) {
            throw new MockError(404, "InvalidAccessKeyId.NotFound", "Specified access key is not found.");
        }
        return secret;
    }

    private void checkTime(String value, String name) {
        if (value == null) {
            throw new MockError(400, "IllegalTimestamp", "The input parameter \"" + name + "\" is missing.");
        }
        Instant t = Lenient.parseInstant(value);
        if (t == null || !value.endsWith("Z")) {
            throw new MockError(400, "InvalidTimeStamp.Format", "Specified time stamp or date value is not well formatted.");
        }
        if (Duration.between(t, clock.instant()).abs().compareTo(maxSkew) > 0) {
            throw new MockError(400, "InvalidTimeStamp.Expired",
                    "Specified time stamp or date value is expired. " + value + " is more than "
                            + maxSkew.toMinutes() + " minutes from the server time " + clock.instant() + ".");
        }
    }

    private void useNonce(String id, String nonce) {
        Instant now = clock.instant();
        if (nonces.size() > 10_000) {
            for (Iterator<Instant> it = nonces.values().iterator(); it.hasNext(); ) {
                if (it.next().isBefore(now.minus(maxSkew.multipliedBy(2)))) {
                    it.remove();
                }
            }
        }
        if (nonces.putIfAbsent(id + "\n" + nonce, now) != null) {
            throw new MockError(400, "SignatureNonceUsed", "Specified signature nonce was used already.");
        }
    }

    private static String require(Map<String, String> params, String name) {
        String v = params.get(name);
        if (v == null || v.isEmpty()) {
            throw MockError.missing(name);
        }
        return v;
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        if (actual == null) {
            return false;
        }
        return java.security.MessageDigest.isEqual(expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                actual.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
