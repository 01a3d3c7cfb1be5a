package io.github.imssdk.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrency at real latency: {@code --calls} (2,000) calls submitted at once against a loopback
 * server that answers each after {@code --latency-ms} (50 ms, Nagle off), with at most
 * {@code --in-flight} (64) in flight. The limit is {@code min(calls, inFlight) / latency} calls per
 * second. Each candidate runs in its own JVM: ims-java-sdk's {@code IceAsyncClient}, plain OkHttp
 * {@code enqueue()} with the same dispatcher limits, and the official Tea SDK's synchronous
 * client on a pool of {@code in-flight} threads. Reported: calls per second against the limit,
 * peak threads of the process, and heap grown per queued call right after submitting them all.
 *
 * <pre>
 * java -cp sdk-benchmarks/harness/target/classes io.github.imssdk.benchmarks.Concurrency \
 *      --rounds 3 --out sdk-benchmarks/results/concurrency.txt
 * </pre>
 */
public final class Concurrency {
    private Concurrency() {
    }

    static final String[][] CANDIDATES = {
        {"floor", "candidate-floor", "io.github.imssdk.benchmarks.FloorCandidate", "plain OkHttp 5 enqueue(), same limits"},
        {"ims", "candidate-ims", "io.github.imssdk.benchmarks.ImsCandidate", "ims-java-sdk IceAsyncClient"},
        {"tea", "candidate-tea", "io.github.imssdk.benchmarks.TeaCandidate", "official Tea SDK 2.3.0 on a thread pool"},
    };

    /** @param args {@code [--calls N] [--in-flight N] [--latency-ms N] [--rounds N] [--out FILE]} */
    public static void main(String[] args) throws Exception {
        int calls = 2000;
        int inFlight = 64;
        int latency = 50;
        int rounds = 3;
        String out = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--calls": calls = Integer.parseInt(args[i + 1]); break;
                case "--in-flight": inFlight = Integer.parseInt(args[i + 1]); break;
                case "--latency-ms": latency = Integer.parseInt(args[i + 1]); break;
                case "--rounds": rounds = Integer.parseInt(args[i + 1]); break;
                case "--out": out = args[i + 1]; break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path root = Paths.get("").toAbsolutePath();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        double limit = Math.min(calls, inFlight) * 1000.0 / latency;
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "### Concurrency at real latency: %d calls submitted at once, %d in flight, answers after %d ms "
                        + "(limit %.0f calls/s); median of %d rounds, one fresh JVM each%n%n"
                        + "| candidate | calls/s | of the limit | peak threads | heap per queued call | errors |%n"
                        + "|---|---|---|---|---|---|%n", calls, inFlight, latency, limit, rounds));
        try (LoopbackServer server = new LoopbackServer(latency)) {
            for (String[] c : CANDIDATES) {
                List<double[]> results = new ArrayList<>();
                for (int r = 0; r < rounds; r++) {
                    results.add(run(java, root, c, server.hostPort(), calls, inFlight));
                }
                double[] m = median(results);
                report.append(String.format(Locale.ROOT, "| %s | %.0f | %.2f | %.0f | %.0f B | %.0f |%n", c[3], m[0],
                        m[0] / limit, m[1], m[2], m[3]));
            }
        }
        System.out.print(report);
        if (out != null) {
            Files.write(Paths.get(out), report.toString().getBytes(StandardCharsets.UTF_8));
            System.out.println("written to " + out);
        }
    }

    private static double[] median(List<double[]> rows) {
        double[] m = new double[rows.get(0).length];
        for (int k = 0; k < m.length; k++) {
            double[] col = new double[rows.size()];
            for (int i = 0; i < col.length; i++) {
                col[i] = rows.get(i)[k];
            }
            Arrays.sort(col);
            m[k] = col[col.length / 2];
        }
        return m;
    }

    private static double[] run(String java, Path root, String[] c, String hostPort, int calls, int inFlight)
            throws Exception {
        Path module = root.resolve("sdk-benchmarks").resolve(c[1]);
        String cp = module.resolve("target/classes") + File.pathSeparator
                + new String(Files.readAllBytes(module.resolve("target/classpath.txt")), StandardCharsets.UTF_8).trim();
        Process p = new ProcessBuilder(java, "-Xms256m", "-Xmx256m", "-cp", cp, c[2], "concurrency", hostPort,
                Integer.toString(calls), Integer.toString(inFlight)).redirectErrorStream(true).start();
        String result = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("RESULT ")) {
                    result = line.substring(7);
                }
            }
        }
        if (!p.waitFor(5, TimeUnit.MINUTES) || result == null) {
            p.destroyForcibly();
            throw new IllegalStateException(c[0] + " gave no result");
        }
        String[] f = result.trim().split(" ");
        double[] v = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Double.parseDouble(f[i].substring(f[i].indexOf('=') + 1));
        }
        return v;
    }

    /**
     * The candidate side ({@code Bench} mode {@code concurrency}): warm up, then submit every
     * call at once and wait for all; prints {@code RESULT calls_per_s= peak_threads= heap_per_call= errors=}.
     */
    static void measure(Candidate c, String hostPort, int calls, int inFlight) throws Exception {
        ExecutorService pool = null;
        AsyncCandidate async;
        if (c instanceof AsyncCandidate) {
            async = (AsyncCandidate) c;
            async.setUpAsync(hostPort, inFlight);
        } else {
            c.setUp(hostPort);
            ExecutorService threads = Executors.newFixedThreadPool(inFlight);
            pool = threads;
            async = new AsyncCandidate() {
                @Override
                public void setUpAsync(String h, int n) {
                }

                @Override
                public CompletableFuture<String> callAsync() {
                    return CompletableFuture.supplyAsync(() -> {
                        try {
                            return c.call();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }, threads);
                }

                @Override
                public void setUp(String h) {
                }

                @Override
                public String call() {
                    throw new UnsupportedOperationException();
                }
            };
        }
        AtomicInteger errors = new AtomicInteger();
        // warm-up: load and compile the paths once, at the same concurrency
        submitAll(async, Math.min(calls, 4 * inFlight), errors);
        errors.set(0);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heap0 = memory.getHeapMemoryUsage().getUsed();
        threads.resetPeakThreadCount();
        long t0 = System.nanoTime();
        List<CompletableFuture<String>> fs = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            fs.add(async.callAsync().whenComplete((r, t) -> {
                if (t != null) {
                    errors.incrementAndGet();
                }
            }));
        }
        long heap1 = memory.getHeapMemoryUsage().getUsed();
        CompletableFuture.allOf(fs.toArray(new CompletableFuture<?>[0])).handle((r, t) -> null).get(10, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int peak = threads.getPeakThreadCount();
        System.out.printf(Locale.ROOT, "RESULT calls_per_s=%.1f peak_threads=%d heap_per_call=%.0f errors=%d%n",
                calls / seconds, peak, Math.max(0, heap1 - heap0) / (double) calls, errors.get());
        if (pool != null) {
            pool.shutdownNow();
        }
        System.exit(0);
    }

    private static void submitAll(AsyncCandidate async, int n, AtomicInteger errors) throws Exception {
        List<CompletableFuture<String>> fs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            fs.add(async.callAsync().whenComplete((r, t) -> {
                if (t != null) {
                    errors.incrementAndGet();
                }
            }));
        }
        CompletableFuture.allOf(fs.toArray(new CompletableFuture<?>[0])).handle((r, t) -> null).get(10, TimeUnit.MINUTES);
    }
}
