package io.github.imssdk.core;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every hook in order, sync and async, for a success, a retried throttle, a service error and a timeout. */
class InterceptorTest {
    private static final String ID = "LTAI5tInterceptorId";
    private static final String SECRET = "interceptor-secret-never-shown";
    private static final String TOKEN = "sts-token-never-shown";

    MockWebServer server;

    /** Writes every hook with what it saw, and keeps every text a hook could read. */
    static final class Recorder implements RpcInterceptor {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void beforeCall(CallContext c) {
            events.add("beforeCall " + c.action() + " attempts=" + c.attempts());
            see(c);
        }

        @Override
        public void beforeAttempt(AttemptContext a) {
            events.add("beforeAttempt " + a.attempt());
            a.addHeader("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            see(a.call());
        }

        @Override
        public void afterAttempt(AttemptContext a) {
            events.add("afterAttempt " + a.attempt() + " status=" + a.statusCode() + " code=" + a.errorCode()
                    + " ok=" + a.succeeded() + " retry=" + a.willRetry());
            seen.add(String.valueOf(a.requestId()));
            seen.add(String.valueOf(a.error()));
            seen.add(a.toString());
            assertThatThrownBy(() -> a.addHeader("late", "x")).isInstanceOf(IllegalStateException.class);
        }

        @Override
        public void afterCall(CallContext c) {
            events.add("afterCall ok=" + c.succeeded() + " code=" + c.errorCode() + " attempts=" + c.attempts());
            see(c);
            if (c.response() != null) {
                seen.add(c.response().body());
                seen.add(c.response().headers().toString());
            }
            if (c.error() != null) {
                seen.add(c.error().getMessage());
                seen.add(c.error().toString());
            }
        }

        private void see(CallContext c) {
            seen.add(c.toString() + c.product() + c.action() + c.version() + c.region() + c.requestId());
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    RpcClient.Builder client(RpcInterceptor... interceptors) {
        RpcClient.Builder b = RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(ID, SECRET, TOKEN))
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build());
        for (RpcInterceptor i : interceptors) {
            b.addInterceptor(i);
        }
        return b;
    }

    static RpcRequest.Builder submit() {
        return RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09").queryParam("Name", "n");
    }

    static RpcResponse run(RpcClient rpc, RpcRequest r, boolean async) {
        if (!async) {
            return rpc.call(r);
        }
        try {
            return rpc.callAsync(r).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw (ImsException) e.getCause();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aSuccess(boolean async) throws Exception {
        server.enqueue(RpcClientTest.json(200, "{\"RequestId\":\"req-1\",\"JobId\":\"j\"}"));
        Recorder rec = new Recorder();
        try (RpcClient rpc = client(rec).build()) {
            run(rpc, submit().build(), async);
        }
        assertThat(rec.events).containsExactly(
                "beforeCall SubmitLiveTranscodeJob attempts=0",
                "beforeAttempt 1",
                "afterAttempt 1 status=200 code=null ok=true retry=false",
                "afterCall ok=true code=null attempts=1");
        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getHeaders().get("traceparent")).startsWith("00-4bf92f35");
        Wire.assertV3Signature(sent, SECRET); // the added header is outside the signature
        assertNoSecret(rec, sent);
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aRetriedThrottle(boolean async) throws Exception {
        server.enqueue(RpcClientTest.json(400, "{\"RequestId\":\"req-t\",\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}"));
        server.enqueue(RpcClientTest.json(200, "{\"RequestId\":\"req-2\"}"));
        Recorder rec = new Recorder();
        try (RpcClient rpc = client(rec).build()) {
            run(rpc, submit().build(), async);
        }
        assertThat(rec.events).containsExactly(
                "beforeCall SubmitLiveTranscodeJob attempts=0",
                "beforeAttempt 1",
                "afterAttempt 1 status=400 code=Throttling.User ok=false retry=true",
                "beforeAttempt 2",
                "afterAttempt 2 status=200 code=null ok=true retry=false",
                "afterCall ok=true code=null attempts=2");
        assertNoSecret(rec, server.takeRequest(), server.takeRequest());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aServiceError(boolean async) throws Exception {
        server.enqueue(RpcClientTest.json(400, "{\"RequestId\":\"req-e\",\"Code\":\"InvalidParameter\",\"Message\":\"bad\"}"));
        Recorder rec = new Recorder();
        try (RpcClient rpc = client(rec).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> run(rpc, submit().build(), async));
            assertThat(e.errorCode()).isEqualTo("InvalidParameter");
        }
        assertThat(rec.events).containsExactly(
                "beforeCall SubmitLiveTranscodeJob attempts=0",
                "beforeAttempt 1",
                "afterAttempt 1 status=400 code=InvalidParameter ok=false retry=false",
                "afterCall ok=false code=InvalidParameter attempts=1");
        assertNoSecret(rec, server.takeRequest());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void aTimeout(boolean async) throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Recorder rec = new Recorder();
        try (RpcClient rpc = client(rec).readTimeout(Duration.ofMillis(500)).build()) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> run(rpc, submit().build(), async));
            assertThat(e.isTimeout()).isTrue();
        }
        assertThat(rec.events).containsExactly(
                "beforeCall SubmitLiveTranscodeJob attempts=0",
                "beforeAttempt 1",
                "afterAttempt 1 status=null code=null ok=false retry=false", // not idempotent: not re-sent
                "afterCall ok=false code=null attempts=1");
        assertNoSecret(rec, server.takeRequest());
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void anInterceptorThatThrowsBeforeTheCallFailsItTypedAndNothingIsSent(boolean async) {
        Recorder rec = new Recorder();
        RpcInterceptor broken = new RpcInterceptor() {
            @Override
            public void beforeCall(CallContext call) {
                throw new IllegalStateException("broken");
            }
        };
        try (RpcClient rpc = client(rec, broken).build()) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> run(rpc, submit().build(), async));
            assertThat(e).hasMessageContaining("threw in beforeCall").hasCauseInstanceOf(IllegalStateException.class);
        }
        assertThat(server.getRequestCount()).isZero();
        assertThat(rec.events).containsExactly("beforeCall SubmitLiveTranscodeJob attempts=0",
                "afterCall ok=false code=null attempts=0");
    }

