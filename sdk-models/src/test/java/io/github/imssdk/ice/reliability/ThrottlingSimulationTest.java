package io.github.imssdk.ice.reliability;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.Reports;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.RecordedCall;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fleet against one account's per-API rate limit: four clients, four threads each, calling one
 * action the emulator limits to 20 a second, for three seconds with adaptive throttling off and
 * three with it on. The figures go to target/reliability/throttling.txt (RELIABILITY.md); the test
 * asserts only what does not depend on the machine's speed: every call ends, completed, with the
 * typed throttling error, or (adaptive, on a starved machine) unsent with the typed error saying
 * its turn would come after its timeout; nothing else goes wrong.
 */
class ThrottlingSimulationTest {
    private static final int CLIENTS = 4;
    private static final int THREADS = 4;
    private static final int QPS = 20;
    private static final long MILLIS = 3_000;

    static final class Result {
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger failedThrottled = new AtomicInteger();
        /** Not sent: the adaptive send rate would have made the call wait past its whole-call timeout. */
        final AtomicInteger refusedLocally = new AtomicInteger();
        final AtomicInteger other = new AtomicInteger();
        int started;
        long throttledAnswers;
        long answers;
    }

    private static Result run(boolean adaptive) throws Exception {
        Result r = new Result();
        AtomicInteger started = new AtomicInteger();
        try (IceMockServer server = IceMockServer.builder().qpsLimit("GetLiveTranscodeTemplate", QPS).start()) {
            List<IceClient> fleet = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                fleet.add(IceClient.builder().endpointOverride(server.endpoint()).credentialsProvider(server.credentialsProvider())
                        .retryPolicy(RetryPolicy.builder().adaptiveRateLimit(adaptive).build()).build());
            }
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS * THREADS);
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MILLIS);
            for (IceClient ice : fleet) {
                for (int t = 0; t < THREADS; t++) {
                    pool.execute(() -> {
                        while (System.nanoTime() < end) {
                            started.incrementAndGet();
                            try {
                                ice.getLiveTranscodeTemplate(b -> b.templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID));
                                r.completed.incrementAndGet();
                            } catch (ImsServiceException e) {
                                (e.isThrottling() ? r.failedThrottled : r.other).incrementAndGet();
                            } catch (ImsClientException e) {
                                // on a starved machine the adaptive rate can queue a call past its timeout
                                (adaptive && e.getMessage().contains("adaptive send rate") ? r.refusedLocally : r.other)
                                        .incrementAndGet();
                            } catch (RuntimeException e) {
                                r.other.incrementAndGet();
                            }
                        }
                    });
                }
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).as("every thread ends").isTrue();
            fleet.forEach(IceClient::close);
            List<RecordedCall> calls = server.calls("GetLiveTranscodeTemplate");
            r.answers = calls.size();
            r.throttledAnswers = calls.stream().filter(c -> "Throttling.Api".equals(c.errorCode())).count();
        }
        r.started = started.get();
        return r;
    }

    @Test
    void aFleetWithAndWithoutAdaptiveThrottling() throws Exception {
        Result off = run(false);
        Result on = run(true);
        String figures = String.format("fleet: %d clients x %d threads, one action limited to %d calls/s, %d ms per mode%n"
                        + "mode | calls started | completed | failed (throttled after retries) | not sent (rate) | answers | throttling answers%n"
                        + "off  | %d | %d | %d | %d | %d | %d%n"
                        + "on   | %d | %d | %d | %d | %d | %d%n",
                CLIENTS, THREADS, QPS, MILLIS,
                off.started, off.completed.get(), off.failedThrottled.get(), off.refusedLocally.get(), off.answers,
                off.throttledAnswers,
                on.started, on.completed.get(), on.failedThrottled.get(), on.refusedLocally.get(), on.answers,
                on.throttledAnswers);
        Reports.publish("throttling.txt", "THROTTLING off: " + off.throttledAnswers + " of " + off.answers
                + " answers throttled; adaptive: " + on.throttledAnswers + " of " + on.answers, figures);
        for (Result r : new Result[] {off, on}) {
            assertThat(r.other.get()).as("nothing but throttling goes wrong").isZero();
            assertThat(r.completed.get() + r.failedThrottled.get() + r.refusedLocally.get()).as("every call ends")
                    .isEqualTo(r.started);
            assertThat(r.completed.get()).isPositive();
        }
    }
}
