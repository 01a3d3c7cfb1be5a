package io.github.imssdk.ice;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.VirtualClock;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Waiting for media-convert jobs: success, failure, timeout, a state the SDK has never seen, and the async variant. */
class WaiterTest {
    static final WaiterOptions.Builder FAST = WaiterOptions.builder().pollInterval(Duration.ofMillis(10))
            .maxPollInterval(Duration.ofMillis(40)).timeout(Duration.ofSeconds(20));

    /** An emulator whose virtual time runs 200x faster than real time: an 11 s job takes ~55 ms. */
    static IceMockServer fastServer() {
        return IceMockServer.builder().clock(VirtualClock.running(Instant.now(), 200)).start();
    }

    static IceClient client(IceMockServer s) {
        return IceClient.builder().endpointOverride(s.endpoint()).credentialsProvider(s.credentialsProvider()).build();
    }

    @Test
    void waitsForSuccessReportingProgress() {
        try (IceMockServer s = fastServer(); IceClient ice = client(s)) {
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            List<String> seen = new CopyOnWriteArrayList<>();
            WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(id, FAST
                    .progressListener(j -> seen.add(j.stateAsString() + " " + j.percent())).build());
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.SUCCEEDED);
            assertThat(r.succeeded()).isTrue();
            assertThat(r.value().jobId()).isEqualTo(id);
            assertThat(r.value().percent()).isEqualTo(100);
            assertThat(r.value().finishTime()).isNotNull();
            assertThat(r.attempts()).isEqualTo(seen.size()).isGreaterThan(1);
            assertThat(seen.get(seen.size() - 1)).isEqualTo("Success 100");
            assertThat(seen).anySatisfy(l -> assertThat(l).startsWith("Running"));
        }
    }

    @Test
    void reportsFailure() {
        try (IceMockServer s = fastServer(); IceClient ice = client(s)) {
            s.markBadInput("oss://bucket/input/60min.mp4");
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(id, FAST.build());
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.FAILED);
            assertThat(r.value().code()).isEqualTo("InvalidParameter.ResourceContentBad");
        }
    }

    @Test
    void timesOut() {
        try (IceMockServer s = IceMockServer.builder().start(); IceClient ice = client(s)) { // frozen clock: never finishes
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            long t0 = System.nanoTime();
            WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(id, WaiterOptions.builder()
                    .pollInterval(Duration.ofMillis(20)).timeout(Duration.ofMillis(300)).build());
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.TIMED_OUT);
            assertThat(r.value().stateAsString()).isEqualTo("Inited");
            assertThat(ms).isBetween(250L, 3000L);
            assertThat(r.attempts()).isGreaterThan(2);
        }
    }

    @Test
    void keepsWaitingThroughAStateItHasNeverSeenAndAcceptsEverySpellingOfTheEnd() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            for (String state : new String[] {"Inited", "Transcoding", "Running", "Finished"}) {
                server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\",\"Job\":{\"JobId\":\"j\",\"State\":\""
                        + state + "\"}}").build());
            }
            try (IceClient ice = IceClient.builder().endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("i", "s")).build()) {
                List<String> seen = new CopyOnWriteArrayList<>();
                WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob("j",
                        FAST.progressListener(j -> seen.add(j.state() + "/" + j.stateAsString())).build());
                assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.SUCCEEDED);
                assertThat(seen).containsExactly("Inited/Inited", "unknown_to_sdk_version/Transcoding", "Running/Running",
                        "Success/Finished");
            }
        }
    }

    @Test
    void cancelledAndErrorSpellingsEndTheWait() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.start();
            server.enqueue(new MockResponse.Builder().body("{\"Job\":{\"State\":\"Canceled\"}}").build());
            server.enqueue(new MockResponse.Builder().body("{\"Job\":{\"State\":\"Error\"}}").build());
            try (IceClient ice = IceClient.builder().endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("i", "s")).build()) {
                assertThat(ice.waiter().waitForMediaConvertJob("j", FAST.build()).outcome())
                        .isEqualTo(WaiterResult.Outcome.CANCELLED);
                assertThat(ice.waiter().waitForMediaConvertJob("j", FAST.build()).outcome())
                        .isEqualTo(WaiterResult.Outcome.FAILED);
            }
        }
    }

    @Test
    void anUnknownJobIsAnError() {
        try (IceMockServer s = fastServer(); IceClient ice = client(s)) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class,
                    () -> ice.waiter().waitForMediaConvertJob("nope", FAST.build()));
            assertThat(e.errorCode()).isEqualTo("JobNotFound");
        }
    }

    @Test
    void theAsyncWaiterBlocksNoThread() throws Exception {
        try (IceMockServer s = fastServer();
             IceAsyncClient ice = IceAsyncClient.builder().endpointOverride(s.endpoint())
                     .credentialsProvider(s.credentialsProvider()).build()) {
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).get(5, TimeUnit.SECONDS).job().jobId();
            long t0 = System.nanoTime();
            CompletableFuture<WaiterResult<MediaConvertJob>> f = ice.waiter().waitForMediaConvertJob(id, FAST.build());
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0)).isLessThan(1000);
            WaiterResult<MediaConvertJob> r = f.get(20, TimeUnit.SECONDS);
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.SUCCEEDED);
            assertThat(r.attempts()).isGreaterThan(1);
            CompletableFuture<WaiterResult<MediaConvertJob>> missing = ice.waiter().waitForMediaConvertJob("nope", FAST.build());
            assertThatThrownBy(() -> missing.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ImsServiceException.class);
        }
    }
}