    @ParameterizedTest(name = "async={0}")
    @ValueSource(booleans = {false, true})
    void anInterceptorThatThrowsAfterAnAttemptStopsTheRetries(boolean async) {
        server.enqueue(RpcClientTest.json(400, "{\"RequestId\":\"req-t\",\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}"));
        server.enqueue(RpcClientTest.json(200, "{\"RequestId\":\"req-2\"}"));
        RpcInterceptor broken = new RpcInterceptor() {
            @Override
            public void afterAttempt(AttemptContext attempt) {
                throw new IllegalStateException("broken");
            }
        };
        try (RpcClient rpc = client(broken).build()) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> run(rpc, submit().build(), async));
            assertThat(e.errorCode()).isEqualTo("Throttling.User");
            assertThat(e.getSuppressed()).singleElement().asString().contains("threw in afterAttempt");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anInterceptorThatThrowsAfterASuccessFailsTheCallTyped() {
        server.enqueue(RpcClientTest.json(200, "{\"RequestId\":\"req-1\"}"));
        RpcInterceptor broken = new RpcInterceptor() {
            @Override
            public void afterCall(CallContext call) {
                throw new IllegalStateException("broken");
            }
        };
        try (RpcClient rpc = client(broken).build()) {
            assertThatThrownBy(() -> rpc.call(submit().build())).isInstanceOf(ImsClientException.class)
                    .hasMessageContaining("threw in afterCall");
        }
    }

    @Test
    void headersTheProtocolSetsCannotBeAdded() {
        server.enqueue(RpcClientTest.json(200, "{\"RequestId\":\"req-1\"}"));
        List<String> refused = new ArrayList<>();
        RpcInterceptor sneaky = new RpcInterceptor() {
            @Override
            public void beforeAttempt(AttemptContext a) {
                for (String name : new String[] {"Authorization", "x-acs-signature-nonce", "Host", "Content-Type"}) {
                    try {
                        a.addHeader(name, "x");
                    } catch (IllegalArgumentException e) {
                        refused.add(name);
                    }
                }
            }
        };
        try (RpcClient rpc = client(sneaky).build()) {
            rpc.call(submit().build());
        }
        assertThat(refused).containsExactly("Authorization", "x-acs-signature-nonce", "Host", "Content-Type");
    }

    private static void assertNoSecret(Recorder rec, RecordedRequest... sent) {
        List<String> secrets = new ArrayList<>(List.of(SECRET, TOKEN));
        for (RecordedRequest r : sent) {
            String auth = r.getHeaders().get("Authorization");
            secrets.add(auth.substring(auth.indexOf("Signature=") + "Signature=".length()));
        }
        for (String text : rec.seen) {
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
        }
        assertThat(rec.seen).isNotEmpty();
    }
}
