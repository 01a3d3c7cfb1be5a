package io.github.imssdk.core;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.internal.PercentEncoding;
import io.github.imssdk.core.testsupport.LogCapture;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The service and proxies echo requests back: a {@code SignatureDoesNotMatch} quotes the string
 * it signed (the security token in it, percent-encoded twice), a proxy's error page lists the
 * request's headers. None of it may reach an exception, its stack trace or a log line.
 */
class EchoedSecretsTest {
    static final String TOKEN = "CAIS+token/with=special&chars-" + "Zz9".repeat(20);
    static final String SECRET = "echo-secret-3f9a";

    /** The V1 string to sign, built from what arrived, as the service does before quoting it. */
    static String serverStringToSign(RecordedRequest r) {
        HttpUrl url = r.getUrl();
        TreeMap<String, String> params = new TreeMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            if (!url.queryParameterName(i).equals("Signature")) {
                params.put(url.queryParameterName(i), url.queryParameterValue(i));
            }
        }
        StringBuilder canonical = new StringBuilder();
        params.forEach((k, v) -> canonical.append(canonical.length() == 0 ? "" : "&")
                .append(PercentEncoding.encode(k)).append('=').append(PercentEncoding.encode(v)));
        return r.getMethod() + "&%2F&" + PercentEncoding.encode(canonical.toString());
    }

    static void assertClean(List<String> texts, List<String> signatures) {
        String all = String.join("\n", texts);
        String once = PercentEncoding.encode(TOKEN);
        assertThat(all).doesNotContain(TOKEN).doesNotContain(once).doesNotContain(PercentEncoding.encode(once))
                .doesNotContain(SECRET);
        for (String sig : signatures) {
            assertThat(all).as("signature").doesNotContain(sig).doesNotContain(PercentEncoding.encode(sig));
        }
    }

    static List<String> textsOf(ImsException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        List<String> out = new ArrayList<>(List.of(String.valueOf(e.getMessage()), e.toString(), trace.toString()));
        if (e instanceof ImsServiceException) {
            out.add(String.valueOf(((ImsServiceException) e).errorMessage()));
        }
        return out;
    }

    @Test
    void theServicesStringToSignNeverShowsTheTokenOrTheSignature() throws Exception {
        List<String> signatures = new CopyOnWriteArrayList<>();
        List<String> quoted = new CopyOnWriteArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    signatures.add(r.getUrl().queryParameter("Signature"));
                    String sts = serverStringToSign(r);
                    quoted.add(sts);
                    return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                            .body("{\"RequestId\":\"r-1\",\"Code\":\"SignatureDoesNotMatch\",\"Message\":"
                                    + "\"Specified signature is not matched with our calculation. server string to sign is:"
                                    + sts + "\"}").build();
                }
            });
            server.start();
            try (LogCapture logs = LogCapture.sdk();
                 RpcClient rpc = RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                         .credentialsProvider(StaticCredentialsProvider.create("STS.id", SECRET, TOKEN))
                         .signatureVersion(SignatureVersion.V1).retryPolicy(RetryPolicy.none()).build()) {
                ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(
                        RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09")
                                .queryParam("Name", "n").build()));
                assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
                assertThat(e.errorMessage()).contains("server string to sign is:POST&%2F&");
                // the echo really carried the token, encoded twice, before the client cleaned it
                assertThat(quoted).singleElement().asString()
                        .contains(PercentEncoding.encode(PercentEncoding.encode(TOKEN)));
                List<String> texts = textsOf(e);
                texts.addAll(logs.lines());
                assertThat(logs.lines()).anySatisfy(l -> assertThat(l).startsWith("TRACE"));
                assertClean(texts, signatures);
            }
        }
    }

    @Test
    void aProxyPageListingTheRequestHeadersIsCleanedToo() throws Exception {
        List<String> signatures = new CopyOnWriteArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest r) {
                    String auth = r.getHeaders().get("Authorization");
                    signatures.add(auth.substring(auth.indexOf("Signature=") + "Signature=".length()));
                    return new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                            .body("<html><title>502 Bad Gateway: x-acs-security-token: "
                                    + r.getHeaders().get("x-acs-security-token") + " | Authorization: " + auth
                                    + "</title><body>upstream said no</body></html>").build();
                }
            });
            server.start();
            try (LogCapture logs = LogCapture.sdk();
                 RpcClient rpc = RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                         .credentialsProvider(StaticCredentialsProvider.create("STS.id", SECRET, TOKEN))
                         .retryPolicy(RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1)).build())
                         .build()) {
                ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(
                        RpcRequest.builder().action("GetLiveTranscodeJob").version("2020-11-09")
                                .queryParam("JobId", "j").idempotent(true).build()));
                assertThat(e.statusCode()).isEqualTo(502);
                assertThat(e.errorMessage()).contains("x-acs-security-token: ***").contains("Authorization: ***");
                List<String> texts = textsOf(e);
                texts.addAll(logs.lines());
                assertClean(texts, signatures);
            }
        }
    }
}
