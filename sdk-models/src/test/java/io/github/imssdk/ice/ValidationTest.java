package io.github.imssdk.ice;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ValidationException;
import io.github.imssdk.ice.model.AudioCodec;
import io.github.imssdk.ice.model.AudioParams;
import io.github.imssdk.ice.model.AudioProfile;
import io.github.imssdk.ice.model.HlsRenditionType;
import io.github.imssdk.ice.model.MediaConvertJobConfig;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateRequest;
import io.github.imssdk.ice.model.ValidationLevel;
import io.github.imssdk.ice.model.VideoParams;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every documented limit, below / at / above each edge; all violations in one exception; nothing sent. */
class ValidationTest {

    static List<String> fieldsOf(Supplier<?> build) {
        ValidationException e = catchThrowableOfType(ValidationException.class, build::get);
        return e == null ? List.of() : e.violations().stream().map(ValidationException.Violation::field)
                .collect(Collectors.toList());
    }

    static UpdateLiveTranscodeTemplateRequest video(Consumer<VideoParams.Builder> v) {
        return UpdateLiveTranscodeTemplateRequest.builder().templateId("t")
                .templateConfig(c -> c.videoParams(v)).build();
    }

    static UpdateLiveTranscodeTemplateRequest audio(Consumer<AudioParams.Builder> a) {
        return UpdateLiveTranscodeTemplateRequest.builder().templateId("t")
                .templateConfig(c -> c.audioParams(a)).build();
    }

    /** value, valid? */
    @ParameterizedTest(name = "width {0} valid={1}")
    @CsvSource({"127,false", "128,true", "129,true", "2559,true", "2560,true", "2561,false"})
    void videoWidth(int w, boolean ok) {
        assertThat(fieldsOf(() -> video(v -> v.width(w)))).isEqualTo(ok ? List.of() : List.of("templateConfig.videoParams.width"));
    }

    @ParameterizedTest(name = "height {0} valid={1}")
    @CsvSource({"127,false", "128,true", "129,true", "2559,true", "2560,true", "2561,false"})
    void videoHeight(int h, boolean ok) {
        assertThat(fieldsOf(() -> video(v -> v.height(h)))).isEqualTo(ok ? List.of() : List.of("templateConfig.videoParams.height"));
    }

    @ParameterizedTest(name = "{0}x{1} valid={2}")
    @CsvSource({"2560,1439,true", "2560,1440,true", "2560,1441,false", "1441,1441,false", "1440,2560,true",
            "1441,2560,false", "1920,1080,true"})
    void smallerSideAtMost1440(int w, int h, boolean ok) {
        List<String> f = fieldsOf(() -> video(v -> v.width(w).height(h)));
        assertThat(f).isEqualTo(ok ? List.of() : List.of("templateConfig.videoParams.width"));
    }

