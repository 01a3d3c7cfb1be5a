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
 *       calls each: calls per second. One {@code RESULT} line, then exit.</li>
 *   <li>{@code concurrency <hostPort> <calls> <inFlight>}: see {@link Concurrency}.</li>
 *   <li>{@code serve <hostPort> <warmupSeconds> <calls> <threads> <callsPerThread> <rewarmSeconds>}:
 *       warm up as above and print {@code READY}; then, for every {@code measure} line read from
 *       standard input, call for {@code rewarmSeconds} unmeasured (caches and CPU come back from
 *       idle) and measure as above, printing one {@code RESULT} line; exit on {@code quit} or at
 *       the end of input. The harness keeps one such JVM per candidate and interleaves their
 *       measurements.</li>
 * </ul>
 */
public final class Bench {
    /** The name of the measured load threads (the prefix of their names, at most 15 characters). */
    static final String LOAD_THREAD = "bench-load";

    private Bench() {
    }

    /**
     * @param args the command line
     * @param c the candidate
     * @throws Exception when a call fails
     */
    public static void main(String[] args, Candidate c) throws Exception {
        String mode = args[0];
        if (mode.equals("concurrency")) {
            Concurrency.measure(c, args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            return;
        }
        if (!mode.equals("cold") && !mode.equals("measure") && !mode.equals("serve")) {
            throw new IllegalArgumentException("unknown mode " + mode);
        }
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
        // The measuring instruments are loaded and used once before the warm-up: loading the
        // management beans later compiles and deoptimizes shared JDK code (method handles,
        // regex) and would put a burst of JIT work into the measured window.
        com.sun.management.ThreadMXBean tmx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        allocated(tmx);
        os.getProcessCpuTime();
        // Warm up for a fixed time, not a fixed count (the JIT needs time, and candidates differ
        // tenfold in speed): the first half on one thread, the second half on the load threads'
        // pattern, so that both measured phases start from compiled, settled code.
        // The warm-up runs the very loops that are measured afterwards, in the same order of
        // patterns ending with the sequential one, so the JIT has settled when measuring starts.
        long w = (long) (warmupSeconds * 1e9);
        long[] scratch = new long[500];
        long until = System.nanoTime() + w * 4 / 10;
        while (System.nanoTime() < until) {
            sequential(c, scratch);
        }
        runThreads(c, threads, System.nanoTime() + w * 3 / 10, Integer.MAX_VALUE, os);
        until = System.nanoTime() + w * 3 / 10;
        while (System.nanoTime() < until) {
            sequential(c, scratch);
        }
        if (mode.equals("measure")) {
            System.out.println("RESULT " + measure(c, calls, threads, perThread, tmx, os));
            return;
        }
        long rewarm = (long) (Double.parseDouble(args[6]) * 1e9);
        System.out.println("READY");
        java.io.BufferedReader in = new java.io.BufferedReader(
                new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            if (!line.equals("measure")) {
                throw new IllegalArgumentException("unknown command " + line);
            }
            until = System.nanoTime() + rewarm;
            while (System.nanoTime() < until) {
                sequential(c, scratch);
            }
            System.out.println("RESULT " + measure(c, calls, threads, perThread, tmx, os));
        }
    }

    /** One measurement: the sequential phase, then the threaded one; the fields of a RESULT line. */
    private static String measure(Candidate c, int calls, int threads, int perThread,
                                  com.sun.management.ThreadMXBean tmx,
                                  com.sun.management.OperatingSystemMXBean os) throws Exception {
        long[] lat = new long[calls];
        long[] th0 = ThreadCpu.snapshot();
        long alloc0 = allocated(tmx);
        long cpu0 = os.getProcessCpuTime();
        sequential(c, lat);
        long cpu1 = os.getProcessCpuTime();
        long alloc1 = allocated(tmx);
        long[] th1 = ThreadCpu.snapshot();
        Arrays.sort(lat);

        // wall time and process CPU from the start signal to the last thread's end
        long[] th2 = ThreadCpu.snapshot();
        long[] m = runThreads(c, threads, Long.MAX_VALUE, perThread, os);
        long[] th3 = ThreadCpu.snapshot();
        long mt0 = m[0];
        long mt1 = m[1];
        long mcpu0 = m[2];
        long mcpu1 = m[3];
        long total = (long) threads * perThread;
        // jit_us: CPU of the JIT compiler threads during the sequential phase, per call (part of
        // cpu_us; shown so that a window disturbed by late compilation can be recognised).
        // t1_<kind>_us and t8_<kind>_us: the CPU per call of each kind of thread (see ThreadCpu)
        // in the sequential and the threaded phase, to see where a difference between candidates is.
        return String.format(Locale.ROOT,
                "RESULT p50_us=%.1f p99_us=%.1f alloc_bytes=%d cpu_us=%.1f tput_1t=%.0f tput_%dt=%.0f cpu_us_%dt=%.1f"
                        + " jit_us=%.1f",
                lat[calls / 2] / 1e3, lat[(int) (calls * 0.99)] / 1e3, (alloc1 - alloc0) / calls,
                (cpu1 - cpu0) / 1e3 / calls, calls / (sum(lat) / 1e9), threads, total / ((mt1 - mt0) / 1e9), threads,
                (mcpu1 - mcpu0) / 1e3 / total,
                th0 == null || th1 == null ? Double.NaN : (th1[ThreadCpu.JIT] - th0[ThreadCpu.JIT]) / 1e3 / calls)
                + ThreadCpu.fields("t1_", th0, th1, calls, cpu1 - cpu0)
                + ThreadCpu.fields("t8_", th2, th3, total, mcpu1 - mcpu0);
    }

    /**
     * Runs {@code threads} threads calling until the deadline or {@code perThread} calls each.
     *
     * @return start and end wall time (ns), process CPU time at start and end (ns)
     * @throws IllegalStateException when a call fails
     */
    private static long[] runThreads(Candidate c, int threads, long deadlineNanos, int perThread,
                                     com.sun.management.OperatingSystemMXBean os) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < perThread && System.nanoTime() < deadlineNanos; i++) {
                        c.call();
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, LOAD_THREAD + "-" + t);
            th.start();
            ts.add(th);
        }
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread th : ts) {
            th.join();
        }
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        if (failure.get() != null) {
            throw new IllegalStateException("a call failed under load", failure.get());
        }
        return new long[] {t0, t1, cpu0, cpu1};
    }

    /** Makes {@code lat.length} sequential calls, recording each one's latency. */
    private static void sequential(Candidate c, long[] lat) throws Exception {
        for (int i = 0; i < lat.length; i++) {
            long t = System.nanoTime();
            c.call();
            lat[i] = System.nanoTime() - t;
        }
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
