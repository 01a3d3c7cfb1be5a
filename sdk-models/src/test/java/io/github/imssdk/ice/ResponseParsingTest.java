package io.github.imssdk.ice;

import io.github.imssdk.ice.internal.ResponseUnmarshaller;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.ice.model.AudioStreamInfo;
import io.github.imssdk.ice.model.FileBasicInfo;
import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.ice.model.MediaConvertJobState;
import io.github.imssdk.ice.model.MediaConvertOutputDetail;
import io.github.imssdk.ice.model.MediaConvertOutputGroupDetail;
import io.github.imssdk.ice.model.MediaConvertTaskStatus;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;
import io.github.imssdk.ice.model.SubmitLiveRecordJobResponse;
import io.github.imssdk.ice.model.SubmitLiveSnapshotJobResponse;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobResponse;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateResponse;
import io.github.imssdk.ice.model.VideoStreamInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The seed pages' response examples parse into the models; odd casing, string numbers and unknown fields included. */
class ResponseParsingTest {

    static JsonNode seed(String name) throws Exception {
        try (InputStream in = ResponseParsingTest.class.getResourceAsStream("/seeds/" + name + ".json")) {
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void theFourSmallSeedResponsesParse() throws Exception {
        SubmitLiveTranscodeJobResponse t = ResponseUnmarshaller.submitLiveTranscodeJobResponse(seed("SubmitLiveTranscodeJob"));
        assertThat(t.requestId()).isEqualTo("******3B-0E1A-586A-AC29-742247******");
        assertThat(t.jobId()).isEqualTo("****20b48fb04483915d4f2cd8ac****");
        SubmitLiveRecordJobResponse r = ResponseUnmarshaller.submitLiveRecordJobResponse(seed("SubmitLiveRecordJob"));
        assertThat(r.requestId()).isEqualTo("BEA98A0C-7870-15FE-B96F-8880BB600A2C");
        assertThat(r.jobId()).isEqualTo("ab0e3e76-1e9d-11ed-ba64-0c42a1b73d66");
        SubmitLiveSnapshotJobResponse s = ResponseUnmarshaller.submitLiveSnapshotJobResponse(seed("SubmitLiveSnapshotJob"));
        assertThat(s.jobId()).isEqualTo("****a046-263c-3560-978a-fb287666****");
        UpdateLiveTranscodeTemplateResponse u = ResponseUnmarshaller.updateLiveTranscodeTemplateResponse(seed("UpdateLiveTranscodeTemplate"));
        assertThat(u.requestId()).isEqualTo("******3B-0E1A-586A-AC29-742247******");
    }

    @Test
    void theMediaConvertSeedParsesIntoTheFullJobTree() throws Exception {
        SubmitMediaConvertJobResponse resp = ResponseUnmarshaller.submitMediaConvertJobResponse(seed("SubmitMediaConvertJob"));
        assertThat(resp.requestId()).isEqualTo("******11-DB8D-4A9A-875B-275798******");
        MediaConvertJob job = resp.job();
        assertThat(job.requestId()).isEqualTo("A2129C9F-CE95-58B5-B8C1-07758FF6C86F");
        assertThat(job.clientToken()).isEqualTo("FB7F25E9-AD9B-1603-8AF6-F1E42DF2E706");
        assertThat(job.jobId()).isEqualTo("****20b48fb04483915d4f2cd8ac****");
        assertThat(job.pipelineId()).isEqualTo("***48a4edf410b908aecd91fc3b***");
        assertThat(job.userData()).isEqualTo("{\"videoId\":\"abcd\"}");
        assertThat(job.state()).isEqualTo(MediaConvertJobState.SUCCESS);
        assertThat(job.stateAsString()).isEqualTo("Success");
        assertThat(job.code()).isEqualTo("InvalidParameter.ResourceContentBad");
        assertThat(job.message()).isEqualTo("The resource operated InputFile is bad");

        // Config, with both the top-level Outputs and the OutputGroups forms
        assertThat(job.config().jobName()).isEqualTo("Name");
        assertThat(job.config().inputs()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("InputVideo");
            assertThat(i.inputFile().type()).isEqualTo(MediaObjectType.OSS);
            assertThat(i.inputFile().media()).isEqualTo("http://bucket.loction.aliyuncs.com/path/to/video.mp4");
        });
        assertThat(job.config().outputs()).singleElement().satisfies(o -> {
            assertThat(o.priority()).isEqualTo(6);
            assertThat(o.overrideParams()).isEqualTo("{}");
            assertThat(o.templateId()).isEqualTo("****96e8864746a0b6f3****");
            assertThat(o.name()).isEqualTo("output-video");
        });
        assertThat(job.config().outputGroups()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("hls-group");
            assertThat(g.groupConfig().type()).isEqualTo(OutputGroupType.HLS);
            assertThat(g.groupConfig().manifestName()).isEqualTo("manifest");
            assertThat(g.outputs()).singleElement().satisfies(o -> {
                assertThat(o.outputFileName()).isEqualTo("720p.mp4");
                assertThat(o.templateId()).isEqualTo("****96e8864746a0b6f3****\n");
            });
        });

        // OutputDetails with result and file meta
        MediaConvertOutputDetail d = job.outputDetails().get(0);
        assertThat(d.status()).isEqualTo(MediaConvertTaskStatus.SUCCESS);
        assertThat(d.name()).isEqualTo("720P-mp4");
        assertThat(d.createTime()).isEqualTo(Instant.parse("2024-12-07T06:06:58Z"));
        assertThat(d.finishTime()).isEqualTo(Instant.parse("2024-12-07T13:01:07Z"));
        assertThat(d.result().outputFile().url()).isEqualTo("oss://bucket/path/to/video.mp4");

        FileBasicInfo f = d.result().outFileMeta().fileBasicInfo();
        assertThat(f.fileSize()).isEqualTo(31737L);
        assertThat(f.fileSizeAsString()).isEqualTo("31737");
        assertThat(f.duration()).isEqualTo(Duration.ofNanos(403_039_999_000L));
        assertThat(f.durationAsString()).isEqualTo("403.039999");
        assertThat(f.bitrate()).isCloseTo(888.563, within(1e-9));
        assertThat(f.width()).isEqualTo(848);
        assertThat(f.height()).isEqualTo(478);
        assertThat(f.formatName()).isEqualTo("hls,applehttp");
        assertThat(f.region()).isEqualTo("cn-shanghai");

        VideoStreamInfo v = d.result().outFileMeta().videoStreams().get(0);
        assertThat(v.codecName()).isEqualTo("h264");
        assertThat(v.codecLongName()).startsWith("H.264 / AVC");
        assertThat(v.pixFmt()).isEqualTo("yuv420p");
        assertThat(v.fps()).isEqualTo(25.0);
        assertThat(v.avgFps()).isEqualTo(25.0);
        assertThat(v.bitrate()).isCloseTo(888.563, within(1e-9));
        assertThat(v.numFrames()).isEqualTo(10040L);
        assertThat(v.hasBFrames()).isEqualTo(2);
        assertThat(v.rotate()).isEqualTo(0);
        assertThat(v.startTime()).isEqualTo(Duration.ofNanos(1_473_556_000L));
        assertThat(v.timeBase()).isEqualTo("1/90000");
        assertThat(v.dar()).isEqualTo("16:9");

        AudioStreamInfo a = d.result().outFileMeta().audioStreams().get(0);
        assertThat(a.codecName()).isEqualTo("aac");
        assertThat(a.bitrate()).isEqualTo(0.0);          // "0.f" on the wire
        assertThat(a.bitrateAsString()).isEqualTo("0.f");
        assertThat(a.sampleRate()).isEqualTo(44100);
        assertThat(a.channels()).isEqualTo(2);
        assertThat(a.timebase()).isEqualTo("1/90000");

        MediaConvertOutputGroupDetail g = job.outputGroupDetails().get(0);
        assertThat(g.name()).isEqualTo("hls-group");
        assertThat(g.finishTime()).isEqualTo(Instant.parse("2025-03-21T01:48:41Z")); // "…Z\n" on the wire
        assertThat(g.outputs()).hasSize(1);
        assertThat(g.outputs().get(0).result().outFileMeta().audioStreams().get(0).channelLayout()).isEqualTo("stereo");
    }