    @ParameterizedTest(name = "fps {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "59,true", "60,true", "61,false"})
    void fps(int fps, boolean ok) {
        assertThat(fieldsOf(() -> video(v -> v.fps(fps)))).isEqualTo(ok ? List.of() : List.of("templateConfig.videoParams.fps"));
    }

    @ParameterizedTest(name = "video bitrate {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "5999,true", "6000,true", "6001,false"})
    void videoBitrate(int b, boolean ok) {
        assertThat(fieldsOf(() -> video(v -> v.bitrate(b)))).isEqualTo(ok ? List.of() : List.of("templateConfig.videoParams.bitrate"));
    }

    @ParameterizedTest(name = "gop {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "2999,true", "3000,true", "3001,false"})
    void gop(int g, boolean ok) {
        assertThat(fieldsOf(() -> video(v -> v.gop(g)))).isEqualTo(ok ? List.of() : List.of("templateConfig.videoParams.gop"));
    }

    @Test
    void videoEnumsAcceptOnlyDocumentedValues() {
        assertThat(fieldsOf(() -> video(v -> v.codec("H.266").profile("4"))))
                .containsExactly("templateConfig.videoParams.codec", "templateConfig.videoParams.profile");
        assertThat(fieldsOf(() -> video(v -> v.codec("H.265").profile("3")))).isEmpty();
    }

    @ParameterizedTest(name = "audio bitrate {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "999,true", "1000,true", "1001,false"})
    void audioBitrate(int b, boolean ok) {
        assertThat(fieldsOf(() -> audio(a -> a.bitrate(b)))).isEqualTo(ok ? List.of() : List.of("templateConfig.audioParams.bitrate"));
    }

    @ParameterizedTest(name = "samplerate {0} valid={1}")
    @CsvSource({"22049,false", "22050,true", "22051,true", "95999,true", "96000,true", "96001,false"})
    void samplerate(int s, boolean ok) {
        assertThat(fieldsOf(() -> audio(a -> a.samplerate(s)))).isEqualTo(ok ? List.of() : List.of("templateConfig.audioParams.samplerate"));
    }

    @ParameterizedTest(name = "aac_ld samplerate {0} valid={1}")
    @CsvSource({"44099,true", "44100,true", "44101,false", "48000,false"})
    void samplerateWithAacLd(int s, boolean ok) {
        assertThat(fieldsOf(() -> audio(a -> a.codec(AudioCodec.AAC).profile(AudioProfile.AAC_LD).samplerate(s))))
                .isEqualTo(ok ? List.of() : List.of("templateConfig.audioParams.samplerate"));
        assertThat(fieldsOf(() -> audio(a -> a.codec(AudioCodec.AAC).profile(AudioProfile.AAC_LOW).samplerate(s)))).isEmpty();
    }

    @ParameterizedTest(name = "channels {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "3,false"})
    void channels(int c, boolean ok) {
        assertThat(fieldsOf(() -> audio(a -> a.channels(c)))).isEqualTo(ok ? List.of() : List.of("templateConfig.audioParams.channels"));
    }

    @Test
    void audioProfileWithMp3IsTheServicesToJudge() {
        // the page does not forbid a Profile with MP3
        assertThat(fieldsOf(() -> audio(a -> a.codec(AudioCodec.MP3).profile(AudioProfile.AAC_HE)))).isEmpty();
        assertThat(fieldsOf(() -> audio(a -> a.codec(AudioCodec.AAC).profile(AudioProfile.AAC_HE_V2)))).isEmpty();
        assertThat(fieldsOf(() -> audio(a -> a.codec("OPUS").profile("aac_xx"))))
                .containsExactly("templateConfig.audioParams.codec", "templateConfig.audioParams.profile");
    }

    @Test
    void templateIdIsRequired() {
        assertThat(fieldsOf(() -> UpdateLiveTranscodeTemplateRequest.builder().build())).containsExactly("templateId");
        assertThat(fieldsOf(() -> UpdateLiveTranscodeTemplateRequest.builder().templateId("").build()))
                .containsExactly("templateId"); // an empty parameter is not sent
        // blank is a value, sent for the service to judge
        assertThat(fieldsOf(() -> UpdateLiveTranscodeTemplateRequest.builder().templateId("  ").build())).isEmpty();
    }

    // ---- SubmitLiveTranscodeJob

    @Test
    void transcodeJobRequiresEverythingDocumentedAsRequired() {
        ValidationException e = catchThrowableOfType(ValidationException.class,
                () -> SubmitLiveTranscodeJobRequest.builder().build());
        assertThat(e.operation()).isEqualTo("SubmitLiveTranscodeJob");
        assertThat(e.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("name", "templateId", "startMode", "streamInput", "transcodeOutput");
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo("is required"));
        assertThat(e.getMessage()).contains("5 violations in SubmitLiveTranscodeJob request; nothing was sent");
    }

    @Test
    void transcodeJobFixedValuesAndUrls() {
        assertThat(fieldsOf(() -> Fixtures.transcodeJob()
                .streamInput(s -> s.type("rtsp").inputUrl("http://example.com/live"))
                .transcodeOutput(o -> o.type("Other")).startMode("2").build()))
                .containsExactly("startMode", "streamInput.type", "transcodeOutput.type");
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().streamInput(s -> s.inputUrl("not a url")).build()))
                .containsExactly("streamInput.inputUrl");
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().streamInput(s -> s.inputUrl(null)).build()))
                .containsExactly("streamInput.inputUrl");
    }

    @Test
    void timedStartNeedsATimedConfigAndTheRestIsTheServicesToJudge() {
        Instant t = Instant.now().plus(Duration.ofHours(1)); // inside the seven-day window build() checks
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().startMode(StartMode.TIMED).build())).containsExactly("timedConfig");
        // "required with StartMode 1" does not forbid it with 0; no page asks for a time in it or
        // for the end after the start
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().startMode(StartMode.IMMEDIATE)
                .timedConfig(c -> c.startTime(t)).build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().startMode(StartMode.TIMED).timedConfig(c -> { }).build()))
                .isEmpty();
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().startMode(StartMode.TIMED)
                .timedConfig(c -> c.startTime(t).endTime(t)).build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().startMode(StartMode.TIMED)
                .timedConfig(c -> c.startTime(t).endTime(t.minusSeconds(1))).build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().startMode(StartMode.TIMED)
                .timedConfig(c -> c.startTime(t).endTime(t.plusSeconds(1))).build())).isEmpty();
    }

    @ParameterizedTest(name = "start at now{0}s valid={1}")
    @CsvSource({"604799,true", "604800,true", "604801,false", "-604799,true", "-604800,true", "-604801,false"})
    void sevenDayWindowBoundaries(long offsetSeconds, boolean ok) {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        // built unchecked, to check the window at a fixed "now": validateAt checks every documented limit
        SubmitLiveTranscodeJobRequest r = Fixtures.transcodeJob().startMode(StartMode.TIMED).validation(ValidationLevel.NONE)
                .timedConfig(c -> c.startTime(now.plusSeconds(offsetSeconds))).build();
        if (ok) {
            assertThatCode(() -> r.validateAt(now)).doesNotThrowAnyException();
        } else {
            assertThat(fieldsOf(() -> {
                r.validateAt(now);
                return r;
            })).containsExactly("timedConfig.startTime");
        }
    }

    @Test
    void theClientChecksTheWindowAgainstItsOwnClockJustBeforeSending() throws Exception {
        Instant systemNow = Instant.now();
        Instant clientNow = systemNow.minus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        SubmitLiveTranscodeJobRequest r = Fixtures.transcodeJob().startMode(StartMode.TIMED)
                .timedConfig(c -> c.startTime(systemNow.plus(Duration.ofDays(5)))).build(); // 5 days by the system clock
        try (MockWebServer server = new MockWebServer(); IceClient ice = IceClient.builder()
                .endpointOverride(startedUrl(server)).credentialsProvider(StaticCredentialsProvider.create("i", "s"))
                .clock(Clock.fixed(clientNow, ZoneOffset.UTC)).build()) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> ice.submitLiveTranscodeJob(r));
            assertThat(e.violations().get(0).rule()).contains("within seven days").contains(clientNow.toString());
            assertThat(e.attempts()).isZero();
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void buildChecksTheWindowWithEveryOtherLimitAllAtOnce() {
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().name(null).startMode(StartMode.TIMED)
                .timedConfig(c -> c.startTime(Instant.now().plus(Duration.ofDays(8)))).build()))
                .containsExactly("name", "timedConfig.startTime");
    }

    @Test
    void endTimeIsInTheWindowToo() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        SubmitLiveTranscodeJobRequest r = Fixtures.transcodeJob().startMode(StartMode.TIMED).validation(ValidationLevel.NONE)
                .timedConfig(c -> c.startTime(now.plusSeconds(60)).endTime(now.plus(Duration.ofDays(8)))).build();
        assertThat(fieldsOf(() -> {
            r.validateAt(now);
            return r;
        })).containsExactly("timedConfig.endTime");
    }

    static java.net.URI startedUrl(MockWebServer server) throws Exception {
        server.start();
        return server.url("/").uri();
    }

    // ---- SubmitLiveRecordJob / SubmitLiveSnapshotJob

    @Test
    void recordJobRules() {
        // the callback must be http(s); the storage type and the stream URL's scheme are the service's to judge
        assertThat(fieldsOf(() -> Fixtures.recordJob().notifyUrl("ftp://example.com/cb")
                .recordOutput(o -> o.type("gcs")).streamInput(s -> s.url("http://x/y")).build()))
                .containsExactly("notifyUrl");
        // 255 characters is the snapshot job's limit, not the recording job's
        String longUrl = "rtmp://example.com/live/" + "s".repeat(300);
        assertThat(fieldsOf(() -> Fixtures.recordJob().streamInput(s -> s.url(longUrl)).build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().streamInput(s -> s.url(longUrl)).build()))
                .containsExactly("streamInput.url");
        assertThat(fieldsOf(() -> Fixtures.recordJob().recordOutput(o -> o.type("vod")).streamInput(s -> { }).build()))
                .isEmpty(); // Url is optional for recording (S1 and the doc agree)
    }

    @ParameterizedTest(name = "jobName of {0} chars valid={1}")
    @CsvSource({"127,true", "128,true", "129,false"})
    void snapshotJobNameLength(int n, boolean ok) {
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().jobName("名".repeat(n)).build()))
                .isEqualTo(ok ? List.of() : List.of("jobName"));
    }

    @ParameterizedTest(name = "callbackUrl of {0} chars valid={1}")
    @CsvSource({"254,true", "255,true", "256,false"})
    void snapshotCallbackUrlLength(int n, boolean ok) {
        String base = "https://example.com/";
        String url = base + "a".repeat(n - base.length());
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().callbackUrl(url).build()))
                .isEqualTo(ok ? List.of() : List.of("callbackUrl"));
    }

    @ParameterizedTest(name = "stream url of {0} chars valid={1}")
    @CsvSource({"254,true", "255,true", "256,false"})
    void snapshotStreamUrlLength(int n, boolean ok) {
        String base = "rtmp://example.com/live/";
        String url = base + "s".repeat(n - base.length());
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().streamInput(s -> s.url(url)).build()))
                .isEqualTo(ok ? List.of() : List.of("streamInput.url"));
    }

    @Test
    void snapshotJobRules() {
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().callbackUrl("example.com/cb")
                .streamInput(s -> s.type("hls").url(null))
                .snapshotOutput(o -> o.storageType("s3").endpoint(null).bucket("")).build()))
                .containsExactly("callbackUrl", "streamInput.type", "snapshotOutput.storageType",
                        "snapshotOutput.endpoint", "snapshotOutput.bucket", "streamInput.url");
    }

    // ---- SubmitMediaConvertJob

    static List<String> config(Consumer<MediaConvertJobConfig.Builder> edit) {
        return fieldsOf(() -> {
            MediaConvertJobConfig.Builder c = Fixtures.convertConfig();
            edit.accept(c);
            return Fixtures.convertJob().config(c.build()).build();
        });
    }

    @ParameterizedTest(name = "jobName of {0} bytes valid={1}")
    @CsvSource({"63,true", "64,true", "65,false"})
    void jobNameIsLimitedTo64BytesOfUtf8(int bytes, boolean ok) {
        String name = "中".repeat(bytes / 3) + "a".repeat(bytes % 3); // 3 bytes per 中
        assertThat(config(c -> c.jobName(name))).isEqualTo(ok ? List.of() : List.of("config.jobName"));
    }

    @ParameterizedTest(name = "priority {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "9,true", "10,true", "11,false"})
    void priority(int p, boolean ok) {
        assertThat(config(c -> c.outputs(o -> o.outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4"))
                .templateId("t").priority(p))))
                .isEqualTo(ok ? List.of() : List.of("config.outputs[0].priority"));
    }

    // No length limit on SubmitMediaConvertJob's page (64 was another product's general rule).
    @ParameterizedTest(name = "clientToken of {0} chars is the service's to judge")
    @ValueSource(ints = {64, 65, 200})
    void clientTokenHasNoDocumentedLengthLimit(int n) {
        assertThat(fieldsOf(() -> Fixtures.convertJob().clientToken("k".repeat(n)).build())).isEmpty();
    }

    @Test
    void atLeastOneInputAndOneOutput() {
        assertThat(fieldsOf(() -> SubmitMediaConvertJobRequest.builder().config(c -> { }).build()))
                .containsExactly("config.inputs", "config.outputs");
        assertThat(config(c -> c.outputGroups(List.of()))).containsExactly("config.outputs");
        assertThat(config(c -> c.outputGroups(List.of()).outputs(o -> o.templateId("t")
                .outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4"))))).isEmpty();
    }

    @Test
    void everyInputRefNamesAnInput() {
        assertThat(config(c -> c.outputs(o -> o.inputRef("Nope").templateId("t")
                .outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4")))))
                .containsExactly("config.outputs[0].inputRef");
        assertThat(config(c -> c.outputs(o -> o.inputRef("InputVideo").templateId("t")
                .outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4"))))).isEmpty();
        assertThat(config(c -> c.outputGroups(g -> g.groupConfig(gc -> gc.type(OutputGroupType.HLS)
                        .outputFileBase(b -> b.type(MediaObjectType.OSS).media("oss://b/"))
                        .manifestExtend(m -> m.inputRef("Missing")))
                .addOutput(o -> o.inputRef("Other").templateId("t")))))
                .containsExactly("config.outputGroups[0].groupConfig.manifestExtend.inputRef",
                        "config.outputGroups[0].outputs[0].inputRef");
    }

    @Test
    void mediaUrlsMustNotBePreSigned() {
        assertThat(config(c -> c.inputs(i -> i.inputFile(f -> f.type(MediaObjectType.OSS)
                .media("https://b.oss-cn-shanghai.aliyuncs.com/in.mp4?OSSAccessKeyId=x&Expires=1&Signature=y")))))
                .containsExactly("config.inputs[0].inputFile.media");
        assertThat(config(c -> c.inputs(i -> i.inputFile(f -> f.type(MediaObjectType.OSS)
                .media("https://b.oss-cn-shanghai.aliyuncs.com/in.mp4?x-oss-signature=abc"))))).hasSize(1);
        assertThat(config(c -> c.inputs(i -> i.inputFile(f -> f.type(MediaObjectType.OSS)
                .media("https://b.oss-cn-shanghai.aliyuncs.com/in.mp4?versionId=3"))))).isEmpty();
    }

    @Test
    void groupRules() {
        assertThat(config(c -> c.outputGroups(g -> g.groupConfig(gc -> gc.type("Smooth")
                .outputFileBase(b -> b.type(MediaObjectType.OSS).media("oss://b/"))).addOutput(o -> o.templateId("t")))))
                .containsExactly("config.outputGroups[0].groupConfig.type");
        assertThat(config(c -> c.outputGroups(g -> g.groupConfig(gc -> gc.type(OutputGroupType.FILE).manifestName("m")
                        .outputFileBase(b -> b.type(MediaObjectType.OSS).media("oss://b/")))
                .addOutput(o -> o.templateId("t").hlsGroupConfig(h -> h.type(HlsRenditionType.VIDEO))))))
                .containsExactly("config.outputGroups[0].groupConfig.manifestName",
                        "config.outputGroups[0].outputs[0].hlsGroupConfig");
        assertThat(config(c -> c.outputGroups(g -> g.groupConfig(gc -> gc.type(OutputGroupType.HLS)
                        .outputFileBase(b -> b.type(MediaObjectType.OSS).media("oss://b/")))
                .addOutput(o -> o.templateId("t").hlsGroupConfig(h -> h.type(HlsRenditionType.AUDIO).isDefault(true)))
                .addOutput(o -> o.templateId("t").hlsGroupConfig(h -> h.type(HlsRenditionType.SUBTITLE).name("en")
                        .isDefault(true))))))
                .containsExactly("config.outputGroups[0].outputs[0].hlsGroupConfig.name", "config.outputGroups[0].outputs");
        assertThat(config(c -> c.outputGroups(g -> g.groupConfig(gc -> gc.type(OutputGroupType.DASH)
                .outputFileBase(b -> b.type("S3").media(null))).outputs(List.of()))))
                .containsExactly("config.outputGroups[0].groupConfig.outputFileBase.type",
                        "config.outputGroups[0].groupConfig.outputFileBase.media",
                        "config.outputGroups[0].outputs", "config.outputs");
    }

    @Test
    void jsonTextFieldsMustBeJson() {
        assertThat(config(c -> c.outputs(o -> o.templateId("t").overrideParams("{\"Video\":").features("nope")
                .outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4")))))
                .containsExactly("config.outputs[0].overrideParams", "config.outputs[0].features");
    }

    @Test
    void configOrRawConfigButNotBoth() {
        assertThat(fieldsOf(() -> SubmitMediaConvertJobRequest.builder().build())).containsExactly("config");
        assertThat(fieldsOf(() -> Fixtures.convertJob().configJson("{}").build())).containsExactly("configJson");
        assertThat(fieldsOf(() -> SubmitMediaConvertJobRequest.builder().configJson("[1]").build()))
                .containsExactly("configJson");
        // a raw config is checked like a typed one (DocumentedLimitsEnforcedTest)
        assertThat(fieldsOf(() -> SubmitMediaConvertJobRequest.builder().configJson("{\"Inputs\":[]}").build()))
                .containsExactly("configJson.inputs", "configJson.outputs");
    }

    // ---- all at once, nothing sent

    @Test
    void oneRequestWithSeveralFaultsReportsThemAll() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> UpdateLiveTranscodeTemplateRequest
                .builder().templateConfig(c -> c
                        .videoParams(v -> v.width(100).height(3000).fps(75).bitrate(0).gop(5000).codec("VP9"))
                        .audioParams(a -> a.codec(AudioCodec.AAC).profile(AudioProfile.AAC_LD).samplerate(96000).channels(6)
                                .bitrate(2000)))
                .build());
        assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly(
                "templateId",
                "templateConfig.videoParams.codec", "templateConfig.videoParams.width",
                "templateConfig.videoParams.height", "templateConfig.videoParams.fps",
                "templateConfig.videoParams.bitrate", "templateConfig.videoParams.gop",
                "templateConfig.audioParams.bitrate", "templateConfig.audioParams.channels",
                "templateConfig.audioParams.samplerate");
        ValidationException.Violation fps = e.violations().get(4);
        assertThat(fps.rule()).isEqualTo("must be in [1, 60]");
        assertThat(fps.value()).isEqualTo("75");
        assertThat(e.getMessage()).contains("templateConfig.videoParams.fps: must be in [1, 60] (was '75')")
                .contains("UpdateLiveTranscodeTemplate");
    }

    @Test
    void nothingReachesTheServerWhenValidationFails() throws Exception {
        try (MockWebServer server = new MockWebServer(); IceClient ice = IceClient.builder()
                .endpointOverride(startedUrl(server)).credentialsProvider(StaticCredentialsProvider.create("i", "s")).build()) {
            assertThatThrownBy(() -> ice.updateLiveTranscodeTemplate(b -> b.templateId("t")
                    .templateConfig(c -> c.videoParams(v -> v.fps(75))))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ice.submitLiveRecordJob(b -> b.name("n"))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> ice.submitMediaConvertJob(b -> b.configJson("not json")))
                    .isInstanceOf(ValidationException.class);
            assertThat(server.getRequestCount()).isZero();
        }
    }
}
