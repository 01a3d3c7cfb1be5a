package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The RPC signature V1 (HMAC-SHA1, {@code SignatureVersion=1.0}; the docs now call it "V2"),
 * as a pure function of the request, credentials, time and nonce. Not part of the public API.
 *
 * <ol>
 *   <li>The common parameters join the business query: {@code Action}, {@code Version},
 *       {@code Format=JSON}, {@code AccessKeyId}, {@code SignatureMethod=HMAC-SHA1},
 *       {@code SignatureVersion=1.0}, {@code SignatureNonce}, {@code Timestamp} and, with STS
 *       credentials, {@code SecurityToken}.</li>
 *   <li>Every query and form parameter, sorted by name, is written
 *       {@code enc(name)=enc(value)} and joined with {@code &} (an empty value gives
 *       {@code name=}, as in aliyun-java-sdk-core).</li>
 *   <li>{@code StringToSign = METHOD + "&%2F&" + enc(canonicalized)}.</li>
 *   <li>{@code Signature = Base64(HMAC-SHA1(secret + "&", StringToSign))}, added to the query.</li>
 * </ol>
 *
 * <p>{@code Format}: the official Tea SDK sends {@code json}, aliyun-java-sdk-core and the API
 * reference {@code JSON}; the gateway accepts both and we send {@code JSON}.
 */
public final class RpcV1Signer {
    private RpcV1Signer() {
    }

    /**
     * @param method {@code GET} or {@code POST}
     * @param action the API action
     * @param version the API version
     * @param query business query parameters
     * @param form form body parameters
     * @param credentials who signs
     * @param time the request time
     * @param nonce a value never used before with these credentials
     * @return the query (business and common parameters plus {@code Signature}), headers and body
     */
    public static SignedRequest sign(String method, String action, String version, Map<String, String> query,
                                     Map<String, String> form, Credentials credentials, Instant time, String nonce) {
        Map<String, String> q = new LinkedHashMap<>(query.size() + 12);
        q.putAll(query);
        q.put("Action", action);
        q.put("Version", version);
        q.put("Format", "JSON");
        q.put("AccessKeyId", credentials.accessKeyId());
        q.put("SignatureMethod", "HMAC-SHA1");
        q.put("SignatureVersion", "1.0");
        q.put("SignatureNonce", nonce);
        q.put("Timestamp", Timestamps.format(time));
        if (credentials.securityToken() != null) {
            q.put("SecurityToken", credentials.securityToken());
        }
        // Query and form sorted together (form values win on a clash, as they are what the
        // server reads last).
        Map<String, String> all = new TreeMap<>(q);
        all.putAll(form);
        String canonical = FormEncoding.encode(all);
        String stringToSign = method + "&%2F&" + PercentEncoding.encode(canonical);
        q.put("Signature", signature(stringToSign, credentials.accessKeySecret()));
        String[] headers = {"x-acs-action", InvalidHeaderValueException.check("x-acs-action", action),
            "x-acs-version", InvalidHeaderValueException.check("x-acs-version", version)};
        return new SignedRequest(method, q, headers, form.isEmpty() ? new byte[0] : FormEncoding.encodeBytes(form),
                FormEncoding.encode(q));
    }

    /**
     * A request without credentials or signature (an anonymous call, e.g. STS
     * {@code AssumeRoleWithOIDC}): the business parameters with {@code Action}, {@code Version},
     * {@code Format=JSON}, {@code Timestamp} and {@code SignatureNonce}, and no
     * {@code AccessKeyId}, {@code SignatureMethod}, {@code SignatureVersion} or {@code Signature}.
     *
     * @param method {@code GET} or {@code POST}
     * @param action the API action
     * @param version the API version
     * @param query business query parameters
     * @param form form body parameters
     * @param time the request time
     * @param nonce a value never used before
     * @return the query, headers and body
     */
    public static SignedRequest unsigned(String method, String action, String version, Map<String, String> query,
                                         Map<String, String> form, Instant time, String nonce) {
        Map<String, String> q = new LinkedHashMap<>(query.size() + 6);
        q.putAll(query);
        q.put("Action", action);
        q.put("Version", version);
        q.put("Format", "JSON");
        q.put("SignatureNonce", nonce);
        q.put("Timestamp", Timestamps.format(time));
        String[] headers = {"x-acs-action", InvalidHeaderValueException.check("x-acs-action", action),
            "x-acs-version", InvalidHeaderValueException.check("x-acs-version", version)};
        return new SignedRequest(method, q, headers, form.isEmpty() ? new byte[0] : FormEncoding.encodeBytes(form),
                FormEncoding.encode(q));
    }

    /**
     * @param params every signed parameter (query and form, without {@code Signature})
     * @return the canonicalized query string
     */
    public static String canonicalizedQuery(Map<String, String> params) {
        Map<String, String> sorted = new TreeMap<>(params);
        sorted.remove("Signature");
        return FormEncoding.encode(sorted);
    }

    /**
     * @param method the HTTP method
     * @param params every signed parameter (query and form; {@code Signature} is ignored)
     * @return the string to sign
     */
    public static String stringToSign(String method, Map<String, String> params) {
        return method + "&%2F&" + PercentEncoding.encode(canonicalizedQuery(params));
    }

    /**
     * @param stringToSign the string to sign
     * @param accessKeySecret the secret; the key is {@code secret + "&"}
     * @return the Base64 signature
     */
    public static String signature(String stringToSign, String accessKeySecret) {
        return Crypto.hmacSha1Base64(accessKeySecret + "&", stringToSign);
    }
}
