package io.github.imssdk.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.auth.Credentials;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Our signers against aliyun-java-sdk-core's on randomised requests: unicode, spaces, reserved
 * characters, emoji and empty values, in query and form parameters.
 */
class DifferentialSignatureTest {
    private static final String[] PIECES = {
            "a", "Z", "0", "9", " ", "*", "~", "/", "+", "=", "&", "%", "-", "_", ".", "?", "#", ":", "\"", "'",
            "{", "}", "[", "]", ",", "\n", "\t", "é", "ü", "中文", "模板", "İ", "ı", "😀", "🎬", "\u00a0", "!", "(", ")",
            "<", ">", "@", "$", "^", "|", "\\", ";", "rtmp://d/app/s?a=1&b=2", "{\"Type\":\"rtmp\"}"};
    private static final String[] NAMES = {"Name", "TemplateId", "StreamInput", "RecordIds.1", "RecordIds.2", "Config",
            "UserData", "a", "B", "x_y", "Key~1", "Pipe.Id", "Z9", "Ünicode", "zz"};

    private static String randomText(Random r, int maxPieces) {
        int n = r.nextInt(maxPieces + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /**
     * Text for values that travel in a header (V1's action, V3's security token): printable
     * ASCII pieces only, since the signers refuse anything else there (RpcClientTest covers the
     * refusal).
     */
    private static String headerText(Random r, int maxPieces) {
        int n = r.nextInt(maxPieces + 1);
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            String piece = PIECES[r.nextInt(PIECES.length)];
            if (piece.chars().allMatch(ch -> ch >= 0x20 && ch < 0x7f)) {
                sb.append(piece);
                n--;
            }
        }
        return sb.toString();
    }

    private static Map<String, String> randomParams(Random r) {
        Map<String, String> m = new LinkedHashMap<>();
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            String name = r.nextInt(5) == 0 ? NAMES[r.nextInt(NAMES.length)] + randomText(r, 2).replace("&", "")
                    : NAMES[r.nextInt(NAMES.length)];
            m.put(name.isEmpty() ? "n" : name, r.nextInt(8) == 0 ? "" : randomText(r, 8));
        }
        return m;
    }

    private static String secret(Random r) {
        String chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=&";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            sb.append(chars.charAt(r.nextInt(chars.length())));
        }
        return sb.toString();
    }

    @Test
    void oracleReproducesThePublishedVectorsFirst() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/signature-vectors.json")) {
            for (JsonNode v : Json.mapper().readTree(in).get("vectors")) {
                if (v.get("id").asText().startsWith("official-v1")) {
                    Map<String, String> p = stringMap(v.get("signedParameters"));
                    assertThat(Oracle.v1Signature("GET", p, v.get("accessKeySecret").asText()))
                            .isEqualTo(v.get("signature").asText());
                } else {
                    Map<String, String> h = stringMap(v.get("requestHeaders"));
                    h.remove("accept");
                    Map<String, String> q = stringMap(v.get("query"));
                    assertThat(Oracle.v3Signature("POST", q, h, new byte[0], v.get("accessKeySecret").asText()))
                            .isEqualTo(v.get("signature").asText());
                }
            }
        }
    }

    @Test
    void v1AgreesWithAliyunJavaSdkCoreOnRandomRequests() {
        Random r = new Random(20261123L);
        for (int i = 0; i < 1500; i++) {
            String method = r.nextBoolean() ? "GET" : "POST";
            Map<String, String> query = randomParams(r);
            Map<String, String> form = method.equals("POST") ? randomParams(r) : new HashMap<>();
            form.keySet().removeAll(query.keySet());
            String token = r.nextInt(3) == 0 ? randomText(r, 4) : null;
            Credentials c = Credentials.create("LTAI" + i, secret(r), token);
            SignedRequest s = RpcV1Signer.sign(method, "Act" + headerText(r, 1).trim(), "2020-11-09", query, form, c,
                    Instant.ofEpochSecond(1_700_000_000L + r.nextInt(1_000_000)), Nonces.next());
            Map<String, String> signedParams = new HashMap<>(s.query());
            String ours = signedParams.remove("Signature");
            signedParams.putAll(form);
            assertThat(ours).as("request %d: %s %s", i, query, form)
                    .isEqualTo(Oracle.v1Signature(method, signedParams, c.accessKeySecret()));
        }
    }

    @Test
    void v3AgreesWithAliyunJavaSdkCoreOnRandomRequests() {
        Random r = new Random(8675309L);
        for (int i = 0; i < 1500; i++) {
            String method = r.nextBoolean() ? "GET" : "POST";
            Map<String, String> query = randomParams(r);
            Map<String, String> form = method.equals("POST") ? randomParams(r) : new HashMap<>();
            form.values().removeIf(String::isEmpty); // a form body never carries empty values
            String token = r.nextInt(3) == 0 ? "tok" + headerText(r, 4).trim() + "x" : null;
            Credentials c = Credentials.create("LTAI" + i, secret(r), token);
            String host = r.nextBoolean() ? "ice.cn-shanghai.aliyuncs.com" : "127.0.0.1:8080";
            SignedRequest s = AcsV3Signer.sign(method, host,
                    "SubmitLiveTranscodeJob", "2020-11-09", query, form, c,
                    Instant.ofEpochSecond(1_700_000_000L + r.nextInt(1_000_000)), Nonces.next());
            String auth = s.headers().get("Authorization");
            String[] parts = AcsV3Signer.parseAuthorization(auth);
            assertThat(parts).isNotNull();
            Map<String, String> signedHeaders = new HashMap<>();
            for (String name : parts[1].split(";")) {
                signedHeaders.put(name, name.equals("host") ? host : s.headers().get(name));
            }
            assertThat(parts[2]).as("request %d", i)
                    .isEqualTo(Oracle.v3Signature(method, query, signedHeaders, s.body(), c.accessKeySecret()));
        }
    }

    static Map<String, String> stringMap(JsonNode obj) {
        return Json.mapper().convertValue(obj, new com.fasterxml.jackson.core.type.TypeReference<Map<String, String>>() { });
    }
}
