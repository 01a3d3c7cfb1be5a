package io.github.imssdk.ice;

import io.github.imssdk.ice.model.AudioCodec;
import io.github.imssdk.ice.model.AudioProfile;
import io.github.imssdk.ice.model.HlsRenditionType;
import io.github.imssdk.ice.model.MediaConvertJobConfig;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveRecordJobRequest;
import io.github.imssdk.ice.model.SubmitLiveSnapshotJobRequest;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateRequest;
import io.github.imssdk.ice.model.VideoCodec;
import io.github.imssdk.ice.model.VideoProfile;

import java.time.Instant;

/** Valid requests for each operation, with values from the seed pages' examples. */
public final class Fixtures {
    private Fixtures() {
    }

    public static SubmitLiveTranscodeJobRequest.Builder transcodeJob() {
        return SubmitLiveTranscodeJobRequest.builder()
                .name("task1")
                .templateId("96e8864746a0b6f3")
                .startMode(StartMode.IMMEDIATE)
                .streamInput(s -> s.inputUrl("rtmp://mydomain/app/stream1"))
                .transcodeOutput(o -> o.domainName("mydomain"));
    }

    public static SubmitLiveTranscodeJobRequest.Builder timedTranscodeJob(Instant now) {
        return transcodeJob().startMode(StartMode.TIMED)
                .timedConfig(t -> t.startTime(now.plusSeconds(3600)).endTime(now.plusSeconds(7200)));
    }

    public static SubmitLiveRecordJobRequest.Builder recordJob() {
        return SubmitLiveRecordJobRequest.builder()
                .name("live stream record 1")
                .templateId("69e1f9fe-1e97-11ed-ba64-0c42a1b73d66")
                .notifyUrl("https://example.com/imsnotify")
                .streamInput(s -> s.url("rtmp://example.com/live/stream1"))
                .recordOutput(o -> o.type("oss").bucket("imsbucket1").endpoint("oss-cn-hangzhou.aliyuncs.com"));
    }

    public static SubmitLiveSnapshotJobRequest.Builder snapshotJob() {
        return SubmitLiveSnapshotJobRequest.builder()
                .jobName("Screenshot Task 1")
                .templateId("a046-263c-3560-978a-fb287782")
                .callbackUrl("http://www.aliyun.com/snapshot/callback")
                .streamInput(s -> s.url("rtmp://www.aliyun.com/stream"))
                .snapshotOutput(o -> o.endpoint("oss-cn-shanghai.aliyuncs.com").bucket("testbucket"));
    }

    public static UpdateLiveTranscodeTemplateRequest.Builder updateTemplate() {
        return UpdateLiveTranscodeTemplateRequest.builder()
                .templateId("96e8864746a0b6f3")
                .name("模板1130-2")
                .templateConfig(c -> c
                        .videoParams(v -> v.codec(VideoCodec.H264).width(1280).height(720).fps(30).bitrate(2500)
                                .gop(1000).profile(VideoProfile.MAIN))
                        .audioParams(a -> a.codec(AudioCodec.AAC).bitrate(100).samplerate(44100).channels(2)
                                .profile(AudioProfile.AAC_LOW)));
    }

    public static MediaConvertJobConfig.Builder convertConfig() {
        return MediaConvertJobConfig.builder()
                .jobName("Name")
                .addInput(i -> i.name("InputVideo").inputFile(f -> f.type(MediaObjectType.OSS)
                        .media("oss://bucket/input/60min.mp4")))
                .addOutputGroup(g -> g.name("hls-group")
                        .groupConfig(c -> c.type(OutputGroupType.HLS).manifestName("manifest")
                                .outputFileBase(b -> b.type(MediaObjectType.OSS).media("oss://bucket/output/")))
                        .addOutput(o -> o.name("group-output").outputFileName("720p.m3u8")
                                .templateId("S00000001-200030").priority(6).overrideParams("{}")
                                .hlsGroupConfig(h -> h.type(HlsRenditionType.HYBRID).isDefault(true))));
    }

    public static SubmitMediaConvertJobRequest.Builder convertJob() {
        return SubmitMediaConvertJobRequest.builder()
                .clientToken("86f8e525-9d73-4dac-88aa-7aa4e950c00a")
                .config(convertConfig().build())
                .userData("{\"videoId\":\"abcd\"}")
                .pipelineId("e197ecfb103e4849922b054d3032f954");
    }
}