    @Test
    void unknownFieldsAreIgnoredAndCaseVariantsAccepted() throws Exception {
        JsonNode n = Json.mapper().readTree("{\"requestid\":\"r\",\"Future\":{\"X\":[1,2]},\"Job\":{\"jobId\":\"j\","
                + "\"STATE\":\"Complete\",\"percent\":\"45\",\"Config\":{\"Inputs\":[{\"InputFile\":{\"type\":\"oss\"}}]},"
                + "\"OutputDetails\":[{\"Result\":{\"OutFileMeta\":{\"VideoStreamInfoList\":[{\"CodecName\":\"hevc\","
                + "\"Bitrate\":\"12\"}]}}}],\"Brand\":\"new\"}}");
        SubmitMediaConvertJobResponse r = ResponseUnmarshaller.submitMediaConvertJobResponse(n);
        assertThat(r.requestId()).isEqualTo("r");
        assertThat(r.job().jobId()).isEqualTo("j");
        assertThat(r.job().state()).isEqualTo(MediaConvertJobState.SUCCESS);
        assertThat(r.job().percent()).isEqualTo(45);
        assertThat(r.job().config().inputs().get(0).inputFile().type()).isEqualTo(MediaObjectType.OSS);
        VideoStreamInfo v = r.job().outputDetails().get(0).result().outFileMeta().videoStreams().get(0);
        assertThat(v.codecName()).isEqualTo("hevc");    // CodecName for Codec_name
        assertThat(v.bitrate()).isEqualTo(12.0);         // Bitrate for Bit_rate
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"Inited,INITED", "Running,RUNNING", "Success,SUCCESS", "Complete,SUCCESS", "Finished,SUCCESS",
            "Failed,FAILED", "Error,FAILED", "Cancelled,CANCELLED", "Canceled,CANCELLED", "success,SUCCESS",
            "Paused,UNKNOWN_TO_SDK_VERSION"})
    void everySpellingOfTheJobStateMaps(String wire, MediaConvertJobState expected) throws Exception {
        MediaConvertJob j = ResponseUnmarshaller.submitMediaConvertJobResponse(
                Json.mapper().readTree("{\"Job\":{\"State\":\"" + wire + "\"}}")).job();
        assertThat(j.state()).isEqualTo(expected);
        assertThat(j.stateAsString()).isEqualTo(wire);
        assertThat(j.state().isTerminal()).isEqualTo(expected == MediaConvertJobState.SUCCESS
                || expected == MediaConvertJobState.FAILED || expected == MediaConvertJobState.CANCELLED);
    }

    @Test
    void unreadableNumbersBecomeNullButKeepTheirRawText() throws Exception {
        FileBasicInfo f = ResponseUnmarshaller.submitMediaConvertJobResponse(Json.mapper().readTree(
                "{\"Job\":{\"OutputDetails\":[{\"Result\":{\"OutFileMeta\":{\"FileBasicInfo\":"
                        + "{\"FileSize\":\"n/a\",\"Duration\":\"-\",\"Width\":848,\"Bitrate\":\" 1.5 \"}}}}]}}"))
                .job().outputDetails().get(0).result().outFileMeta().fileBasicInfo();
        assertThat(f.fileSize()).isNull();
        assertThat(f.fileSizeAsString()).isEqualTo("n/a");
        assertThat(f.duration()).isNull();
        assertThat(f.width()).isEqualTo(848);
        assertThat(f.bitrate()).isEqualTo(1.5);
    }
}
