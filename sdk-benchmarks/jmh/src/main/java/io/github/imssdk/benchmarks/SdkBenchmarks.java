package io.github.imssdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.auth.Credentials;
import io.github.imssdk.core.internal.AcsV3Signer;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.RpcV1Signer;
import io.github.imssdk.core.internal.SignedRequest;
import io.github.imssdk.ice.internal.RequestMarshaller;
import io.github.imssdk.ice.internal.ResponseUnmarshaller;
import io.github.imssdk.ice.model.ListMediaConvertJobsResponse;
import io.github.imssdk.ice.model.MediaConvertJobConfig;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateRequest;
import io.github.imssdk.ice.model.VideoCodec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Microbenchmarks of the client-side work of a call: signing, marshalling, parsing and
 * validation. Run: see BENCHMARKS.md.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class SdkBenchmarks {
    private static final Credentials CREDENTIALS = Credentials.create("LTAI5tBenchmarkKey", "benchmark-secret-0123456789");
    private static final Instant TIME = Instant.parse("2026-11-23T08:00:00Z");

    @Param({"1", "10", "100"})
    public int outputs;

    private RpcRequest transcodeWire;
    private SubmitLiveTranscodeJobRequest transcode;
    private SubmitMediaConvertJobRequest convert;
    private byte[] convertResponse;
    private byte[] listPage;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        transcode = SubmitLiveTranscodeJobRequest.builder().name("task1").templateId("96e8864746a0b6f3")
                .startMode(StartMode.IMMEDIATE).streamInput(s -> s.inputUrl("rtmp://example.com/live/stream1"))
                .transcodeOutput(o -> o.domainName("example.com")).build();
        transcodeWire = RequestMarshaller.submitLiveTranscodeJob(transcode);
        convert = SubmitMediaConvertJobRequest.builder().clientToken("86f8e525-9d73-4dac-88aa-7aa4e950c00a")
                .config(config(outputs)).build();
        try (InputStream in = SdkBenchmarks.class.getResourceAsStream("/SubmitMediaConvertJob.json")) {
            convertResponse = in.readAllBytes();
        }
        StringBuilder page = new StringBuilder("{\"RequestId\":\"r\",\"NextPageToken\":\"t\",\"Jobs\":[");
        JsonNode job = Json.parse(convertResponse).get("Job");
        for (int i = 0; i < 100; i++) {
            page.append(i == 0 ? "" : ",").append(job.toString());
        }
        listPage = page.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    static MediaConvertJobConfig config(int outputs) {
        MediaConvertJobConfig.Builder c = MediaConvertJobConfig.builder().jobName("bench")
                .addInput(i -> i.name("in").inputFile(f -> f.type(MediaObjectType.OSS).media("oss://bucket/in/movie.mp4")));
        c.addOutputGroup(g -> {
            g.name("hls").groupConfig(gc -> gc.type(OutputGroupType.HLS).manifestName("master")
                    .outputFileBase(f -> f.type(MediaObjectType.OSS).media("oss://bucket/out/")));
            for (int i = 0; i < outputs; i++) {
                int n = i;
                g.addOutput(o -> o.name("out-" + n).outputFileName(n + ".m3u8").templateId("S00000001-200030")
                        .inputRef("in").priority(6).overrideParams("{\"Video\":{\"Bitrate\":" + (500 + n) + "}}"));
            }
        });
        return c.build();
    }

    /** V1 (HMAC-SHA1) signing of the small request. */
    @Benchmark
    public SignedRequest signV1() {
        return RpcV1Signer.sign("POST", transcodeWire.action(), transcodeWire.version(), transcodeWire.queryParams(),
                transcodeWire.formParams(), CREDENTIALS, TIME, "3ee8c1b883d344af93a8c11e2d0f6a7b");
    }

    /** V3 (ACS3-HMAC-SHA256) signing of the small request. */
    @Benchmark
    public SignedRequest signV3() {
        return AcsV3Signer.sign("POST", "ice.cn-shanghai.aliyuncs.com", transcodeWire.action(), transcodeWire.version(),
                transcodeWire.queryParams(), transcodeWire.formParams(), CREDENTIALS, TIME, "3ee8c1b883d344af93a8c11e2d0f6a7b");
    }

    /** Marshalling of SubmitLiveTranscodeJob: model to wire parameters (two JSON objects). */
    @Benchmark
    public RpcRequest marshalSmall() {
        return RequestMarshaller.submitLiveTranscodeJob(transcode);
    }

    /** Marshalling of SubmitMediaConvertJob with 1, 10 or 100 outputs. */
    @Benchmark
    public RpcRequest marshalMediaConvert() {
        return RequestMarshaller.submitMediaConvertJob(convert);
    }

    /** Parsing of the seed SubmitMediaConvertJob response into the full job tree. */
    @Benchmark
    public SubmitMediaConvertJobResponse parseMediaConvertResponse() throws Exception {
        return ResponseUnmarshaller.submitMediaConvertJobResponse(Json.parse(convertResponse));
    }

    /** Parsing of a ListMediaConvertJobs page of 100 jobs. */
    @Benchmark
    public ListMediaConvertJobsResponse parseListPage() throws Exception {
        return ResponseUnmarshaller.listMediaConvertJobsResponse(Json.parse(listPage));
    }

    /** Validation: building a template update with every limit checked. */
    @Benchmark
    public UpdateLiveTranscodeTemplateRequest validateTemplate() {
        return UpdateLiveTranscodeTemplateRequest.builder().templateId("t").name("720p")
                .templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H264).width(1280).height(720).fps(30)
                        .bitrate(2500).gop(60))).build();
    }

    /** Validation of a media-convert request with 1, 10 or 100 outputs. */
    @Benchmark
    public SubmitMediaConvertJobRequest validateMediaConvert() {
        return convert.toBuilder().build();
    }
}
