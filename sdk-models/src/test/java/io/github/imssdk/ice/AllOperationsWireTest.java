package io.github.imssdk.ice;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.testsupport.Wire;
import io.github.imssdk.ice.model.*;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation added after the first five, on the wire: HTTP method, where the parameters go
 * (query or form body), how they are encoded (flat lists, JSON arrays, numbers), and the
 * signature recomputed by aliyun-java-sdk-core, for both signature versions.
 */
class AllOperationsWireTest {
    // now, whole seconds: a timed job's start must lie within seven days of the system clock at build()
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    static final Instant DAY_AGO = NOW.minusSeconds(86_400);

    MockWebServer server;
    IceClient ice;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        if (ice != null) {
            ice.close();
        }
        server.close();
    }

    /** One operation: how to call it, and what must arrive. */
    record Case(String action, String method, boolean form, Function<IceClient, Object> call, Map<String, String> params,
                Map<String, String> json) {
        @Override
        public String toString() {
            return action;
        }
    }

    static Case c(String action, String method, boolean form, Function<IceClient, Object> call, Map<String, String> params) {
        return new Case(action, method, form, call, params, Map.of());
    }

    static Case cj(String action, String method, boolean form, Function<IceClient, Object> call, Map<String, String> params,
                   Map<String, String> json) {
        return new Case(action, method, form, call, params, json);
    }

    static List<Case> cases() {
        List<Case> l = new ArrayList<>();
        l.add(cj("CreateLiveTranscodeTemplate", "POST", false, i -> i.createLiveTranscodeTemplate(b -> b.name("t1")
                        .type(TranscodeTemplateType.NORMAL).templateConfig(c -> c.videoParams(v -> v.width(1280).fps(25).bitrate(2500)))),
                Map.of("Name", "t1", "Type", "normal"),
                Map.of("TemplateConfig", "{\"VideoParams\":{\"Width\":\"1280\",\"Fps\":\"25\",\"Bitrate\":\"2500\"}}")));
        l.add(c("GetLiveTranscodeTemplate", "POST", false, i -> i.getLiveTranscodeTemplate(b -> b.templateId("tp")),
                Map.of("TemplateId", "tp")));
        l.add(c("ListLiveTranscodeTemplates", "POST", false, i -> i.listLiveTranscodeTemplates(b -> b.category("customized")
                        .type(TranscodeTemplateType.NARROW_BAND).videoCodec(VideoCodec.H265).keyword("k").pageNo(2).pageSize(50)
                        .sortBy(SortOrder.ASC)),
                Map.of("Category", "customized", "Type", "narrow-band", "VideoCodec", "H.265", "KeyWord", "k", "PageNo", "2",
                        "PageSize", "50", "SortBy", "asc")));
        l.add(c("DeleteLiveTranscodeTemplate", "POST", false, i -> i.deleteLiveTranscodeTemplate(b -> b.templateId("tp")),
                Map.of("TemplateId", "tp")));
        l.add(c("GetLiveTranscodeJob", "POST", false, i -> i.getLiveTranscodeJob(b -> b.jobId("j")), Map.of("JobId", "j")));
        l.add(c("ListLiveTranscodeJobs", "POST", false, i -> i.listLiveTranscodeJobs(b -> b.keyword("k")
                        .type(TranscodeTemplateType.ORIGIN).startMode(StartMode.TIMED).status(LiveTranscodeJobStatus.STOPPED)
                        .pageSize(100)),
                Map.of("KeyWord", "k", "Type", "origin", "StartMode", "1", "Status", "2", "PageSize", "100")));
        l.add(cj("UpdateLiveTranscodeJob", "POST", false, i -> i.updateLiveTranscodeJob(b -> b.jobId("j").name("n2")
                        .transcodeOutput(o -> o.domainName("d2")).timedConfig(t -> t.startTime(NOW.plusSeconds(60)))),
                Map.of("JobId", "j", "Name", "n2"),
                Map.of("TranscodeOutput", "{\"Type\":\"LiveCenter\",\"DomainName\":\"d2\"}",
                        "TimedConfig", "{\"StartTime\":\"" + NOW.plusSeconds(60) + "\"}")));
        l.add(c("DeleteLiveTranscodeJob", "POST", false, i -> i.deleteLiveTranscodeJob(b -> b.jobId("j")), Map.of("JobId", "j")));
        l.add(c("SendLiveTranscodeJobCommand", "POST", false, i -> i.sendLiveTranscodeJobCommand(b -> b.jobId("j")),
                Map.of("JobId", "j", "Command", "stop")));
        l.add(c("GetLiveRecordJob", "GET", false, i -> i.getLiveRecordJob(b -> b.jobId("j")), Map.of("JobId", "j")));
        l.add(c("ListLiveRecordJobs", "GET", false, i -> i.listLiveRecordJobs(b -> b.keyword("k").status(LiveRecordJobStatus.PAUSED)
                        .startTime(DAY_AGO).endTime(NOW).pageNo(1).pageSize(20).sortBy(SortOrder.DESC)),
                Map.of("Keyword", "k", "Status", "paused", "StartTime", DAY_AGO.toString(), "EndTime", NOW.toString(),
                        "PageNo", "1", "PageSize", "20", "SortBy", "desc")));
        l.add(cj("CreateLiveRecordTemplate", "POST", true, i -> i.createLiveRecordTemplate(b -> b.name("r")
                        .addRecordFormat(f -> f.format(RecordFileFormat.M3U8).sliceDuration(30)
                                .ossObjectPrefix("record/{JobId}/{StartTime}_{EndTime}")
                                .sliceOssObjectPrefix("record/{JobId}/{UnixTimestamp}_{Sequence}"))
                        .addRecordFormat(f -> f.format(RecordFileFormat.MP4).cycleDuration(3600))),
                Map.of("Name", "r"),
                Map.of("RecordFormat", "[{\"Format\":\"m3u8\",\"OssObjectPrefix\":\"record/{JobId}/{StartTime}_{EndTime}\","
                        + "\"SliceOssObjectPrefix\":\"record/{JobId}/{UnixTimestamp}_{Sequence}\",\"SliceDuration\":30},"
                        + "{\"Format\":\"mp4\",\"CycleDuration\":3600}]")));
        l.add(c("GetLiveRecordTemplate", "GET", false, i -> i.getLiveRecordTemplate(b -> b.templateId("t").jobId("j")),
                Map.of("TemplateId", "t", "JobId", "j")));
        l.add(c("ListLiveRecordTemplates", "GET", false, i -> i.listLiveRecordTemplates(b -> b.templateIds("t1", "t2")
                        .type("custom").pageSize(10)),
                Map.of("TemplateIds.1", "t1", "TemplateIds.2", "t2", "Type", "custom", "PageSize", "10")));
        l.add(cj("UpdateLiveRecordTemplate", "POST", true, i -> i.updateLiveRecordTemplate(b -> b.templateId("t").name("r2")
                        .addRecordFormat(f -> f.format(RecordFileFormat.FLV))),
                Map.of("TemplateId", "t", "Name", "r2"), Map.of("RecordFormat", "[{\"Format\":\"flv\"}]")));
        l.add(c("DeleteLiveRecordTemplate", "POST", false, i -> i.deleteLiveRecordTemplate(b -> b.templateId("t")),
                Map.of("TemplateId", "t")));
        l.add(c("ListLiveRecordFiles", "GET", false, i -> i.listLiveRecordFiles(b -> b.jobIds("j1", "j2")
                        .startTime(DAY_AGO).endTime(NOW).recordFormat(RecordFileFormat.M3U8).pageSize(30)),
                Map.of("JobIds.1", "j1", "JobIds.2", "j2", "StartTime", DAY_AGO.toString(), "EndTime", NOW.toString(),
                        "RecordFormat", "m3u8", "PageSize", "30")));
        l.add(c("DeleteLiveRecordFiles", "POST", false, i -> i.deleteLiveRecordFiles(b -> b.recordIds("r1", "r2").removeFile(true)),
                Map.of("RecordIds.1", "r1", "RecordIds.2", "r2", "RemoveFile", "true")));
        l.add(c("GetLiveSnapshotJob", "GET", false, i -> i.getLiveSnapshotJob(b -> b.jobId("j")), Map.of("JobId", "j")));
        l.add(c("ListLiveSnapshotJobs", "GET", false, i -> i.listLiveSnapshotJobs(b -> b.keyword("k")
                        .status(LiveSnapshotJobStatus.INIT).pageNo(3)),
                Map.of("SearchKeyWord", "k", "Status", "init", "PageNo", "3")));
        l.add(c("SendLiveSnapshotJobCommand", "POST", true, i -> i.sendLiveSnapshotJobCommand(b -> b.jobId("j")
                        .command(LiveSnapshotCommand.RESTART)),
                Map.of("JobId", "j", "Command", "restart")));
        l.add(c("CreateLiveSnapshotTemplate", "POST", true, i -> i.createLiveSnapshotTemplate(b -> b.templateName("s")
                        .timeInterval(5).sequenceFormat("snap/{JobId}/{UnixTimestamp}.jpg")),
                Map.of("TemplateName", "s", "TimeInterval", "5", "SequenceFormat", "snap/{JobId}/{UnixTimestamp}.jpg")));
        l.add(c("GetLiveSnapshotTemplate", "GET", false, i -> i.getLiveSnapshotTemplate(b -> b.templateId("t")),
                Map.of("TemplateId", "t")));
        l.add(c("ListLiveSnapshotTemplates", "GET", false, i -> i.listLiveSnapshotTemplates(b -> b.templateIds("a")
                        .type("system")),
                Map.of("TemplateIds.1", "a", "Type", "system")));
        l.add(c("UpdateLiveSnapshotTemplate", "POST", true, i -> i.updateLiveSnapshotTemplate(b -> b.templateId("t")
                        .templateName("s2").timeInterval(3600).overwriteFormat("snap/{JobId}.jpg")),
                Map.of("TemplateId", "t", "TemplateName", "s2", "TimeInterval", "3600", "OverwriteFormat", "snap/{JobId}.jpg")));
        l.add(c("DeleteLiveSnapshotTemplate", "POST", true, i -> i.deleteLiveSnapshotTemplate(b -> b.templateId("t")),
                Map.of("TemplateId", "t")));
        l.add(c("ListLiveSnapshotFiles", "GET", false, i -> i.listLiveSnapshotFiles(b -> b.jobId("j").startTime(DAY_AGO)
                        .endTime(NOW).limit(100).sortBy(SortOrder.ASC)),
                Map.of("JobId", "j", "StartTime", DAY_AGO.toString(), "EndTime", NOW.toString(), "Limit", "100",
                        "SortBy", "asc")));
        l.add(cj("DeleteLiveSnapshotFiles", "POST", false, i -> i.deleteLiveSnapshotFiles(b -> b.jobId("j")
                        .createTimestamps(1660638613798L, 1660638613799L).deleteOriginalFile(false)),
                Map.of("JobId", "j", "DeleteOriginalFile", "false"),
                Map.of("CreateTimestampList", "[1660638613798,1660638613799]")));
        l.add(c("GetMediaConvertJob", "POST", false, i -> i.getMediaConvertJob(b -> b.jobId("j")), Map.of("JobId", "j")));
        l.add(c("ListMediaConvertJobs", "POST", false, i -> i.listMediaConvertJobs(b -> b.jobId("j")
                        .startOfCreateTime(DAY_AGO).endOfCreateTime(NOW).status("Complete")
                        .orderBy(MediaConvertJobOrder.CREATE_TIME_ASC).pageSize(100).nextPageToken("tok")),
                Map.of("JobId", "j", "StartOfCreateTime", DAY_AGO.toString(), "EndOfCreateTime", NOW.toString(),
                        "Status", "Complete", "OrderBy", "CreateTimeAsc", "PageSize", "100", "NextPageToken", "tok")));
        return l;
    }

    static Stream<Arguments> casesAndVersions() {
        List<Arguments> out = new ArrayList<>();
        for (Case c : cases()) {
            for (SignatureVersion v : SignatureVersion.values()) {
                out.add(Arguments.of(c, v));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("casesAndVersions")
    void arrivesAsTheOfficialSdkSendsIt(Case c, SignatureVersion v) throws Exception {
        ice = IceClient.builder().endpointOverride(server.url("/").uri())
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).signatureVersion(v)
                .retryPolicy(RetryPolicy.none()).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\"}").build());
        c.call().apply(ice);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo(c.method());
        if (v == SignatureVersion.V1) {
            assertThat(Wire.query(r)).containsEntry("Action", c.action());
            Wire.assertV1Signature(r, "secret");
        } else {
            assertThat(r.getHeaders().get("x-acs-action")).isEqualTo(c.action());
            Wire.assertV3Signature(r, "secret");
        }
        Map<String, String> business = new java.util.LinkedHashMap<>(c.form() ? Wire.form(r) : Wire.query(r));
        Map<String, String> other = c.form() ? Wire.query(r) : Wire.form(r);
        if (v == SignatureVersion.V1) {
            for (String common : new String[] {"Action", "Version", "Format", "AccessKeyId", "SignatureMethod",
                    "SignatureVersion", "Timestamp", "SignatureNonce", "Signature"}) {
                business.remove(common);
                other.remove(common);
            }
        }
        assertThat(other).as("nothing in the %s", c.form() ? "query" : "body").isEmpty();
        for (Map.Entry<String, String> e : c.json().entrySet()) {
            JsonNode sent = Json.mapper().readTree(business.remove(e.getKey()));
            assertThat(sent).as(e.getKey()).isEqualTo(Json.mapper().readTree(e.getValue()));
        }
        assertThat(business).isEqualTo(c.params());
        if (c.method().equals("GET")) {
            assertThat(r.getBodySize()).isZero();
        }
    }
}
