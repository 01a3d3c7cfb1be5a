package io.github.imssdk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * CPU time used so far by this JVM's threads, summed by kind, from Linux's per-thread scheduler
 * statistics ({@code /proc/self/task/<tid>/schedstat}, nanoseconds of running time). Threads that
 * ended before a snapshot are missing from it, so only long-lived kinds compare well.
 */
final class ThreadCpu {
    /**
     * The kinds, in the order of {@link #snapshot()}'s array: the threaded phase's load threads,
     * the main thread (the sequential phase's load), JIT compilers, GC and VM, OkHttp's threads,
     * everything else (e.g. okio's watchdog, the SDK's deadline thread).
     */
    static final String[] KINDS = {"load", "main", "jit", "gc", "okhttp", "other"};
    static final int LOAD = 0;
    static final int MAIN = 1;
    static final int JIT = 2;
    static final int GC = 3;
    static final int OKHTTP = 4;
    static final int OTHER = 5;

    private ThreadCpu() {
    }

    /** @return nanoseconds per kind (see {@link #KINDS}), or null where unavailable */
    static long[] snapshot() {
        Path tasks = Paths.get("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return null;
        }
        long[] sum = new long[KINDS.length];
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path t : dir) {
                try {
                    String comm = new String(Files.readAllBytes(t.resolve("comm")), StandardCharsets.US_ASCII).trim();
                    String stat = new String(Files.readAllBytes(t.resolve("schedstat")), StandardCharsets.US_ASCII);
                    sum[kind(comm)] += Long.parseLong(stat.trim().split("\\s+")[0]);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return null;
        }
        return sum;
    }

    private static int kind(String comm) {
        if (comm.startsWith(Bench.LOAD_THREAD)) {
            return LOAD;
        }
        if (comm.equals("main") || comm.equals("java")) {
            return MAIN;
        }
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
            return JIT;
        }
        if (comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")) {
            return GC;
        }
        if (comm.startsWith("OkHttp")) {
            return OKHTTP;
        }
        return OTHER;
    }

    /**
     * {@code key=value} fields with each kind's CPU between two snapshots, per call. The load
     * threads of the threaded phase have ended before the second snapshot (their counters go
     * with them), so their share is the process's CPU in the phase less every other kind's.
     *
     * @param prefix the fields' prefix, e.g. {@code t8_}
     * @param processNanos the process's CPU time in the phase
     */
    static String fields(String prefix, long[] before, long[] after, long calls, long processNanos) {
        if (before == null || after == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        long others = 0;
        for (int i = 0; i < KINDS.length; i++) {
            if (i != LOAD) {
                others += after[i] - before[i];
            }
        }
        for (int i = 0; i < KINDS.length; i++) {
            long d = i == LOAD ? Math.max(0, processNanos - others) : after[i] - before[i];
            b.append(' ').append(prefix).append(KINDS[i]).append("_us=")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", d / 1e3 / calls));
        }
        return b.toString();
    }
}
