package io.github.imssdk.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the candidates side by side against one loopback server, each in its own fresh JVM, in
 * interleaved rounds (A B C D, A B C D, ...), then the cold starts, then the footprint, and prints
 * Markdown tables of medians, spreads (min to max over rounds) and ratios to the floor (plain
 * OkHttp 5), and a second calls table with ratios to issue 6's floor (plain OkHttp 4.12) when
 * the {@code floor-okhttp4} diagnostic is among the candidates. The diagnostics ({@code floor-v3},
 * {@code floor-quiet}, {@code floor-okhttp4}) run only when named in {@code --only}.
 *
 * <p>By default ({@code --jvm resident}) each candidate gets one JVM for the whole run: the JVMs are
 * started and warmed up one after the other, then each round asks each of them in turn for one
 * measurement (after {@code --rewarm-seconds} of unmeasured calls), so that the candidates'
 * measured windows are seconds apart and share the machine's conditions. {@code --jvm per-round}
 * starts and warms up a fresh JVM for every measurement instead (the method of runs 1 to 6).
 *
 * <pre>
 * java -cp sdk-benchmarks/harness/target/classes \
 *      io.github.imssdk.benchmarks.SideBySide [--rounds 11] [--cold 11] [--warmup-seconds 10] [--calls 5000]
 *      [--threads 8] [--per-thread 2500] [--only floor,ims] [--out file] [--jvm-args "-XX:..."]
 *      [--jvm resident|per-round] [--rewarm-seconds 1] [--root dir]
 * </pre>
 * {@code --jvm-args} adds options to every candidate JVM (space-separated), e.g. to record a JFR
 * profile of one candidate; the recorded numbers are then not comparable with a plain run.
 * Run from the repository root after {@code mvn -DskipTests package}.
 */
public final class SideBySide {
    private static List<String> jvmArgs = new ArrayList<>();
    private static String[][] candidates = {
            {"floor", "candidate-floor", "io.github.imssdk.benchmarks.FloorCandidate", "plain OkHttp 5, pre-signed request (the floor)"},
            {"ims", "candidate-ims", "io.github.imssdk.benchmarks.ImsCandidate", "ims-java-sdk IceClient (V3)"},
            {"tea", "candidate-tea", "io.github.imssdk.benchmarks.TeaCandidate", "official com.aliyun:ice20201109:2.3.0 (Tea, V1)"},
            {"core", "candidate-core", "io.github.imssdk.benchmarks.CoreCandidate", "aliyun-java-sdk-core 4.7.10 CommonRequest (V1)"},
    };
    /** Diagnostic candidates, run only when named in {@code --only}. */
    private static final String[][] EXTRA = {
            {"floor-v3", "candidate-floor", "io.github.imssdk.benchmarks.FloorV3Candidate", "plain OkHttp 5 sending our exact V3 request, pre-built"},
            {"floor-quiet", "candidate-floor", "io.github.imssdk.benchmarks.FloorQuietCandidate", "plain OkHttp 5, pre-signed request, no read/write timeouts"},
            {"floor-okhttp4", "candidate-floor-okhttp4", "io.github.imssdk.benchmarks.FloorCandidate", "plain OkHttp 4.12, pre-signed request (issue 6's floor)"},
    };

    private SideBySide() {
    }

