package io.github.imssdk.core;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The retry strategy's pieces: which answers are re-sent, and the budget that ends retry storms. */
class RetryStrategyTest {
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

    static MockResponse error(int status, String code) {
        return RpcClientTest.json(status, "{\"RequestId\":\"r\",\"Code\":\"" + code + "\",\"Message\":\"m\"}");
    }

    static MockResponse ok() {
        return RpcClientTest.json(200, "{\"RequestId\":\"ok\"}");
    }

    RpcClient client(RetryPolicy.Builder policy) {
        return RpcClient.builder().product("ice").endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .retryPolicy(policy.baseDelay(Duration.ofMillis(1)).build()).build();
    }

    static RpcRequest submit() { // not idempotent
        return RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09").queryParam("Name", "n").build();
    }

    static RpcRequest get() {
        return RpcRequest.builder().action("GetLiveTranscodeJob").version("2020-11-09").queryParam("JobId", "j")
                .idempotent(true).build();
    }

    @Test
    void aClassifierAddsACodeTheServiceDocumentsAsNotProcessed() {
        server.enqueue(error(400, "Busy.Pipeline"));
        server.enqueue(ok());
        RetryClassifier mine = e -> "Busy.Pipeline".equals(e.errorCode())
                ? RetryClass.NOT_PROCESSED : RetryClassifier.defaults().classify(e);
        try (RpcClient rpc = client(RetryPolicy.builder().classifier(mine))) {
            assertThat(rpc.call(submit()).attempts()).isEqualTo(2);
        }
        // with the defaults it is final
        server.enqueue(error(400, "Busy.Pipeline"));
        try (RpcClient rpc = client(RetryPolicy.builder())) {
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit())).attempts()).isEqualTo(1);
        }
    }

    @Test
    void maybeProcessedIsReSentOnlyForIdempotentRequestsWhateverTheClassifierSays() {
        RetryClassifier everythingMaybe = e -> RetryClass.MAYBE_PROCESSED;
        server.enqueue(error(400, "Whatever"));
        server.enqueue(error(400, "Whatever"));
        server.enqueue(ok());
        try (RpcClient rpc = client(RetryPolicy.builder().classifier(everythingMaybe))) {
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(submit())).attempts()).isEqualTo(1);
            assertThat(rpc.call(get()).attempts()).isEqualTo(2);
        }
    }

    @Test
    void theDefaultClassifierFollowsTheDocumentedRules() {
        assertThat(classify(429, "Throttling")).isEqualTo(RetryClass.NOT_PROCESSED);
        assertThat(classify(400, "Throttling.User")).isEqualTo(RetryClass.NOT_PROCESSED);
        assertThat(classify(503, "ServiceUnavailable")).isEqualTo(RetryClass.NOT_PROCESSED);
        assertThat(classify(500, "InternalError")).isEqualTo(RetryClass.MAYBE_PROCESSED);
        assertThat(classify(502, "BadGateway")).isEqualTo(RetryClass.MAYBE_PROCESSED);
        assertThat(classify(400, "InvalidParameter")).isEqualTo(RetryClass.FINAL);
        assertThat(classify(403, "Forbidden.RAM")).isEqualTo(RetryClass.FINAL);
    }

    private static RetryClass classify(int status, String code) {
        return RetryClassifier.defaults().classify(new ImsServiceException("ice", status, code, "m", "r", null, null, null));
    }

    @Test
    void aSpentBudgetEndsRetriesUntilCallsSucceedAgain() {
        // 10 tokens, 5 a retry: two retries, then none until a first-attempt success refunds one retry's worth
        RetryPolicy.Builder policy = RetryPolicy.builder().maxAttempts(3).budget(RetryBudget.tokenBucket(10, 5, 5));
        for (int i = 0; i < 3; i++) {
            server.enqueue(error(503, "ServiceUnavailable"));
        }
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(ok());
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(ok());
        try (RpcClient rpc = client(policy)) {
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(get())).attempts()).isEqualTo(3);
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(get())).attempts())
                    .as("no tokens left: no retry").isEqualTo(1);
            assertThat(rpc.call(get()).attempts()).isEqualTo(1); // refunds 5
            assertThat(rpc.call(get()).attempts()).as("one retry's worth again").isEqualTo(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(7);
    }

    @Test
    void anUnlimitedBudgetRetriesAsThePolicyAllows() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(error(503, "ServiceUnavailable"));
        }
        try (RpcClient rpc = client(RetryPolicy.builder().maxAttempts(3).budget(RetryBudget.unlimited()))) {
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(get())).attempts()).isEqualTo(3);
            assertThat(catchThrowableOfType(ImsServiceException.class, () -> rpc.call(get())).attempts()).isEqualTo(3);
        }
    }

    @Test
    void aBudgetNeedsSensibleNumbers() {
        assertThatThrownBy(() -> RetryBudget.tokenBucket(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryBudget.tokenBucket(4, 5, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RetryBudget.defaultBudget().capacity()).isEqualTo(500);
        assertThat(RetryPolicy.defaultPolicy().budget()).isEqualTo(RetryBudget.defaultBudget());
    }

    @Test
    void aBackoffOfOnesOwnDecidesTheWaitWhenTheServiceDoesNotSay() {
        java.util.List<Integer> asked = new java.util.ArrayList<>();
        Backoff recorded = retry -> {
            asked.add(retry);
            return 0;
        };
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(error(503, "ServiceUnavailable"));
        server.enqueue(ok());
        try (RpcClient rpc = client(RetryPolicy.builder().backoff(recorded))) {
            assertThat(rpc.call(get()).attempts()).isEqualTo(3);
        }
        assertThat(asked).containsExactly(1, 2);
        // the default stays full jitter within its ceiling
        RetryPolicy p = RetryPolicy.builder().baseDelay(Duration.ofMillis(100)).maxDelay(Duration.ofMillis(300)).build();
        for (int retry = 1; retry <= 5; retry++) {
            assertThat(p.backoffMillis(retry)).isBetween(0L, Math.min(300L, 100L << (retry - 1)));
        }
    }
}
