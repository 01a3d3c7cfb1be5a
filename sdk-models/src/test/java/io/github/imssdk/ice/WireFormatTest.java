package io.github.imssdk.ice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.testsupport.Wire;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveRecordJobResponse;
import io.github.imssdk.ice.model.SubmitLiveSnapshotJobResponse;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobResponse;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateResponse;
import io.github.imssdk.ice.model.ValidationLevel;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each operation and both signature versions: what arrives at the server. Method, which
 * parameters are in the query and which in the body, the exact JSON of every object parameter
 * (parsed and compared with JSON written from the API reference), the common parameters, and
 * the signature recomputed on the server side by aliyun-java-sdk-core.
 */
class WireFormatTest {
    static final String ID = "LTAI5tWireTest";
    static final String SECRET = "wire-test-secret";
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    MockWebServer server;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    IceClient client(SignatureVersion v) {
        return IceClient.builder().endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create(ID, SECRET))
                .signatureVersion(v).retryPolicy(RetryPolicy.none())
                .clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    void answer(String json) {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(json).build());
    }

    static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    /** Common checks; returns the business parameters (query or form) that arrived. */
    static Map<String, String> arrived(RecordedRequest r, SignatureVersion v, String action, boolean inBody) {
        assertThat(r.getMethod()).isEqualTo("POST");
        Map<String, String> query = Wire.query(r);
        Map<String, String> form = Wire.form(r);
        if (v == SignatureVersion.V1) {
            assertThat(query).containsEntry("Action", action).containsEntry("Version", "2020-11-09")
                    .containsEntry("Format", "JSON").containsEntry("AccessKeyId", ID)
                    .containsEntry("SignatureMethod", "HMAC-SHA1").containsEntry("SignatureVersion", "1.0")
                    .containsEntry("Timestamp", "2026-11-23T08:00:00Z").containsKeys("SignatureNonce", "Signature");
            Wire.assertV1Signature(r, SECRET);
            for (String common : new String[] {"Action", "Version", "Format", "AccessKeyId", "SignatureMethod",
                    "SignatureVersion", "Timestamp", "SignatureNonce", "Signature"}) {
                query.remove(common);
            }
        } else {
            assertThat(r.getHeaders().get("x-acs-action")).isEqualTo(action);
            assertThat(r.getHeaders().get("x-acs-version")).isEqualTo("2020-11-09");
            assertThat(r.getHeaders().get("x-acs-date")).isEqualTo("2026-11-23T08:00:00Z");
            Wire.assertV3Signature(r, SECRET);
        }
        if (inBody) {
            assertThat(query).as("business parameters belong in the form body").isEmpty();
            assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
            return form;
        }
        assertThat(form).as("business parameters belong in the query").isEmpty();
        assertThat(r.getHeaders().get("Content-Length")).isEqualTo("0");
        return query;
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void submitLiveTranscodeJob(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r1\",\"JobId\":\"j1\"}");
        try (IceClient ice = client(v)) {
            // built unchecked: its times are fixed, like the client's clock, to compare exact text
            SubmitLiveTranscodeJobResponse r = ice.submitLiveTranscodeJob(
                    Fixtures.timedTranscodeJob(NOW).validation(ValidationLevel.NONE).build());
            assertThat(r.jobId()).isEqualTo("j1");
            assertThat(r.requestId()).isEqualTo("r1");
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "SubmitLiveTranscodeJob", false);
        assertThat(p).containsOnlyKeys("Name", "TemplateId", "StartMode", "StreamInput", "TranscodeOutput", "TimedConfig");
        assertThat(p).containsEntry("Name", "task1").containsEntry("TemplateId", "96e8864746a0b6f3")
                .containsEntry("StartMode", "1");
        assertThat(json(p.get("StreamInput"))).isEqualTo(json("{\"Type\":\"rtmp\",\"InputUrl\":\"rtmp://mydomain/app/stream1\"}"));
        assertThat(json(p.get("TranscodeOutput"))).isEqualTo(json("{\"Type\":\"LiveCenter\",\"DomainName\":\"mydomain\"}"));
        assertThat(json(p.get("TimedConfig"))).isEqualTo(
                json("{\"StartTime\":\"2026-11-23T09:00:00Z\",\"EndTime\":\"2026-11-23T10:00:00Z\"}"));
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void submitLiveTranscodeJobImmediateSendsNoTimedConfig(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r1\",\"JobId\":\"j1\"}");
        try (IceClient ice = client(v)) {
            ice.submitLiveTranscodeJob(b -> b.name("n").templateId("t").startMode(StartMode.IMMEDIATE)
                    .streamInput(s -> s.inputUrl("rtmp://d/app/s?k=a&b=c'd")).transcodeOutput(o -> { }));
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "SubmitLiveTranscodeJob", false);
        assertThat(p).containsOnlyKeys("Name", "TemplateId", "StartMode", "StreamInput", "TranscodeOutput");
        assertThat(p).containsEntry("StartMode", "0");
        // no HTML escaping of & = ' (Gson with disableHtmlEscaping in the official SDK)
        assertThat(p.get("StreamInput")).isEqualTo("{\"Type\":\"rtmp\",\"InputUrl\":\"rtmp://d/app/s?k=a&b=c'd\"}");
        assertThat(json(p.get("TranscodeOutput"))).isEqualTo(json("{\"Type\":\"LiveCenter\"}"));
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void submitLiveRecordJob(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r2\",\"JobId\":\"j2\"}");
        try (IceClient ice = client(v)) {
            SubmitLiveRecordJobResponse r = ice.submitLiveRecordJob(Fixtures.recordJob().build());
            assertThat(r.jobId()).isEqualTo("j2");
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "SubmitLiveRecordJob", true);
        assertThat(p).containsOnlyKeys("Name", "TemplateId", "NotifyUrl", "StreamInput", "RecordOutput");
        assertThat(p).containsEntry("Name", "live stream record 1")
                .containsEntry("TemplateId", "69e1f9fe-1e97-11ed-ba64-0c42a1b73d66")
                .containsEntry("NotifyUrl", "https://example.com/imsnotify");
        assertThat(json(p.get("StreamInput"))).isEqualTo(json("{\"Type\":\"rtmp\",\"Url\":\"rtmp://example.com/live/stream1\"}"));
        assertThat(json(p.get("RecordOutput"))).isEqualTo(
                json("{\"Type\":\"oss\",\"Bucket\":\"imsbucket1\",\"Endpoint\":\"oss-cn-hangzhou.aliyuncs.com\"}"));
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void submitLiveSnapshotJob(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r3\",\"JobId\":\"j3\"}");
        try (IceClient ice = client(v)) {
            SubmitLiveSnapshotJobResponse r = ice.submitLiveSnapshotJob(Fixtures.snapshotJob().build());
            assertThat(r.jobId()).isEqualTo("j3");
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "SubmitLiveSnapshotJob", true);
        assertThat(p).containsOnlyKeys("JobName", "TemplateId", "CallbackUrl", "StreamInput", "SnapshotOutput");
        assertThat(p).containsEntry("JobName", "Screenshot Task 1")
                .containsEntry("CallbackUrl", "http://www.aliyun.com/snapshot/callback");
        assertThat(json(p.get("StreamInput"))).isEqualTo(json("{\"Type\":\"rtmp\",\"Url\":\"rtmp://www.aliyun.com/stream\"}"));
        assertThat(json(p.get("SnapshotOutput"))).isEqualTo(
                json("{\"StorageType\":\"oss\",\"Endpoint\":\"oss-cn-shanghai.aliyuncs.com\",\"Bucket\":\"testbucket\"}"));
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void updateLiveTranscodeTemplateSendsNumbersAsStrings(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r4\"}");
        try (IceClient ice = client(v)) {
            UpdateLiveTranscodeTemplateResponse r = ice.updateLiveTranscodeTemplate(Fixtures.updateTemplate().build());
            assertThat(r.requestId()).isEqualTo("r4");
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "UpdateLiveTranscodeTemplate", false);
        assertThat(p).containsOnlyKeys("TemplateId", "Name", "TemplateConfig");
        assertThat(p).containsEntry("Name", "模板1130-2");
        assertThat(json(p.get("TemplateConfig"))).isEqualTo(json("{"
                + "\"VideoParams\":{\"Codec\":\"H.264\",\"Width\":\"1280\",\"Height\":\"720\",\"Fps\":\"30\","
                + "\"Bitrate\":\"2500\",\"Gop\":\"1000\",\"Profile\":\"2\"},"
                + "\"AudioParams\":{\"Codec\":\"AAC\",\"Bitrate\":\"100\",\"Samplerate\":\"44100\",\"Channels\":\"2\","
                + "\"Profile\":\"aac_low\"}}"));
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void submitMediaConvertJobPutsTheWholeConfigInTheQuery(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r5\",\"Job\":{\"JobId\":\"j5\",\"State\":\"Inited\"}}");
        try (IceClient ice = client(v)) {
            SubmitMediaConvertJobResponse r = ice.submitMediaConvertJob(Fixtures.convertJob().build());
            assertThat(r.job().jobId()).isEqualTo("j5");
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "SubmitMediaConvertJob", false);
        assertThat(p).containsOnlyKeys("ClientToken", "Config", "UserData", "PipelineId");
        assertThat(p).containsEntry("ClientToken", "86f8e525-9d73-4dac-88aa-7aa4e950c00a")
                .containsEntry("UserData", "{\"videoId\":\"abcd\"}")
                .containsEntry("PipelineId", "e197ecfb103e4849922b054d3032f954");
        assertThat(json(p.get("Config"))).isEqualTo(json("{\"JobName\":\"Name\","
                + "\"Inputs\":[{\"Name\":\"InputVideo\",\"InputFile\":{\"Type\":\"OSS\",\"Media\":\"oss://bucket/input/60min.mp4\"}}],"
                + "\"OutputGroups\":[{\"Name\":\"hls-group\","
                + "\"GroupConfig\":{\"Type\":\"Hls\",\"OutputFileBase\":{\"Type\":\"OSS\",\"Media\":\"oss://bucket/output/\"},"
                + "\"ManifestName\":\"manifest\"},"
                + "\"Outputs\":[{\"Name\":\"group-output\",\"OutputFileName\":\"720p.m3u8\",\"TemplateId\":\"S00000001-200030\","
                + "\"OverrideParams\":\"{}\",\"Priority\":6,\"HlsGroupConfig\":{\"Type\":\"hybrid\",\"IsDefault\":\"true\"}}]}]}"));
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void submitMediaConvertJobWithRawConfigAndAGeneratedToken(SignatureVersion v) throws Exception {
        answer("{\"RequestId\":\"r6\",\"Job\":{\"JobId\":\"j6\"}}");
        String raw = "{\"Inputs\":[{\"InputFile\":{\"Type\":\"OSS\",\"Media\":\"oss://b/in.mp4\"}}],"
                + "\"Outputs\":[{\"OutputFile\":{\"Type\":\"OSS\",\"Media\":\"oss://b/out.mp4\"},\"TemplateId\":\"t\","
                + "\"FutureField\":{\"X\":1}}]}";
        try (IceClient ice = client(v)) {
            ice.submitMediaConvertJob(b -> b.configJson(raw));
        }
        Map<String, String> p = arrived(server.takeRequest(), v, "SubmitMediaConvertJob", false);
        assertThat(p).containsOnlyKeys("ClientToken", "Config");
        assertThat(p.get("Config")).isEqualTo(raw);
        assertThat(p.get("ClientToken")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }
}
