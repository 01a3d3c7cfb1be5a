package io.github.imssdk.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * CPU time used so far by this JVM's JIT compiler threads, from Linux's per-thread scheduler
 * statistics ({@code /proc/self/task/<tid>/schedstat}, nanoseconds). -1 where unavailable.
 */
final class JitCpu {
    private JitCpu() {
    }

    static long nanos() {
        Path tasks = Paths.get("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        long sum = 0;
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path t : dir) {
                try {
                    String comm = new String(Files.readAllBytes(t.resolve("comm")), StandardCharsets.US_ASCII).trim();
                    if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) {
                        String stat = new String(Files.readAllBytes(t.resolve("schedstat")), StandardCharsets.US_ASCII);
                        sum += Long.parseLong(stat.trim().split("\\s+")[0]);
                    }
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }
}
