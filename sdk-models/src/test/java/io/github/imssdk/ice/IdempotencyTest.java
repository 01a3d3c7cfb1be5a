package io.github.imssdk.ice;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.testsupport.Wire;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A retried submit never creates two jobs: the ClientToken is generated once per call and reused. */
class IdempotencyTest {
    MockWebServer server;
    IceClient ice;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        ice = IceClient.builder().endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .readTimeout(Duration.ofSeconds(1)) // short, for the stalls below; long enough for a busy machine
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build();
    }

    @AfterEach
    void stop() {
        ice.close();
        server.close();
    }

    @Test
    void aMediaConvertSubmitTimedOutAfterBeingReadIsRetriedWithTheSameClientToken() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r2\",\"Job\":{\"JobId\":\"j1\",\"State\":\"Inited\"}}").build());
        SubmitMediaConvertJobRequest request = Fixtures.convertJob().clientToken(null).build();
        SubmitMediaConvertJobResponse r = ice.submitMediaConvertJob(request);
        assertThat(r.job().jobId()).isEqualTo("j1");

        RecordedRequest first = server.takeRequest();
        RecordedRequest second = server.takeRequest();
        String token = Wire.query(first).get("ClientToken");
        assertThat(token).isNotBlank();
        assertThat(Wire.query(second).get("ClientToken")).isEqualTo(token);
        assertThat(Wire.query(second).get("Config")).isEqualTo(Wire.query(first).get("Config"));
        // ... while each attempt is signed afresh
        assertThat(second.getHeaders().get("x-acs-signature-nonce")).isNotEqualTo(first.getHeaders().get("x-acs-signature-nonce"));
        Wire.assertV3Signature(first, "secret");
        Wire.assertV3Signature(second, "secret");
    }

    @Test
    void separateCallsGetSeparateTokensAndAGivenTokenIsKept() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\",\"Job\":{}}").build());
        }
        SubmitMediaConvertJobRequest noToken = Fixtures.convertJob().clientToken(null).build();
        ice.submitMediaConvertJob(noToken);
        ice.submitMediaConvertJob(noToken);
        ice.submitMediaConvertJob(Fixtures.convertJob().clientToken("my-token-1").build());
        String a = Wire.query(server.takeRequest()).get("ClientToken");
        String b = Wire.query(server.takeRequest()).get("ClientToken");
        assertThat(a).isNotEqualTo(b);
        assertThat(Wire.query(server.takeRequest()).get("ClientToken")).isEqualTo("my-token-1");
    }

    @Test
    void aLiveSubmitWithoutATokenIsNotRetriedAfterItMayHaveArrived() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\",\"JobId\":\"j\"}").build());
        ImsClientException e = catchThrowableOfType(ImsClientException.class,
                () -> ice.submitLiveRecordJob(Fixtures.recordJob().build()));
        assertThat(e.isTimeout()).isTrue();
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
