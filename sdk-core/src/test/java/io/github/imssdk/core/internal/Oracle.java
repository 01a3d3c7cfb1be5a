package io.github.imssdk.core.internal;

import com.aliyuncs.auth.AcsURLEncoder;
import com.aliyuncs.auth.RpcSignatureComposer;
import com.aliyuncs.auth.V3SignatureComposer;
import com.aliyuncs.auth.signers.HmacSHA1Signer;
import com.aliyuncs.auth.signers.HmacSHA256Signer;
import com.aliyuncs.http.MethodType;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Signatures computed by aliyun-java-sdk-core 4.7.10 (test scope only): the independent oracle
 * our signers are compared with. Public so that other modules' tests can use it.
 */
public final class Oracle {
    private Oracle() {
    }

    /**
     * @param method GET or POST
     * @param params every signed parameter, query and form, without Signature
     * @param secret AccessKey secret
     * @return the V1 signature as the legacy core computes it
     */
    public static String v1Signature(String method, Map<String, String> params, String secret) {
        HmacSHA1Signer signer = new HmacSHA1Signer();
        String sts = RpcSignatureComposer.getComposer().composeStringToSign(MethodType.valueOf(method), null, signer,
                new HashMap<>(params), null, null);
        return signer.signString(sts, secret + "&");
    }

    /**
     * @param method GET or POST
     * @param query query parameters
     * @param signedHeaders the signed headers (lower-case names)
     * @param body body bytes
     * @param secret AccessKey secret
     * @return the V3 signature (hex) as the legacy core computes it
     */
    public static String v3Signature(String method, Map<String, String> query, Map<String, String> signedHeaders,
                                     byte[] body, String secret) {
        try {
            HmacSHA256Signer signer = new HmacSHA256Signer();
            String composed = V3SignatureComposer.getComposer().composeStringToSign(MethodType.valueOf(method), "/",
                    signer, new HashMap<>(query), new HashMap<>(signedHeaders), new HashMap<>());
            String canonical = composed + "\n" + AcsURLEncoder.hexEncode(signer.hash(body));
            String sts = "ACS3-HMAC-SHA256\n" + AcsURLEncoder.hexEncode(signer.hash(canonical.getBytes(StandardCharsets.UTF_8)));
            return signer.signString(sts, secret);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
