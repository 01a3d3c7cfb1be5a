package io.github.imssdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.auth.Credentials;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three published vectors of ../shared/api/signature-vectors.json (copied into the test
 * resources) reproduce exactly, intermediate strings included.
 */
class SignatureVectorsTest {

    private static JsonNode vector(String id) throws Exception {
        try (InputStream in = SignatureVectorsTest.class.getResourceAsStream("/signature-vectors.json")) {
            for (JsonNode v : Json.mapper().readTree(in).get("vectors")) {
                if (v.get("id").asText().equals(id)) {
                    return v;
                }
            }
        }
        throw new AssertionError("no vector " + id);
    }

    private static Map<String, String> map(JsonNode obj) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : obj.properties()) {
            m.put(e.getKey(), e.getValue().asText());
        }
        return m;
    }

    @Test
    void reproducesV1DescribeRegions() throws Exception {
        checkV1(vector("official-v1-DescribeRegions"));
    }

    @Test
    void reproducesV1DescribeDedicatedHosts() throws Exception {
        checkV1(vector("official-v1-DescribeDedicatedHosts"));
    }

    private static void checkV1(JsonNode v) {
        Map<String, String> params = map(v.get("signedParameters"));
        assertThat(RpcV1Signer.canonicalizedQuery(params)).isEqualTo(v.get("canonicalizedQueryString").asText());
        String sts = RpcV1Signer.stringToSign(v.get("httpMethod").asText(), params);
        assertThat(sts).isEqualTo(v.get("stringToSign").asText());
        assertThat(RpcV1Signer.signature(sts, v.get("accessKeySecret").asText())).isEqualTo(v.get("signature").asText());
        assertThat(PercentEncoding.encode(v.get("signature").asText())).isEqualTo(v.get("signatureUrlEncoded").asText());
    }

    @Test
    void v1SignerProducesTheDocumentedSignatureForTheDocumentedInputs() throws Exception {
        // The full signer, fed the documented nonce and time, must land on the documented signature.
        JsonNode v = vector("official-v1-DescribeDedicatedHosts");
        Map<String, String> p = map(v.get("signedParameters"));
        Map<String, String> business = new LinkedHashMap<>();
        business.put("RegionId", p.get("RegionId"));
        SignedRequest signed = RpcV1Signer.sign("GET", p.get("Action"), p.get("Version"), business, new LinkedHashMap<>(),
                Credentials.create(p.get("AccessKeyId"), v.get("accessKeySecret").asText()),
                Instant.parse(p.get("Timestamp")), p.get("SignatureNonce"));
        assertThat(new TreeMap<>(signed.query())).containsEntry("Signature", v.get("signature").asText());
        Map<String, String> withoutSignature = new TreeMap<>(signed.query());
        withoutSignature.remove("Signature");
        assertThat(withoutSignature).isEqualTo(new TreeMap<>(p));
    }

    @Test
    void reproducesV3RunInstances() throws Exception {
        JsonNode v = vector("official-v3-RunInstances");
        Map<String, String> query = map(v.get("query"));
        Map<String, String> headers = map(v.get("requestHeaders"));
        headers.remove("accept"); // not signed
        String canonical = AcsV3Signer.canonicalRequest("POST", query, headers, v.get("hashedPayload").asText());
        assertThat(canonical).isEqualTo(v.get("canonicalRequest").asText());
        assertThat(AcsV3Signer.stringToSign(canonical)).isEqualTo(v.get("stringToSign").asText());
        assertThat(AcsV3Signer.signature(canonical, v.get("accessKeySecret").asText())).isEqualTo(v.get("signature").asText());
        assertThat(Crypto.sha256Hex(new byte[0])).isEqualTo(v.get("hashedPayload").asText());

        SignedRequest signed = AcsV3Signer.sign("POST", headers.get("host"), headers.get("x-acs-action"),
                headers.get("x-acs-version"), query, new LinkedHashMap<>(),
                Credentials.create(v.get("accessKeyId").asText(), v.get("accessKeySecret").asText()),
                Instant.parse(headers.get("x-acs-date")), headers.get("x-acs-signature-nonce"));
        assertThat(signed.headers().get("Authorization")).isEqualTo(v.get("authorization").asText());
        assertThat(signed.body()).isEmpty();
    }
}
