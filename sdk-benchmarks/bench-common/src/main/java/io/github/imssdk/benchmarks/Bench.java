package io.github.imssdk.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The measurement every candidate runs in its own fresh JVM, printing one {@code RESULT} line.
 *
 * <ul>
 *   <li>{@code cold <hostPort>}: build the client, make one call, exit (the harness times the
 *       whole process).</li>
 *   <li>{@code measure <hostPort> <warmupSeconds> <calls> <threads> <callsPerThread>}: warm up; then
 *       {@code calls} sequential calls: p50/p99 latency, bytes allocated and CPU time per call
 *       (all threads of the process); then {@code threads} threads making {@code callsPerThread}
 *       calls each: calls per second.</li>
 * </ul>
 */
public final class Bench {
    private Bench() {
    }

    /**
     * @param args the command line
     * @param c the candidate
     * @throws Exception when a call fails
     */
    public static void main(String[] args, Candidate c) throws Exception {
        String mode = args[0];
        c.setUp(args[1]);
        if (mode.equals("cold")) {
            String id = c.call();
            System.out.println("RESULT cold job=" + id);
            return;
        }
        double warmupSeconds = Double.parseDouble(args[2]);
        int calls = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int perThread = Integer.parseInt(args[5]);
        // Warm up for a fixed time, not a fixed count: the JIT needs time, and candidates differ
        // tenfold in speed. Part of it runs on the load threads' pattern too.
        long until = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < until) {
            c.call();
        }
        com.sun.management.ThreadMXBean tmx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] lat = new long[calls];
        long alloc0 = allocated(tmx);
        long cpu0 = os.getProcessCpuTime();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            c.call();
            lat[i] = System.nanoTime() - t;
        }
        long cpu1 = os.getProcessCpuTime();
        long alloc1 = allocated(tmx);
        Arrays.sort(lat);

        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        c.call();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            th.start();
            ts.add(th);
        }
        long mt0 = System.nanoTime();
        long mcpu0 = os.getProcessCpuTime();
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        long mt1 = System.nanoTime();
        long mcpu1 = os.getProcessCpuTime();
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed under load", failure.get());
        }
        long total = (long) threads * perThread;
        System.out.println(String.format(Locale.ROOT,
                "RESULT p50_us=%.1f p99_us=%.1f alloc_bytes=%d cpu_us=%.1f tput_1t=%.0f tput_%dt=%.0f cpu_us_%dt=%.1f",
                lat[calls / 2] / 1e3, lat[(int) (calls * 0.99)] / 1e3, (alloc1 - alloc0) / calls,
                (cpu1 - cpu0) / 1e3 / calls, calls / (sum(lat) / 1e9), threads, total / ((mt1 - mt0) / 1e9), threads,
                (mcpu1 - mcpu0) / 1e3 / total));
    }

    private static double sum(long[] v) {
        double s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }

    /** Bytes allocated so far by every live thread of the process. */
    private static long allocated(com.sun.management.ThreadMXBean tmx) {
        long[] ids = tmx.getAllThreadIds();
        long s = 0;
        for (long a : tmx.getThreadAllocatedBytes(ids)) {
            if (a > 0) {
                s += a;
            }
        }
        return s;
    }
}
