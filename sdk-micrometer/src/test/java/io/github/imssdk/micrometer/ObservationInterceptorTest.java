package io.github.imssdk.micrometer;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.Wire;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.handler.PropagatingSenderTracingObservationHandler;
import io.micrometer.tracing.propagation.Propagator;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Timers with the documented tags, and spans with the trace context in each attempt's headers. */
class ObservationInterceptorTest {
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

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    RpcClient client(ObservationRegistry registry) {
        return RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build())
                .addInterceptor(ObservationInterceptor.create(registry)).build();
    }

    static RpcRequest submit() {
        return RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09").queryParam("Name", "n").build();
    }

    @Test
    void aTimerPerCallAndPerAttemptWithTheDocumentedTags() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        server.enqueue(json(400, "{\"RequestId\":\"r1\",\"Code\":\"Throttling.User\",\"Message\":\"slow\"}"));
        server.enqueue(json(200, "{\"RequestId\":\"r2\"}"));
        server.enqueue(json(400, "{\"RequestId\":\"r3\",\"Code\":\"InvalidParameter\",\"Message\":\"bad\"}"));
        try (RpcClient rpc = client(registry)) {
            rpc.call(submit());
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit())).errorCode())
                    .isEqualTo("InvalidParameter");
        }
        Timer ok = meters.find(ObservationInterceptor.CALL).tag("action", "SubmitLiveTranscodeJob").tag("product", "ice")
                .tag("region", "none").tag("outcome", "success").tag("error.code", "none").tag("attempts", "2")
                .tag("throttled", "true").timer();
        assertThat(ok).isNotNull();
        assertThat(ok.count()).isEqualTo(1);
        Timer failed = meters.find(ObservationInterceptor.CALL).tag("outcome", "service_error")
                .tag("error.code", "InvalidParameter").tag("attempts", "1").tag("throttled", "false").timer();
        assertThat(failed).isNotNull();
        assertThat(failed.count()).isEqualTo(1);
        assertThat(meters.find(ObservationInterceptor.ATTEMPT).tag("retried", "true").tag("throttled", "true")
                .tag("http.status", "400").tag("error.code", "Throttling.User").timer().count()).isEqualTo(1);
        assertThat(meters.find(ObservationInterceptor.ATTEMPT).timers().stream().mapToLong(Timer::count).sum()).isEqualTo(3);
        // request ids are high cardinality: never a meter tag
        assertThat(meters.getMeters()).allSatisfy(m -> assertThat(m.getId().getTag("request.id")).isNull());
    }

    @Test
    void aSpanPerCallWithTheTraceContextInTheAttemptsHeaders() throws Exception {
        SimpleTracer tracer = new SimpleTracer();
        ObservationRegistry registry = ObservationRegistry.create();
        // as Spring Boot wires a tracing bridge: the first handler that supports a context handles it
        registry.observationConfig().observationHandler(new ObservationHandler.FirstMatchingCompositeObservationHandler(
                new PropagatingSenderTracingObservationHandler<>(tracer, new TraceParentPropagator()),
                new DefaultTracingObservationHandler(tracer)));
        server.enqueue(json(200, "{\"RequestId\":\"r1\"}"));
        try (RpcClient rpc = client(registry)) {
            rpc.call(submit());
        }
        List<SimpleSpan> spans = tracer.getSpans().stream().collect(Collectors.toList());
        assertThat(spans).extracting(SimpleSpan::getName)
                .containsExactlyInAnyOrder("ice SubmitLiveTranscodeJob", "ice SubmitLiveTranscodeJob attempt");
        SimpleSpan call = spans.stream().filter(s -> s.getName().endsWith("Job")).findFirst().get();
        SimpleSpan attempt = spans.stream().filter(s -> s.getName().endsWith("attempt")).findFirst().get();
        assertThat(attempt.getTraceId()).isEqualTo(call.getTraceId());
        assertThat(attempt.getParentId()).isEqualTo(call.getSpanId());
        assertThat(call.getTags()).containsEntry("outcome", "success").containsEntry("request.id", "r1");

        RecordedRequest sent = server.takeRequest();
        assertThat(sent.getHeaders().get("traceparent"))
                .isEqualTo("00-" + attempt.getTraceId() + "-" + attempt.getSpanId() + "-01");
        Wire.assertV3Signature(sent, "secret");
    }

    /** The W3C header, written from the span's context (enough for the test; a bridge brings its own). */
    static final class TraceParentPropagator implements Propagator {
        @Override
        public List<String> fields() {
            return Collections.singletonList("traceparent");
        }

        @Override
        public <C> void inject(TraceContext context, C carrier, Setter<C> setter) {
            setter.set(carrier, "traceparent", "00-" + context.traceId() + "-" + context.spanId() + "-01");
        }

        @Override
        public <C> Span.Builder extract(C carrier, Getter<C> getter) {
            throw new UnsupportedOperationException("not used by a client");
        }
    }
}
