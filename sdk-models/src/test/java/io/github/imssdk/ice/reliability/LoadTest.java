package io.github.imssdk.ice.reliability;

import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.testsupport.Reports;
import io.github.imssdk.ice.Fixtures;
import io.github.imssdk.ice.IceAsyncClient;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.RecordedCall;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 16 threads x 2,000 mixed calls (sync and async) against the emulator: no errors, every nonce
 * unique, connections bounded by the threads, no SDK or OkHttp dispatcher thread left after
 * close(). Sizes: -Dims.load.threads (16), -Dims.load.callsPerThread (250 by default so that the
 * suite stays fast; RELIABILITY.md reports the full 2,000).
 */
class LoadTest {
    static final int THREADS = Integer.getInteger("ims.load.threads", 16);
    static final int CALLS = Integer.getInteger("ims.load.callsPerThread", 250);

    @Test
    void sixteenThreadsOfMixedCalls() throws Exception {
        Set<String> threadsBefore = threadNames();
        long[] latencies = new long[THREADS * CALLS];
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        long t0;
        long elapsed;
        try (IceMockServer server = IceMockServer.builder().start()) {
            try (IceClient ice = IceClient.builder().endpointOverride(server.endpoint())
                    .credentialsProvider(server.credentialsProvider()).signatureVersion(SignatureVersion.V1).build();
                 IceAsyncClient async = IceAsyncClient.builder().endpointOverride(server.endpoint())
                         .credentialsProvider(server.credentialsProvider()).signatureVersion(SignatureVersion.V1).build()) {
                CountDownLatch start = new CountDownLatch(1);
                List<Thread> threads = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int tid = t;
                    Thread th = new Thread(() -> {
                        try {
                            start.await();
                            for (int i = 0; i < CALLS; i++) {
                                long c0 = System.nanoTime();
                                try {
                                    switch ((tid + i) % 4) {
                                        case 0:
                                            ice.submitLiveRecordJob(Fixtures.recordJob()
                                                    .templateId(IceMockServer.LIVE_RECORD_TEMPLATE_ID).build());
                                            break;
                                        case 1:
                                            async.getLiveTranscodeTemplate(b -> b.templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID))
                                                    .get(60, TimeUnit.SECONDS);
                                            break;
                                        case 2:
                                            ice.listLiveRecordTemplates(b -> b.pageSize(10));
                                            break;
                                        default:
                                            async.submitLiveSnapshotJob(Fixtures.snapshotJob()
                                                    .templateId(IceMockServer.LIVE_SNAPSHOT_TEMPLATE_ID).build())
                                                    .get(60, TimeUnit.SECONDS);
                                    }
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                    firstError.compareAndSet(null, e);
                                }
                                latencies[tid * CALLS + i] = System.nanoTime() - c0;
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    th.start();
                    threads.add(th);
                }
                t0 = System.nanoTime();
                start.countDown();
                for (Thread th : threads) {
                    th.join();
                }
                elapsed = System.nanoTime() - t0;
            }
            List<RecordedCall> journal = server.journal();
            Set<String> nonces = new HashSet<>();
            for (RecordedCall c : journal) {
                nonces.add(c.queryParams().get("SignatureNonce"));
            }
            Arrays.sort(latencies);
            String figures = String.format(java.util.Locale.ROOT, "calls=%d threads=%d errors=%d seconds=%.1f calls/s=%.0f "
                            + "p50_ms=%.2f p99_ms=%.2f connections=%d unique_nonces=%d%n", journal.size(), THREADS,
                    errors.get(), elapsed / 1e9, journal.size() / (elapsed / 1e9), latencies[latencies.length / 2] / 1e6,
                    latencies[(int) (latencies.length * 0.99)] / 1e6, server.connectionsAccepted(), nonces.size());
            Reports.publish("load.txt", "LOAD calls=" + journal.size() + " threads=" + THREADS + " errors=" + errors.get(),
                    figures);
            assertThat(firstError.get()).as("first error").isNull();
            assertThat(errors.get()).isZero();
            assertThat(journal).hasSize(THREADS * CALLS);
            assertThat(journal).allSatisfy(c -> assertThat(c.errorCode()).isNull());
            assertThat(nonces).hasSize(THREADS * CALLS);
            // two clients, each with at most one connection per calling thread
            assertThat(server.connectionsAccepted()).isLessThanOrEqualTo(2 * THREADS);
        }
        // after close(): no SDK thread and no OkHttp dispatcher thread of ours remains (they end
        // promptly; the generous deadline only keeps a starved machine from failing the check)
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Set<String> left;
        do {
            left = threadNames();
            left.removeAll(threadsBefore);
            left.removeIf(n -> !(n.startsWith("ims-sdk") || n.startsWith("OkHttp Dispatch")));
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        assertThat(left).as("threads left after close()").isEmpty();
    }

    static Set<String> threadNames() {
        Set<String> names = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive()) {
                names.add(t.getName());
            }
        }
        return names;
    }

    @Test
    void cancellingAsyncCallsReleasesThem() throws Exception {
        try (IceMockServer server = IceMockServer.builder().start();
             IceAsyncClient async = IceAsyncClient.builder().endpointOverride(server.endpoint())
                     .credentialsProvider(server.credentialsProvider()).build()) {
            server.inject(io.github.imssdk.testing.Fault.delay(Duration.ofSeconds(30)).times(20));
            List<java.util.concurrent.CompletableFuture<?>> fs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                fs.add(async.getLiveTranscodeTemplate(b -> b.templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID)));
            }
            Thread.sleep(300);
            fs.forEach(f -> f.cancel(true));
            // the cancelled calls no longer occupy the client: a new call completes well before
            // the 30 s the cancelled ones would have held their places for
            server.clearFaults();
            assertThat(async.getLiveTranscodeTemplate(b -> b.templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID))
                    .get(20, TimeUnit.SECONDS).requestId()).isNotBlank();
            assertThat(fs).allSatisfy(f -> assertThat(f).isCancelled());
        }
    }
}
