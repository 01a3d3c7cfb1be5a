package io.github.imssdk.core;

import io.github.imssdk.core.auth.Credentials;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.internal.Redactor;
import io.github.imssdk.core.testsupport.LogCapture;
import io.github.imssdk.core.testsupport.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives every log level to TRACE through successes, retries, errors and failures with both
 * signature versions, and asserts that the secret, the token and every signature sent appear
 * nowhere in the logs, the toString()s or the exception messages and stack traces.
 */
class SecretsNeverLeakTest {
    static final String SECRET = "S3cr3t-AccessKeySecret-zz";
    static final String TOKEN = "T0k3n-SecurityToken-zz";

    @Test
    void noSecretTokenOrSignatureReachesLogsToStringsOrExceptions() throws Exception {
        List<String> texts = new ArrayList<>();
        List<String> signatures = new ArrayList<>();
        try (LogCapture logs = LogCapture.sdk(); MockWebServer server = new MockWebServer()) {
            server.start();
            for (SignatureVersion v : SignatureVersion.values()) {
                RpcClient rpc = RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                        .credentialsProvider(StaticCredentialsProvider.create("LTAIid", SECRET, TOKEN))
                        .signatureVersion(v).readTimeout(Duration.ofMillis(300))
                        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build();
                texts.add(rpc.toString());
                // success echoing secrets in the body (as a credentials service would)
                server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\",\"AccessKeySecret\":\"" + SECRET
                        + "\",\"SecurityToken\":\"" + TOKEN + "\"}").build());
                // throttled, then a server error, then HTML
                server.enqueue(new MockResponse.Builder().code(400).body("{\"Code\":\"Throttling\",\"Message\":\"m\"}").build());
                server.enqueue(new MockResponse.Builder().code(503).body("{\"Code\":\"ServiceUnavailable\"}").build());
                server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                        .body("<title>bad " + "Signature=abc</title>").build());
                // a read timeout
                server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
                RpcRequest req = RpcRequest.builder().action("SubmitLiveRecordJob").version("2020-11-09")
                        .queryParam("Name", "n").formParam("StreamInput", "{\"Url\":\"rtmp://x\"}").build();
                texts.add(req.toString());
                RpcResponse ok = rpc.call(req);
                texts.add(ok.toString());
                for (int i = 0; i < 2; i++) {
                    try {
                        rpc.call(req);
                    } catch (ImsException e) {
                        StringWriter sw = new StringWriter();
                        e.printStackTrace(new PrintWriter(sw));
                        texts.add(e.getMessage());
                        texts.add(e.toString());
                        texts.add(sw.toString());
                    }
                }
                rpc.close();
            }
            for (int i = 0; i < server.getRequestCount(); i++) {
                RecordedRequest r = server.takeRequest();
                String sig = Wire.query(r).get("Signature");
                if (sig == null) {
                    String[] parts = io.github.imssdk.core.internal.AcsV3Signer.parseAuthorization(
                            r.getHeaders().get("Authorization"));
                    sig = parts[2];
                }
                signatures.add(sig);
            }
            texts.addAll(logs.lines());
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).startsWith("TRACE"));
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).startsWith("DEBUG"));
        }
        texts.add(Credentials.create("LTAIid", SECRET, TOKEN).toString());
        assertThat(signatures).hasSizeGreaterThanOrEqualTo(8);
        String all = String.join("\n", texts);
        assertThat(all).doesNotContain(SECRET).doesNotContain(TOKEN);
        for (String sig : signatures) {
            assertThat(all).doesNotContain(sig);
        }
        assertThat(all).contains(Redactor.MASK);
    }

    @Test
    void theRedactorMasksEverySensitiveNameInAnyCaseAndLocale() {
        java.util.Locale saved = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(new java.util.Locale("tr", "TR"));
            assertThat(Redactor.isSensitive("SIGNATURE")).isTrue();
            assertThat(Redactor.isSensitive("x-acs-security-token")).isTrue();
            assertThat(Redactor.isSensitive("AUTHORIZATION")).isTrue();
            assertThat(Redactor.isSensitive("Name")).isFalse();
            assertThat(Redactor.text("{\"AccessKeySecret\": \"abc\", \"x\":\"y\"}"))
                    .isEqualTo("{\"AccessKeySecret\": \"***\", \"x\":\"y\"}");
            assertThat(Redactor.text("a=1&Signature=zz%3D&SecurityToken=t&b=2"))
                    .isEqualTo("a=1&Signature=***&SecurityToken=***&b=2");
        } finally {
            java.util.Locale.setDefault(saved);
        }
    }
}
