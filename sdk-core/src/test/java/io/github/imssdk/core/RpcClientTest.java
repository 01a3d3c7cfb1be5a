package io.github.imssdk.core;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.SystemSettings;
import io.github.imssdk.core.testsupport.Elapsed;
import io.github.imssdk.core.testsupport.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class RpcClientTest {
    static final String ID = "LTAItestid";
    static final String SECRET = "test-secret-never-logged";
    static final String TOKEN = "sts-token-never-logged";
    static final String OK = "{\"RequestId\":\"req-1\",\"JobId\":\"job-1\"}";

    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    RpcClient.Builder client(SignatureVersion v) {
        return RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(ID, SECRET))
                .signatureVersion(v)
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build());
    }

    static RpcRequest.Builder submit() {
        return RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09");
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json;charset=utf-8")
                .body(body).build();
    }

    static String nonce(RecordedRequest r, SignatureVersion v) {
        return v == SignatureVersion.V1 ? Wire.query(r).get("SignatureNonce") : r.getHeaders().get("x-acs-signature-nonce");
    }

    static String verify(RecordedRequest r, SignatureVersion v, String secret) {
        return v == SignatureVersion.V1 ? Wire.assertV1Signature(r, secret) : Wire.assertV3Signature(r, secret);
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void placesQueryParamsInTheUrlAndFormParamsInTheBody(SignatureVersion v) throws Exception {
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(v).build()) {
            RpcResponse r = rpc.call(submit().queryParam("Name", "job 1 *~/+=&中文😀")
                    .formParam("StreamInput", "{\"Type\":\"rtmp\",\"Url\":\"rtmp://d/app/s?a=1&b=2\"}").build());
            assertThat(r.requestId()).isEqualTo("req-1");
            assertThat(Json.parse(r.body()).get("JobId").asText()).isEqualTo("job-1");
            assertThat(r.attempts()).isEqualTo(1);
        }
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(Wire.query(req)).containsEntry("Name", "job 1 *~/+=&中文😀").doesNotContainKey("StreamInput");
        assertThat(Wire.form(req)).containsExactly(
                org.assertj.core.api.Assertions.entry("StreamInput", "{\"Type\":\"rtmp\",\"Url\":\"rtmp://d/app/s?a=1&b=2\"}"));
        assertThat(req.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        if (v == SignatureVersion.V1) {
            assertThat(Wire.query(req)).containsEntry("Action", "SubmitLiveTranscodeJob")
                    .containsEntry("Version", "2020-11-09").containsEntry("Format", "JSON")
                    .containsEntry("AccessKeyId", ID).containsEntry("SignatureMethod", "HMAC-SHA1")
                    .containsEntry("SignatureVersion", "1.0").containsKeys("Timestamp", "SignatureNonce", "Signature");
            assertThat(req.getHeaders().get("Authorization")).isNull();
        } else {
            assertThat(Wire.query(req)).containsOnlyKeys("Name");
            assertThat(req.getHeaders().get("x-acs-action")).isEqualTo("SubmitLiveTranscodeJob");
            assertThat(req.getHeaders().get("x-acs-version")).isEqualTo("2020-11-09");
            assertThat(req.getHeaders().get("Authorization")).startsWith("ACS3-HMAC-SHA256 Credential=" + ID + ",");
        }
        verify(req, v, SECRET);
        assertThatThrownBy(() -> verify(req, v, SECRET + "x")).isInstanceOf(AssertionError.class);
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void emptyPostSendsContentLengthZeroNotChunked(SignatureVersion v) throws Exception {
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(v).build()) {
            rpc.call(submit().build());
        }
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("POST");
        assertThat(req.getHeaders().get("Content-Length")).isEqualTo("0");
        assertThat(req.getHeaders().get("Transfer-Encoding")).isNull();
        assertThat(req.getBodySize()).isZero();
        verify(req, v, SECRET);
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void getSendsEverythingInTheQuery(SignatureVersion v) throws Exception {
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(v).build()) {
            rpc.call(RpcRequest.builder().action("GetLiveRecordJob").version("2020-11-09").method(HttpMethod.GET)
                    .queryParam("JobId", "a b").build());
        }
        RecordedRequest req = server.takeRequest();
        assertThat(req.getMethod()).isEqualTo("GET");
        assertThat(Wire.query(req)).containsEntry("JobId", "a b");
        assertThat(req.getBodySize()).isZero();
        verify(req, v, SECRET);
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void sendsTheSecurityTokenOfStsCredentials(SignatureVersion v) throws Exception {
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(v).credentialsProvider(StaticCredentialsProvider.create(ID, SECRET, TOKEN)).build()) {
            rpc.call(submit().queryParam("Name", "n").build());
        }
        RecordedRequest req = server.takeRequest();
        if (v == SignatureVersion.V1) {
            assertThat(Wire.query(req)).containsEntry("SecurityToken", TOKEN);
        } else {
            assertThat(req.getHeaders().get("x-acs-security-token")).isEqualTo(TOKEN);
            assertThat(req.getHeaders().get("Authorization")).contains("x-acs-security-token");
        }
        verify(req, v, SECRET);
    }

    /**
     * A value that would break a header (a line break or a non-ASCII character in a security
     * token, an AccessKey id or a nonce) is refused before anything is sent, with a typed error
     * naming the source, the header and the character, and never the value: before, OkHttp's
     * IllegalArgumentException carried a security token's text in its message.
     */
    @Test
    void refusesAHeaderValueHttpCannotCarryWithoutShowingIt() throws Exception {
        String[][] cases = {
            // id, token, nonce, expected header
            {ID, "sts\nTOKEN-PART-never-shown", null, "x-acs-security-token"},
            {ID, "sts-\u00e9-TOKEN-PART-never-shown", null, "x-acs-security-token"},
            {"LTAI\r\nX-Injected: 1", null, null, "Authorization"},
            {"LTAI\r\nX-Injected: 1", TOKEN, null, "x-acs-accesskey-id"},
            {ID, null, "nonce\u0000zero", "x-acs-signature-nonce"},
        };
        for (String[] c : cases) {
            RpcClient.Builder b = client(SignatureVersion.V3)
                    .credentialsProvider(StaticCredentialsProvider.create(c[0], SECRET, c[1]));
            if (c[2] != null) {
                b.nonceSupplier(() -> c[2]);
            }
            try (RpcClient rpc = b.build()) {
                ImsClientException e = catchThrowableOfType(ImsClientException.class,
                        () -> rpc.call(submit().queryParam("Name", "n").build()));
                assertThat(e).as("case %s", c[3]).isNotNull();
                assertThat(e.getMessage()).startsWith("SubmitLiveTranscodeJob was not sent: ")
                        .contains("the " + c[3] + " header", "allows only printable ASCII and tab")
                        .doesNotContain("TOKEN-PART", SECRET, "Injected", "zero");
                assertThat(e.attempts()).isZero();
                ExecutionException async = catchThrowableOfType(ExecutionException.class,
                        () -> rpc.callAsync(submit().build()).get(5, TimeUnit.SECONDS));
                assertThat(async.getCause()).isInstanceOf(ImsClientException.class)
                        .hasMessageContaining("the " + c[3] + " header");
            }
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void sendsAUserAgentNamingSdkJavaAndOkHttp() throws Exception {
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).userAgentSuffix("my-app/1.0").build()) {
            rpc.call(submit().build());
        }
        String ua = server.takeRequest().getHeaders().get("User-Agent");
        assertThat(ua).startsWith("ims-java-sdk/").contains(" Java/").contains(" OkHttp/5.").endsWith(" my-app/1.0");
    }

    @Test
    void parsesTheJsonErrorEnvelope() throws Exception {
        server.enqueue(json(400, "{\"RequestId\":\"rid-9\",\"HostId\":\"ice.cn-shanghai.aliyuncs.com\","
                + "\"Code\":\"InvalidParameter\",\"Message\":\"The StartMode is invalid.\","
                + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=InvalidParameter\"}"));
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit().build()));
            assertThat(e.statusCode()).isEqualTo(400);
            assertThat(e.errorCode()).isEqualTo("InvalidParameter");
            assertThat(e.errorMessage()).isEqualTo("The StartMode is invalid.");
            assertThat(e.requestId()).isEqualTo("rid-9");
            assertThat(e.hostId()).isEqualTo("ice.cn-shanghai.aliyuncs.com");
            assertThat(e.recommend()).startsWith("https://api.aliyun.com/troubleshoot");
            assertThat(e.isThrottling()).isFalse();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).isEqualTo("The StartMode is invalid. (Service: ice, Status: 400, "
                    + "Code: InvalidParameter, RequestId: rid-9)");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void keepsTheStatusOfAnHtmlGatewayPage() {
        server.enqueue(new MockResponse.Builder().code(502).setHeader("Content-Type", "text/html")
                .setHeader("x-acs-request-id", "hdr-rid")
                .body("<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>").build());
        try (RpcClient rpc = client(SignatureVersion.V3).retryPolicy(RetryPolicy.none()).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit().build()));
            assertThat(e.statusCode()).isEqualTo(502);
            assertThat(e.errorCode()).isNull();
            assertThat(e.errorMessage()).contains("text/html").contains("502 Bad Gateway");
            assertThat(e.requestId()).isEqualTo("hdr-rid");
            assertThat(e.getMessage()).endsWith("(Service: ice, Status: 502, Code: null, RequestId: hdr-rid)");
        }
    }

    @Test
    void keepsTheStatusOfAnEmptyErrorBody() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        try (RpcClient rpc = client(SignatureVersion.V1).retryPolicy(RetryPolicy.none()).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit().build()));
            assertThat(e.statusCode()).isEqualTo(503);
            assertThat(e.errorCode()).isNull();
            assertThat(e.errorMessage()).isEqualTo("HTTP 503 with an empty body");
        }
    }

    @Test
    void parsesTheXmlErrorForm() {
        server.enqueue(new MockResponse.Builder().code(404).setHeader("Content-Type", "text/xml;charset=utf-8")
                .body("<?xml version='1.0'?><Error><RequestId>x-1</RequestId><HostId>h</HostId>"
                        + "<Code>InvalidAction.NotFound</Code><Message>no such action</Message></Error>").build());
        try (RpcClient rpc = client(SignatureVersion.V1).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit().build()));
            assertThat(e.errorCode()).isEqualTo("InvalidAction.NotFound");
            assertThat(e.requestId()).isEqualTo("x-1");
            assertThat(e.statusCode()).isEqualTo(404);
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void retriesThrottlingThenSucceedsWithAFreshNonceEachTime(SignatureVersion v) throws Exception {
        server.enqueue(json(400, "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}"));
        server.enqueue(new MockResponse.Builder().code(429).build());
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(v).build()) {
            RpcResponse r = rpc.call(submit().queryParam("Name", "n").build()); // not idempotent
            assertThat(r.attempts()).isEqualTo(3);
        }
        Set<String> nonces = new HashSet<>();
        Set<String> signatures = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest req = server.takeRequest();
            nonces.add(nonce(req, v));
            signatures.add(verify(req, v, SECRET));
        }
        assertThat(nonces).hasSize(3);
        assertThat(signatures).hasSize(3);
    }

    @Test
    void honoursXAcsRetryAfter() {
        server.enqueue(new MockResponse.Builder().code(400).setHeader("x-acs-retry-after", "400")
                .body("{\"Code\":\"Throttling\",\"Message\":\"slow down\"}").build());
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            Elapsed clock = Elapsed.start();
            assertThat(rpc.call(submit().build()).attempts()).isEqualTo(2);
            clock.assertAtLeast(Duration.ofMillis(400));
        }
    }

    @Test
    void givesUpOnThrottlingAfterMaxAttempts() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(400, "{\"Code\":\"Throttling.Api\",\"Message\":\"m\",\"RequestId\":\"r" + i + "\"}"));
        }
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit().build()));
            assertThat(e.isThrottling()).isTrue();
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.requestId()).isEqualTo("r2");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void doesNotRetryANonIdempotentRequestAfterAReadTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).readTimeout(Duration.ofMillis(300)).build()) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit().build()));
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("may have reached the service");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retriesAnIdempotentRequestAfterAReadTimeout() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).readTimeout(Duration.ofSeconds(1)).build()) {
            assertThat(rpc.call(submit().idempotent(true).build()).attempts()).isEqualTo(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void theReadTimeoutAlsoBoundsASilenceInTheMiddleOfTheAnswer() {
        server.enqueue(new MockResponse.Builder().code(200).body(OK + " ".repeat(20_000))
                .onResponseBody(SocketEffect.Stall.INSTANCE).build());
        try (RpcClient rpc = client(SignatureVersion.V3).readTimeout(Duration.ofMillis(300)).build()) {
            Elapsed clock = Elapsed.start();
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit().build()));
            clock.assertAround(Duration.ofMillis(300));
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.getMessage()).contains("read timed out").contains("300 ms").contains("may have reached the service");
            assertThat(e.getCause()).isInstanceOf(java.net.SocketTimeoutException.class);
        }
    }

    @Test
    void anAnswerThatKeepsComingIsNotCutOffByTheReadTimeout() throws Exception {
        // 64 KB in 4 KB pieces every 150 ms: ~2.4 s in all, never silent for the 1 s read timeout
        String body = "{\"RequestId\":\"req-1\",\"Pad\":\"" + "x".repeat(64 * 1024) + "\"}";
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(body).throttleBody(4096, 150, TimeUnit.MILLISECONDS).build());
        Duration readTimeout = Duration.ofSeconds(1);
        try (RpcClient rpc = client(SignatureVersion.V3).readTimeout(readTimeout).build()) {
            Elapsed clock = Elapsed.start();
            RpcResponse r = rpc.call(submit().build());
            assertThat(Json.parse(r.body()).path("Pad").asText()).hasSize(64 * 1024);
            clock.assertAtLeast(readTimeout); // the answer as a whole took longer than one silence may
        }
    }

    @Test
    void theWriteTimeoutBoundsARequestTheServiceDoesNotRead() {
        // The server stops reading; a body far larger than the loopback socket buffers blocks the write.
        server.enqueue(new MockResponse.Builder().onRequestBody(SocketEffect.Stall.INSTANCE).build());
        String big = "a".repeat(32 * 1024 * 1024);
        try (RpcClient rpc = client(SignatureVersion.V3).writeTimeout(Duration.ofMillis(300))
                .readTimeout(Duration.ofSeconds(20)).build()) {
            Elapsed clock = Elapsed.start();
            ImsClientException e = catchThrowableOfType(ImsClientException.class,
                    () -> rpc.call(submit().formParam("Big", big).build()));
            clock.assertAtMost(Duration.ofMillis(300));
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.getMessage()).contains("write timed out").contains("300 ms");
            assertThat(e.attempts()).isEqualTo(1);
        }
    }

    @Test
    void retriesOn500OnlyWhenIdempotent() {
        server.enqueue(json(500, "{\"Code\":\"InternalError\",\"Message\":\"oops\"}"));
        server.enqueue(json(500, "{\"Code\":\"InternalError\",\"Message\":\"oops\"}"));
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit().build()));
            assertThat(e.errorCode()).isEqualTo("InternalError");
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(rpc.call(submit().idempotent(true).build()).attempts()).isEqualTo(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void retriesAConnectionThatWasNeverMadeEvenWhenNotIdempotent() throws Exception {
        MockWebServer closed = new MockWebServer();
        closed.start();
        URI dead = closed.url("/").uri();
        closed.close();
        try (RpcClient rpc = client(SignatureVersion.V3).endpointOverride(dead).build()) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit().build()));
            assertThat(e.attempts()).isEqualTo(3);
            assertThat(e.getMessage()).doesNotContain("may have reached");
        }
    }

    @Test
    void wholeCallTimeoutBoundsTotalTimeAcrossRetries() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        }
        try (RpcClient rpc = client(SignatureVersion.V3).readTimeout(Duration.ofSeconds(20))
                .callTimeout(Duration.ofMillis(700))
                .retryPolicy(RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(1)).build()).build()) {
            Elapsed clock = Elapsed.start();
            ImsClientException e = catchThrowableOfType(ImsClientException.class,
                    () -> rpc.call(submit().idempotent(true).build()));
            clock.assertAround(Duration.ofMillis(700));
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.getMessage()).contains("whole-call timeout of 700 ms");
        }
    }

    @Test
    void aSuccessWithAnUnreadableBodyIsAClientErrorAndNotRetriedWhenNotIdempotent() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"RequestId\":\"trunc").build());
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit().build()));
            assertThat(e.getMessage()).contains("not a JSON object");
            assertThat(e.attempts()).isEqualTo(1);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void asyncCallsShareThePipelineAndRetry() throws Exception {
        server.enqueue(json(503, "{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}"));
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            RpcResponse r = rpc.callAsync(submit().build()).get(5, TimeUnit.SECONDS);
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(r.requestId()).isEqualTo("req-1");
        }
        Wire.assertV3Signature(server.takeRequest(), SECRET);
        Wire.assertV3Signature(server.takeRequest(), SECRET);
    }

    @Test
    void asyncFailuresCompleteTheFutureWithTheTypedException() {
        server.enqueue(json(403, "{\"Code\":\"Forbidden\",\"Message\":\"no\",\"RequestId\":\"r\"}"));
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            CompletableFuture<RpcResponse> f = rpc.callAsync(submit().build());
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ImsServiceException.class).hasMessageContaining("Code: Forbidden");
        }
    }

    @Test
    void cancellingAnAsyncCallCancelsTheHttpCall() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        try (RpcClient rpc = client(SignatureVersion.V3).build()) {
            CompletableFuture<RpcResponse> f = rpc.callAsync(submit().build());
            server.takeRequest(5, TimeUnit.SECONDS);
            assertThat(f.cancel(true)).isTrue();
            assertThat(f).isCancelled();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void usesTheCallersOkHttpClientAndLeavesItOpen() throws Exception {
        java.util.concurrent.atomic.AtomicInteger seen = new java.util.concurrent.atomic.AtomicInteger();
        okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
            seen.incrementAndGet();
            return chain.proceed(chain.request());
        }).build();
        server.enqueue(json(200, OK));
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).httpClient(mine).build()) {
            rpc.call(submit().build());
        }
        assertThat(seen.get()).isEqualTo(1);
        // close() must not have shut down the caller's dispatcher or pool
        try (okhttp3.Response r = mine.newCall(new okhttp3.Request.Builder().url(server.url("/")).build()).execute()) {
            assertThat(r.code()).isEqualTo(200);
        }
        mine.dispatcher().executorService().shutdown();
    }

    @Test
    void withTheCallersOkHttpClientItsEventListenerStaysAndSentRequestsAreStillNotResent() {
        java.util.concurrent.atomic.AtomicInteger headersStarted = new java.util.concurrent.atomic.AtomicInteger();
        okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder()
                .readTimeout(Duration.ofMillis(300))
                .eventListener(new okhttp3.EventListener() {
                    @Override
                    public void requestHeadersStart(okhttp3.Call call) {
                        headersStarted.incrementAndGet();
                    }
                }).build();
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(json(200, OK));
        try (RpcClient rpc = client(SignatureVersion.V3).httpClient(mine).build()) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit().build()));
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.getMessage()).contains("may have reached the service");
        }
        assertThat(headersStarted.get()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
        mine.dispatcher().executorService().shutdown();
        mine.connectionPool().evictAll();
    }

    @Test
    void usesTheInjectedClockAndNonceSupplier() throws Exception {
        server.enqueue(json(200, OK));
        java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.parse("2026-05-06T07:08:09.999Z"),
                java.time.ZoneOffset.UTC);
        try (RpcClient rpc = client(SignatureVersion.V1).clock(fixed).nonceSupplier(() -> "nonce-42").build()) {
            rpc.call(submit().build());
        }
        RecordedRequest req = server.takeRequest();
        assertThat(Wire.query(req)).containsEntry("Timestamp", "2026-05-06T07:08:09Z")
                .containsEntry("SignatureNonce", "nonce-42");
        Wire.assertV1Signature(req, SECRET);
    }

    @Test
    void buildsTheRegionalHttpsEndpoint() {
        RpcClient.Builder b = RpcClient.builder().product("ice").region("cn-shanghai")
                .credentialsProvider(StaticCredentialsProvider.create(ID, SECRET));
        try (RpcClient rpc = b.build()) {
            assertThat(rpc.endpoint()).isEqualTo(URI.create("https://ice.cn-shanghai.aliyuncs.com/"));
        }
    }

    @Test
    void takesTheRegionFromTheEnvironment() {
        SystemSettings env = SystemSettings.of(Collections.singletonMap("ALIBABA_CLOUD_REGION_ID", "cn-beijing"),
                new Properties(), Paths.get("/nonexistent"));
        try (RpcClient fromEnv = RpcClient.builder().product("ice").settings(env).build();
             RpcClient explicit = RpcClient.builder().product("ice").region("us-west-1").settings(env).build()) {
            assertThat(fromEnv.endpoint().toString()).isEqualTo("https://ice.cn-beijing.aliyuncs.com/");
            assertThat(explicit.endpoint().toString()).isEqualTo("https://ice.us-west-1.aliyuncs.com/");
        }
    }

    @Test
    void failsClearlyWithoutARegion() {
        SystemSettings empty = SystemSettings.of(Collections.emptyMap(), new Properties(), null);
        assertThatThrownBy(() -> RpcClient.builder().product("ice").settings(empty).build())
                .isInstanceOf(ImsClientException.class).hasMessageContaining("ALIBABA_CLOUD_REGION_ID");
        assertThatThrownBy(() -> RpcClient.builder().product("ice").region("Shanghai!").build())
                .isInstanceOf(ImsClientException.class).hasMessageContaining("not a region id");
    }
}
