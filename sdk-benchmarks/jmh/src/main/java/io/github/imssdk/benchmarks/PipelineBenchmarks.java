package io.github.imssdk.benchmarks;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The client's own work per call, with the network taken out: an OkHttp application interceptor
 * answers every call with the harness server's SubmitLiveTranscodeJob answer, so OkHttp's
 * connection, codec and socket work never runs. {@code okhttpCanned} sends a pre-built request
 * through the same OkHttp client (what the floor adds to the network); {@code imsCanned} makes the
 * full {@code IceClient} call: validation, marshalling, V3 signature, URL and headers, answer
 * parsing. The difference is what the side-by-side harness's 8-thread phase charges the client
 * for on top of the floor. Run: see BENCHMARKS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Thread)
public class PipelineBenchmarks {
    private static final byte[] ANSWER = ("{\"RequestId\":\"5F3B1A2C-0E1A-586A-AC29-742247B6D1E0\","
            + "\"JobId\":\"20b48fb04483915d4f2cd8ac35e1d93a\"}").getBytes(StandardCharsets.UTF_8);
    private static final MediaType JSON = MediaType.get("application/json;charset=utf-8");

    private OkHttpClient okhttp;
    private Request prebuilt;
    private IceClient ice;
    private SubmitLiveTranscodeJobRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        Interceptor canned = chain -> new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1)
                .code(200).message("OK").header("Content-Type", JSON.toString())
                .body(ResponseBody.create(ANSWER, JSON)).build();
        okhttp = new OkHttpClient.Builder().addInterceptor(canned).build();
        prebuilt = new Request.Builder().url("http://127.0.0.1:1/?Name=task1&TemplateId=96e8864746a0b6f3")
                .post(RequestBody.create(new byte[0], (MediaType) null)).build();
        ice = IceClient.builder().endpointOverride(URI.create("http://127.0.0.1:1")).httpClient(okhttp)
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
        request = SubmitLiveTranscodeJobRequest.builder().name("task1").templateId("96e8864746a0b6f3")
                .startMode(StartMode.IMMEDIATE).streamInput(s -> s.inputUrl("rtmp://d/app/s"))
                .transcodeOutput(o -> o.domainName("d")).build();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        ice.close();
    }

    /** A pre-built request through OkHttp's call machinery, answered without a network. */
    @Benchmark
    public String okhttpCanned() throws IOException {
        try (Response r = okhttp.newCall(prebuilt).execute()) {
            return r.body().string();
        }
    }

    /** The whole client call, answered without a network. */
    @Benchmark
    public String imsCanned() {
        return ice.submitLiveTranscodeJob(request).jobId();
    }
}
