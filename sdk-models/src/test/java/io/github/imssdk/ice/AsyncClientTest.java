package io.github.imssdk.ice;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.exception.ValidationException;
import io.github.imssdk.core.testsupport.Wire;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AsyncClientTest {
    MockWebServer server;
    IceAsyncClient ice;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        ice = IceAsyncClient.builder().endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
    }

    @AfterEach
    void stop() {
        ice.close();
        server.close();
    }

    @Test
    void submitsThroughTheSamePipeline() throws Exception {
        server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\",\"JobId\":\"j\"}").build());
        SubmitLiveTranscodeJobResponse r = ice.submitLiveTranscodeJob(Fixtures.timedTranscodeJob(Instant.now()).build())
                .get(5, TimeUnit.SECONDS);
        assertThat(r.jobId()).isEqualTo("j");
        Wire.assertV3Signature(server.takeRequest(), "secret");
    }

    @Test
    void validationFailuresCompleteTheFutureAndSendNothing() {
        // within seven days by the system clock at build(), eight days out by the client's clock at send
        SubmitLiveTranscodeJobRequest request = Fixtures.timedTranscodeJob(Instant.now().plus(Duration.ofDays(5))).build();
        try (IceAsyncClient behind = IceAsyncClient.builder().endpointOverride(server.url("/").uri())
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-3)))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build()) {
            CompletableFuture<SubmitLiveTranscodeJobResponse> f = behind.submitLiveTranscodeJob(request);
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ValidationException.class).hasMessageContaining("within seven days");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void serviceErrorsCompleteTheFutureWithTheTypedException() {
        server.enqueue(new MockResponse.Builder().code(404)
                .body("{\"RequestId\":\"r\",\"Code\":\"TemplateNotFound\",\"Message\":\"No such template.\"}").build());
        assertThatThrownBy(() -> ice.submitLiveRecordJob(Fixtures.recordJob().build()).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(ImsServiceException.class).hasMessageContaining("Code: TemplateNotFound");
    }

    @Test
    void cancellingTheFutureCancelsTheCall() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        CompletableFuture<?> f = ice.submitLiveRecordJob(Fixtures.recordJob().build());
        server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(f.cancel(true)).isTrue();
        assertThat(f).isCancelled();
    }
}