    /**
     * @param args the options of the class comment, each {@code --name value}; an unknown option
     *     or one without its value stops the harness before anything runs
     */
    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("rounds", "11");
        o.put("cold", "11");
        o.put("warmup-seconds", "10");
        o.put("calls", "5000");
        o.put("only", "");
        o.put("threads", "8");
        o.put("per-thread", "2500");
        o.put("root", ".");
        o.put("out", "sdk-benchmarks/results/side-by-side.txt");
        o.put("jvm-args", "");
        o.put("jvm", "resident");
        o.put("rewarm-seconds", "1");
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!args[i].startsWith("--") || !o.containsKey(name) || i + 1 == args.length) {
                System.err.println("SideBySide: " + (i + 1 == args.length && o.containsKey(name)
                        ? "no value for " + args[i] : "unknown option " + args[i]) + "; options (with their defaults): " + o);
                System.exit(2);
            }
            o.put(name, args[i + 1]);
        }
        Path root = Paths.get(o.get("root")).toAbsolutePath();
        String extra = o.get("jvm-args").trim();
        jvmArgs = extra.isEmpty() ? new ArrayList<>() : Arrays.asList(extra.split("\\s+"));
        if (!o.get("only").isEmpty()) {
            List<String> only = Arrays.asList(o.get("only").split(","));
            candidates = java.util.stream.Stream.concat(Arrays.stream(candidates), Arrays.stream(EXTRA))
                    .filter(c -> only.contains(c[0])).toArray(String[][]::new);
        }
        List<String> raw = new ArrayList<>();
        PrintStream out = System.out;
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        raw.add("# side-by-side run " + Instant.now() + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + ", " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + "; options " + o);

        Map<String, List<Map<String, Double>>> results = new TreeMap<>();
        Map<String, List<Double>> cold = new TreeMap<>();
        try (LoopbackServer server = new LoopbackServer()) {
            int rounds = Integer.parseInt(o.get("rounds"));
            boolean perRound = o.get("jvm").equals("per-round");
            if (!perRound && !o.get("jvm").equals("resident")) {
                throw new IllegalArgumentException("--jvm must be resident or per-round");
            }
            Map<String, Resident> residents = new LinkedHashMap<>();
            try {
                if (!perRound && rounds > 0) {
                    // One JVM per candidate, warmed up one after the other (never two at once),
                    // then kept idle until its turn in each round.
                    for (String[] c : candidates) {
                        residents.put(c[0], new Resident(command(java, root, c, "serve", server.hostPort(),
                                o.get("warmup-seconds"), o.get("calls"), o.get("threads"), o.get("per-thread"),
                                o.get("rewarm-seconds"))));
                        out.println("warmed up " + c[0]);
                    }
                }
                for (int r = 1; r <= rounds; r++) {
                    for (String[] c : candidates) {
                        String line = perRound
                                ? run(command(java, root, c, "measure", server.hostPort(), o.get("warmup-seconds"),
                                        o.get("calls"), o.get("threads"), o.get("per-thread"))).result
                                : residents.get(c[0]).measure();
                        raw.add("round " + r + " " + c[0] + " " + line);
                        out.println("round " + r + " " + c[0] + ": " + line);
                        results.computeIfAbsent(c[0], k -> new ArrayList<>()).add(parse(line));
                    }
                }
            } finally {
                for (Resident res : residents.values()) {
                    res.close();
                }
            }
            int colds = Integer.parseInt(o.get("cold"));
            for (int r = 1; r <= colds; r++) {
                for (String[] c : candidates) {
                    long t0 = System.nanoTime();
                    run(command(java, root, c, "cold", server.hostPort()));
                    double ms = (System.nanoTime() - t0) / 1e6;
                    raw.add("cold " + r + " " + c[0] + " ms=" + String.format(Locale.ROOT, "%.1f", ms));
                    out.println("cold " + r + " " + c[0] + ": " + String.format(Locale.ROOT, "%.1f ms", ms));
                    cold.computeIfAbsent(c[0], k -> new ArrayList<>()).add(ms);
                }
            }
        }
        StringBuilder md = new StringBuilder();
        // Ratios are to the floor's medians (to the first candidate's when the floor is not run),
        // and again to issue 6's own floor (OkHttp 4.12) when that diagnostic was run.
        List<String> references = new ArrayList<>();
        if (!results.isEmpty()) {
            references.add(results.containsKey("floor") ? "floor" : candidates[0][0]);
            if (results.containsKey("floor-okhttp4") && !references.contains("floor-okhttp4")) {
                references.add("floor-okhttp4");
            }
        }
        for (String reference : references) {
            md.append("\n### Calls (SubmitLiveTranscodeJob, median of ").append(o.get("rounds"))
                    .append(" interleaved rounds; spread = min..max; ratios to ").append(reference).append(")\n\n");
            md.append("| candidate | p50 µs | p99 µs | calls/s 1 thread | calls/s ").append(o.get("threads"))
                    .append(" threads | bytes allocated / call | CPU µs / call |\n|---|---|---|---|---|---|---|\n");
            Map<String, Double> floor = medians(results.get(reference));
            for (String[] c : candidates) {
                List<Map<String, Double>> rs = results.get(c[0]);
                Map<String, Double> m = medians(rs);
                md.append("| ").append(c[3])
                        .append(" | ").append(cell(rs, "p50_us", m, floor))
                        .append(" | ").append(cell(rs, "p99_us", m, floor))
                        .append(" | ").append(cell(rs, "tput_1t", m, floor))
                        .append(" | ").append(cell(rs, "tput_" + o.get("threads") + "t", m, floor))
                        .append(" | ").append(cell(rs, "alloc_bytes", m, floor))
                        .append(" | ").append(cell(rs, "cpu_us", m, floor))
                        .append(" |\n");
            }
        }
        if (!cold.isEmpty()) {
            md.append("\n### Fresh JVM to first call done (median of ").append(o.get("cold"))
                    .append(" interleaved runs; spread = min..max)\n\n| candidate | ms | vs floor | vs official Tea |\n|---|---|---|---|\n");
            double coldFloor = cold.containsKey("floor") ? median(cold.get("floor")) : Double.NaN;
            double coldTea = cold.containsKey("tea") ? median(cold.get("tea")) : Double.NaN;
            for (String[] c : candidates) {
                double m = median(cold.get(c[0]));
                md.append(String.format(Locale.ROOT, "| %s | %.0f (%.0f..%.0f) | %.2fx | %.2fx |\n", c[3], m,
                        min(cold.get(c[0])), max(cold.get(c[0])), m / coldFloor, m / coldTea));
            }
        }
        md.append("\n### Footprint: runtime jars\n\n| candidate | jars | MB |\n|---|---|---|\n");
        for (String[] c : candidates) {
            List<File> jars = runtimeJars(root, c[1]);
            long bytes = jars.stream().mapToLong(File::length).sum();
            md.append(String.format(Locale.ROOT, "| %s | %d | %.2f |\n", c[3], jars.size(), bytes / 1e6));
            raw.add("footprint " + c[0] + " " + jars.stream().map(f -> f.getName() + "=" + f.length()).reduce((a, b) -> a + " " + b).orElse(""));
        }
        out.println(md);
        raw.add(md.toString());
        Files.write(Paths.get(o.get("out")), raw, StandardCharsets.UTF_8);
        out.println("raw output written to " + o.get("out"));
    }

    private static String cell(List<Map<String, Double>> rs, String key, Map<String, Double> m, Map<String, Double> floor) {
        double v = m.get(key);
        double lo = rs.stream().mapToDouble(x -> x.get(key)).min().orElse(v);
        double hi = rs.stream().mapToDouble(x -> x.get(key)).max().orElse(v);
        return String.format(Locale.ROOT, "%s (%s..%s) %.2fx", fmt(v), fmt(lo), fmt(hi), v / floor.get(key));
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static Map<String, Double> medians(List<Map<String, Double>> rs) {
        Map<String, Double> m = new TreeMap<>();
        for (String k : rs.get(0).keySet()) {
            List<Double> vs = new ArrayList<>();
            for (Map<String, Double> r : rs) {
                vs.add(r.get(k));
            }
            m.put(k, median(vs));
        }
        return m;
    }

    static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double min(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> v) {
        return v.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private static Map<String, Double> parse(String line) {
        Map<String, Double> m = new TreeMap<>();
        for (String kv : line.split(" ")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                m.put(kv.substring(0, eq), Double.parseDouble(kv.substring(eq + 1)));
            }
        }
        return m;
    }

    static List<File> runtimeJars(Path root, String module) throws IOException {
        List<File> out = new ArrayList<>();
        for (String e : classpath(root, module).split(File.pathSeparator)) {
            if (!e.isEmpty() && !e.contains("/harness/") && !e.contains("candidate-") && e.endsWith(".jar")) {
                out.add(new File(e));
            }
        }
        return out;
    }

    private static String classpath(Path root, String module) throws IOException {
        Path f = root.resolve("sdk-benchmarks").resolve(module).resolve("target/classpath.txt");
        if (!Files.exists(f)) {
            throw new IllegalStateException(f + " is missing: run 'mvn -B -ntp -DskipTests package' first"
                    + (module.endsWith("okhttp4") ? ", with -Pbench-diagnostics for this diagnostic candidate" : ""));
        }
        return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).trim();
    }

    private static List<String> command(String java, Path root, String[] c, String... args) throws IOException {
        String cp = root.resolve("sdk-benchmarks").resolve(c[1]).resolve("target/classes") + File.pathSeparator
                + classpath(root, c[1]);
        List<String> cmd = new ArrayList<>(Arrays.asList(java, "-Xms256m", "-Xmx256m"));
        cmd.addAll(jvmArgs);
        cmd.addAll(Arrays.asList("-cp", cp, c[2]));
        cmd.addAll(Arrays.asList(args));
        return cmd;
    }

    /** A candidate JVM in {@code serve} mode: warmed up once, then measured on request. */
    private static final class Resident implements AutoCloseable {
        private final List<String> cmd;
        private final Process process;
        private final BufferedReader stdout;
        private final java.io.Writer stdin;
        private final StringBuilder log = new StringBuilder();

        Resident(List<String> cmd) throws IOException {
            this.cmd = cmd;
            this.process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            this.stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            this.stdin = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            readUntil("READY");
        }

        String measure() throws IOException {
            stdin.write("measure\n");
            stdin.flush();
            return readUntil("RESULT ").substring(7);
        }

        private String readUntil(String prefix) throws IOException {
            for (String line = stdout.readLine(); line != null; line = stdout.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
                log.append(line).append('\n');
            }
            throw new IllegalStateException("candidate ended before " + prefix.trim() + ": " + String.join(" ", cmd)
                    + "\n" + log);
        }

        @Override
        public void close() throws IOException {
            try {
                stdin.write("quit\n");
                stdin.close();
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }
    }

    private static final class Outcome {
        String result;
    }

    private static Outcome run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        Outcome o = new Outcome();
        StringBuilder all = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                all.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    o.result = line.substring(7);
                }
            }
        }
        int code = p.waitFor();
        if (code != 0 || o.result == null) {
            throw new IllegalStateException("candidate failed (exit " + code + "): " + cmd.get(cmd.size() - 1) + "\n" + all);
        }
        return o;
    }
}
