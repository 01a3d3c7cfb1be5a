package io.github.imssdk.ice;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.Elapsed;
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
    /** @return fresh options polling every 10-40 ms, giving up after a generous 20 s */
    static WaiterOptions.Builder fast() {
        return WaiterOptions.builder().pollInterval(Duration.ofMillis(10))
                .maxPollInterval(Duration.ofMillis(40)).timeout(Duration.ofSeconds(20));
    }

    /**
     * An emulator whose virtual clock the test owns: it stands still between polls, and each poll
     * the waiter reports moves it on by {@link #STEP}. A job spends 1 s queued and 10 s running,
     * so the polls see it at 0 s (Inited), 4 s and 8 s (Running) and 12 s (Success): four polls,
     * however fast or slow the machine.
     */
    static IceMockServer ownedClockServer() {
        return IceMockServer.builder().clock(new VirtualClock(Instant.now())).start();
    }

    static final Duration STEP = Duration.ofSeconds(4);

    /** @return options that advance the server's clock by {@link #STEP} after every poll */
    static WaiterOptions.Builder stepping(IceMockServer s, List<String> seen) {
        return fast().progressListener(j -> {
            seen.add(j.stateAsString() + " " + j.percent());
            s.clock().advance(STEP);
        });
    }

    static IceClient client(IceMockServer s) {
        return IceClient.builder().endpointOverride(s.endpoint()).credentialsProvider(s.credentialsProvider()).build();
    }

    @Test
    void waitsForSuccessReportingProgress() {
        try (IceMockServer s = ownedClockServer(); IceClient ice = client(s)) {
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            List<String> seen = new CopyOnWriteArrayList<>();
            WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(id, stepping(s, seen).build());
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.SUCCEEDED);
            assertThat(r.succeeded()).isTrue();
            assertThat(r.value().jobId()).isEqualTo(id);
            assertThat(r.value().percent()).isEqualTo(100);
            assertThat(r.value().finishTime()).isNotNull();
            assertThat(r.attempts()).isEqualTo(4).isEqualTo(seen.size());
            assertThat(seen.get(0)).startsWith("Inited");
            assertThat(seen.subList(1, 3)).allSatisfy(l -> assertThat(l).startsWith("Running"));
            assertThat(seen.get(3)).isEqualTo("Success 100");
        }
    }

    @Test
    void reportsFailure() {
        try (IceMockServer s = ownedClockServer(); IceClient ice = client(s)) {
            s.markBadInput("oss://bucket/input/60min.mp4");
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(id,
                    stepping(s, new CopyOnWriteArrayList<>()).build());
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.FAILED);
            assertThat(r.value().code()).isEqualTo("InvalidParameter.ResourceContentBad");
        }
    }

    @Test
    void timesOut() {
        try (IceMockServer s = IceMockServer.builder().start(); IceClient ice = client(s)) { // frozen clock: never finishes
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            Duration timeout = Duration.ofMillis(300);
            Elapsed clock = Elapsed.start();
            WaiterResult<MediaConvertJob> r = ice.waiter().waitForMediaConvertJob(id, WaiterOptions.builder()
                    .pollInterval(Duration.ofMillis(20)).timeout(timeout).build());
            clock.assertAround(timeout);
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.TIMED_OUT);
            assertThat(r.value().stateAsString()).isEqualTo("Inited");
            assertThat(r.elapsed()).isGreaterThanOrEqualTo(timeout);
            assertThat(r.attempts()).isPositive(); // how many fit in 300 ms depends on the machine
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
                        fast().progressListener(j -> seen.add(j.state() + "/" + j.stateAsString())).build());
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
                assertThat(ice.waiter().waitForMediaConvertJob("j", fast().build()).outcome())
                        .isEqualTo(WaiterResult.Outcome.CANCELLED);
                assertThat(ice.waiter().waitForMediaConvertJob("j", fast().build()).outcome())
                        .isEqualTo(WaiterResult.Outcome.FAILED);
            }
        }
    }

    @Test
    void anUnknownJobIsAnError() {
        try (IceMockServer s = ownedClockServer(); IceClient ice = client(s)) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class,
                    () -> ice.waiter().waitForMediaConvertJob("nope", fast().build()));
            assertThat(e.errorCode()).isEqualTo("JobNotFound");
        }
    }

    @Test
    void theAsyncWaiterBlocksNoThread() throws Exception {
        try (IceMockServer s = ownedClockServer();
             IceAsyncClient ice = IceAsyncClient.builder().endpointOverride(s.endpoint())
                     .credentialsProvider(s.credentialsProvider()).build()) {
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).get(30, TimeUnit.SECONDS).job().jobId();
            // The job cannot finish before the test lets its clock move, so a future that is not
            // done proves the call returned without waiting for the job.
            java.util.concurrent.atomic.AtomicBoolean go = new java.util.concurrent.atomic.AtomicBoolean();
            List<String> seen = new CopyOnWriteArrayList<>();
            CompletableFuture<WaiterResult<MediaConvertJob>> f = ice.waiter().waitForMediaConvertJob(id,
                    fast().progressListener(j -> {
                        seen.add(j.stateAsString());
                        if (go.get()) {
                            s.clock().advance(STEP);
                        }
                    }).build());
            assertThat(f).isNotDone();
            go.set(true);
            WaiterResult<MediaConvertJob> r = f.get(30, TimeUnit.SECONDS);
            assertThat(r.outcome()).isEqualTo(WaiterResult.Outcome.SUCCEEDED);
            assertThat(r.attempts()).isEqualTo(seen.size()).isGreaterThanOrEqualTo(4); // 0 s, 4 s, 8 s, 12 s at least
            CompletableFuture<WaiterResult<MediaConvertJob>> missing = ice.waiter().waitForMediaConvertJob("nope", fast().build());
            assertThatThrownBy(() -> missing.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(ImsServiceException.class);
        }
    }
}
