package io.github.imssdk.core;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.exception.ResponseTooLargeException;
import io.github.imssdk.core.testsupport.Elapsed;
import io.github.imssdk.core.testsupport.LogCapture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The transport against a server that misbehaves: stalled and endless bodies, answers too large
 * to hold, use after close, interrupts, stale pooled connections and retry hints. Each test is
 * one failure found by a hostile test server against the earlier transport (issue 19).
 */
class HostileNetworkTest {
    static final String OK = "{\"RequestId\":\"req-1\",\"JobId\":\"j\"}";
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

    RpcClient.Builder client() {
        return RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build());
    }

    static RpcRequest submit() {
        return RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09").build();
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    static ImsException failureOf(CompletableFuture<?> f) throws Exception {
        try {
            f.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ImsException.class);
            return (ImsException) e.getCause();
        }
        throw new AssertionError("the call succeeded");
    }

    @Test
    void anAsyncBodyThatStallsAfterTheHeadersEndsAtTheReadTimeoutAndHoldsUpNoOtherCall() throws Exception {
        server.enqueue(new MockResponse.Builder().body(OK + " ".repeat(10_000))
                .onResponseBody(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(json(OK));
        Duration readTimeout = Duration.ofMillis(500);
        try (RpcClient rpc = client().readTimeout(readTimeout).callTimeout(Duration.ofSeconds(30))
                .maxConcurrentRequests(1).build()) {
            Elapsed clock = Elapsed.start();
            CompletableFuture<RpcResponse> stalled = rpc.callAsync(submit());
            CompletableFuture<RpcResponse> next = rpc.callAsync(submit());
            ImsException e = failureOf(stalled);
            clock.assertAround(readTimeout);
            assertThat(((ImsClientException) e).isTimeout()).isTrue();
            assertThat(e.getMessage()).contains("read timed out").contains("500 ms");
            assertThat(next.get(60, TimeUnit.SECONDS).requestId()).isEqualTo("req-1");
        }
    }

    @Test
    void aBodyTricklingOneByteASecondEndsAtTheWholeCallTimeout() throws Exception {
        server.enqueue(new MockResponse.Builder().body(OK + " ".repeat(100)).throttleBody(1, 1, TimeUnit.SECONDS).build());
        Duration callTimeout = Duration.ofSeconds(2);
        try (RpcClient rpc = client().readTimeout(Duration.ofSeconds(10)).callTimeout(callTimeout).build()) {
            Elapsed clock = Elapsed.start();
            ImsException e = failureOf(rpc.callAsync(submit()));
            clock.assertAround(callTimeout);
            assertThat(e.getMessage()).contains("whole-call timeout of 2000 ms");
        }
    }

    @Test
    void anAnswerDeclaredLargerThanTheLimitIsNotRead() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(new byte[200_000])).build());
        try (RpcClient rpc = client().maxResponseSize(64 * 1024).build()) {
            ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, () -> rpc.call(submit()));
            assertThat(e.limit()).isEqualTo(64 * 1024);
            assertThat(e.getMessage()).contains("declares 200000 bytes").contains("65536");
            assertThat(e.attempts()).isEqualTo(1);
        }
    }

    @Test
    void anEndlessChunkedAnswerIsCutAtTheLimit() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new MockResponseBody() {
            @Override
            public long getContentLength() {
                return -1;
            }

            @Override
            public void writeTo(BufferedSink sink) throws IOException {
                byte[] chunk = new byte[8192];
                for (int i = 0; i < 1_000_000; i++) { // 8 GB, unless the client hangs up first
                    sink.write(chunk);
                    sink.flush();
                }
            }
        }).build());
        try (RpcClient rpc = client().maxResponseSize(256 * 1024).build()) {
            ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, () -> rpc.call(submit()));
            assertThat(e.getMessage()).contains("goes past it");
        }
    }

    @Test
    void aGzipBombIsCutAtTheLimitOfTheInflatedSize() throws Exception {
        Buffer gz = new Buffer();
        try (BufferedSink zip = Okio.buffer(new GzipSink(gz))) {
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) { // 256 MB of zeros, ~256 KB compressed
                zip.write(zeros);
            }
        }
        assertThat(gz.size()).isLessThan(1 << 20);
        server.enqueue(new MockResponse.Builder().setHeader("Content-Encoding", "gzip").body(gz).build());
        try (RpcClient rpc = client().maxResponseSize(1 << 20).build()) {
            ResponseTooLargeException e = catchThrowableOfType(ResponseTooLargeException.class, () -> rpc.call(submit()));
            assertThat(e.limit()).isEqualTo(1 << 20);
        }
    }

    @Test
    void afterCloseEveryCallFailsAtOnceAndNothingIsSent() throws Exception {
        RpcClient rpc = client().build();
        rpc.close();
        rpc.close(); // idempotent
        ImsClientException sync = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit()));
        assertThat(sync.getMessage()).contains("client is closed");
        ImsException async = failureOf(rpc.callAsync(submit()));
        assertThat(async).isInstanceOf(ImsClientException.class);
        assertThat(async.getMessage()).contains("client is closed");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void closingEndsTheCallsInFlight() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        RpcClient rpc = client().readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(120)).build();
        CompletableFuture<RpcResponse> inFlight = rpc.callAsync(submit());
        server.takeRequest(30, TimeUnit.SECONDS);
        rpc.close();
        ImsException e = failureOf(inFlight);
        assertThat(e).isInstanceOf(ImsClientException.class);
        assertThat(e.getMessage()).contains("client was closed").contains("may have reached the service");
    }

    @Test
    void interruptingABlockedCallCancelsItAndKeepsTheFlag() throws Exception {
        try (RpcClient rpc = client().readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(120)).build()) {
            assertThat(interruptBlockedCall(rpc)).hasMessageContaining("may have reached the service");
        }
    }

    /**
     * Starts a call the server never answers, interrupts the calling thread once the request has
     * arrived, and checks the thread is released long before its 60 s read timeout, with a typed
     * error and its interrupt flag kept.
     *
     * @return what the call threw
     */
    Throwable interruptBlockedCall(RpcClient rpc) throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        AtomicReference<Boolean> flag = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                rpc.call(submit());
            } catch (Throwable t) {
                thrown.set(t);
            }
            flag.set(Thread.currentThread().isInterrupted());
        });
        caller.start();
        assertThat(server.takeRequest(30, TimeUnit.SECONDS)).isNotNull(); // the call is blocked on the answer
        caller.interrupt();
        caller.join(TimeUnit.SECONDS.toMillis(30)); // far less than the 60 s read timeout
        assertThat(caller.isAlive()).as("still blocked after the interrupt").isFalse();
        assertThat(thrown.get()).isInstanceOf(ImsClientException.class).hasMessageContaining("interrupted");
        assertThat(flag.get()).as("interrupt flag kept").isTrue();
        return thrown.get();
    }

    @Test
    void interruptingACallOnTheCallersOwnOkHttpClientCancelsItToo() throws Exception {
        okhttp3.OkHttpClient mine = new okhttp3.OkHttpClient.Builder().readTimeout(Duration.ofSeconds(60)).build();
        try (RpcClient rpc = client().httpClient(mine).callTimeout(Duration.ofSeconds(120)).build()) {
            interruptBlockedCall(rpc);
        } finally {
            mine.dispatcher().executorService().shutdown();
        }
    }

    @Test
    void aConnectionTheServerClosedWhileIdleDoesNotFailASubmit() throws Exception {
        // Each answer is followed by the server closing the connection, as a gateway does with
        // an idle connection: the next submit (never retried once sent) must still go through.
        for (int i = 0; i < 5; i++) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(OK)
                    .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)).build());
        }
        try (RpcClient rpc = client().build()) {
            for (int i = 0; i < 5; i++) {
                Thread.sleep(200); // idle long enough to be checked before reuse (100 ms)
                assertThat(rpc.call(submit()).requestId()).isEqualTo("req-1");
            }
        }
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void aZeroRetryAfterDoesNotRemoveTheBackoffAndTheStandardHeaderIsHonoured() throws Exception {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "1")
                .body("{\"Code\":\"ServiceUnavailable\",\"Message\":\"busy\"}").build());
        server.enqueue(new MockResponse.Builder().code(400).setHeader("x-acs-retry-after", "0")
                .body("{\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}").build());
        server.enqueue(json(OK));
        Duration base = Duration.ofMillis(200);
        try (RpcClient rpc = client().retryPolicy(RetryPolicy.builder().baseDelay(base).build()).build()) {
            Elapsed clock = Elapsed.start();
            assertThat(rpc.call(submit()).attempts()).isEqualTo(3);
            clock.assertAtLeast(Duration.ofSeconds(1).plus(base)); // 1 s from Retry-After, then at least the base
        }
    }

    @Test
    void aSlowCredentialsProviderIsBoundedByTheWholeCallTimeout() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Duration callTimeout = Duration.ofSeconds(1);
        try (RpcClient rpc = client().callTimeout(callTimeout).credentialsProvider(() -> {
            try {
                release.await(60, TimeUnit.SECONDS); // a provider stuck on its own network call
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return io.github.imssdk.core.auth.Credentials.create("id", "secret");
        }).build()) {
            Elapsed clock = Elapsed.start();
            ImsClientException sync = catchThrowableOfType(ImsClientException.class, () -> rpc.call(submit()));
            clock.assertAround(callTimeout);
            assertThat(sync.isTimeout()).isTrue();
            assertThat(sync.getMessage()).contains("whole-call timeout of 1000 ms");
            CompletableFuture<RpcResponse> async = rpc.callAsync(submit()); // returns at once, completes on time
            assertThat(failureOf(async).getMessage()).contains("whole-call timeout");
        } finally {
            release.countDown();
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aProgramThatForgetsCloseCanStillExit() throws Exception {
        // Every thread the client starts is a daemon: the JVM does not wait for them at exit.
        server.enqueue(json(OK));
        server.enqueue(json(OK));
        RpcClient rpc = client().retryPolicy(RetryPolicy.none()).build();
        try {
            rpc.call(submit());
            Thread http = rpc.callAsync(submit()).thenApply(r -> Thread.currentThread()).get(60, TimeUnit.SECONDS);
            // (OkHttp names the thread after the call while it runs it, so its name is not checked)
            assertThat(http.isDaemon()).as("the thread that ran the call is a daemon").isTrue();
            assertThat(Thread.getAllStackTraces().keySet()).filteredOn(t -> t.getName().startsWith("ims-sdk"))
                    .allSatisfy(t -> assertThat(t.isDaemon()).as(t.getName()).isTrue());
        } finally {
            rpc.close();
        }
    }

    @Test
    void anEndpointWithUserInfoIsRefusedWithoutRepeatingIt() {
        ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> RpcClient.builder().product("ice")
                .endpointOverride(URI.create("https://admin:hunter2@ice.example.com/")).build());
        assertThat(e.getMessage()).contains("user info").doesNotContain("hunter2").doesNotContain("admin");
    }

    @Test
    void aHugeRegionIsATypedErrorWithTheValueShortened() {
        String region = "cn-" + "x".repeat(300) + "\r\nforged";
        ImsClientException e = catchThrowableOfType(ImsClientException.class,
                () -> RpcClient.builder().product("ice").region(region).build());
        assertThat(e.getMessage()).contains("is not a region id").doesNotContain("\r").doesNotContain("\n")
                .hasSizeLessThan(400);
    }

    @Test
    void serviceTextIsCappedAndKeptOnOneLine() {
        String forged = "real message\r\n12:00:00.000 INFO  forged log line";
        server.enqueue(new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body("{\"Code\":\"Bad\\r\\nCode\",\"Message\":\"" + forged.replace("\r", "\\r").replace("\n", "\\n")
                        + "x".repeat(50_000) + "\",\"RequestId\":\"r\\n1\"}").build());
        try (LogCapture logs = LogCapture.sdk(); RpcClient rpc = client().build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit()));
            assertThat(e.errorMessage()).startsWith("real message\\r\\n12:00").hasSizeLessThan(9 * 1024)
                    .contains("characters in all");
            assertThat(e.errorCode()).isEqualTo("Bad\\r\\nCode");
            assertThat(e.requestId()).isEqualTo("r\\n1");
            assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("\r");
            assertThat(logs.lines()).allSatisfy(l -> assertThat(l).doesNotContain("\n12:00:00.000 INFO"));
        }
    }
}
