package io.github.imssdk.ice;

import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.ice.model.*;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.IceMockServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Whole lifecycles through the real client against the emulator, which shares state across operations. */
class LifecycleTest {
    @RegisterExtension
    final IceMockServerExtension emulator = new IceMockServerExtension();

    IceClient client() {
        IceMockServer s = emulator.server();
        return IceClient.builder().endpointOverride(s.endpoint()).credentialsProvider(s.credentialsProvider()).build();
    }

    @Test
    void liveTranscodingFromTemplateToDeletion() {
        try (IceClient ice = client()) {
            String templateId = ice.createLiveTranscodeTemplate(b -> b.name("720p").type(TranscodeTemplateType.NORMAL)
                    .templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H264).width(1280).height(720).fps(30).bitrate(2000))
                            .audioParams(a -> a.codec(AudioCodec.AAC).bitrate(128)))).templateId();
            LiveTranscodeTemplate t = ice.getLiveTranscodeTemplate(b -> b.templateId(templateId)).templateContent();
            assertThat(t.name()).isEqualTo("720p");
            assertThat(t.type()).isEqualTo(TranscodeTemplateType.NORMAL);
            assertThat(t.templateConfig().videoParams().width()).isEqualTo(1280);   // "1280" on the wire
            assertThat(t.templateConfig().videoParams().codec()).isEqualTo(VideoCodec.H264);

            String jobId = ice.submitLiveTranscodeJob(Fixtures.transcodeJob().templateId(templateId).build()).jobId();
            LiveTranscodeJob job = ice.getLiveTranscodeJob(b -> b.jobId(jobId)).job();
            assertThat(job.status()).isEqualTo(LiveTranscodeJobStatus.RUNNING);
            assertThat(job.templateName()).isEqualTo("720p");
            assertThat(job.streamInput().inputUrl()).isEqualTo("rtmp://mydomain/app/stream1");
            assertThat(job.outputStream().streamInfos()).hasSize(1);
            assertThat(ice.listLiveTranscodeJobs(b -> b.status(LiveTranscodeJobStatus.RUNNING)).jobs())
                    .extracting(LiveTranscodeJob::jobId).containsExactly(jobId);

            ImsServiceException inUse = catchThrowableOfType(ImsServiceException.class,
                    () -> ice.updateLiveTranscodeTemplate(b -> b.templateId(templateId).name("renamed")));
            assertThat(inUse.errorCode()).isEqualTo("InvalidParam.TemplateIdInuse");

            ice.sendLiveTranscodeJobCommand(b -> b.jobId(jobId));
            assertThat(ice.getLiveTranscodeJob(b -> b.jobId(jobId)).job().status()).isEqualTo(LiveTranscodeJobStatus.STOPPED);
            ice.updateLiveTranscodeJob(b -> b.jobId(jobId).name("archived"));
            assertThat(ice.getLiveTranscodeJob(b -> b.jobId(jobId)).job().name()).isEqualTo("archived");
            ice.deleteLiveTranscodeJob(b -> b.jobId(jobId));
            assertThat(ice.listLiveTranscodeJobs(b -> { }).jobs()).isEmpty();
            ice.deleteLiveTranscodeTemplate(b -> b.templateId(templateId));
            ImsServiceException gone = catchThrowableOfType(ImsServiceException.class,
                    () -> ice.getLiveTranscodeTemplate(b -> b.templateId(templateId)));
            assertThat(gone.errorCode()).isEqualTo("TemplateNotFound");
        }
    }

    @Test
    void liveRecordingWithItsTemplateAndFiles() {
        IceMockServer s = emulator.server();
        try (IceClient ice = client()) {
            String templateId = ice.createLiveRecordTemplate(b -> b.name("hls-30s").addRecordFormat(f -> f
                    .format(RecordFileFormat.M3U8).sliceDuration(30).sliceOssObjectPrefix("rec/{JobId}/{UnixTimestamp}_{Sequence}")
                    .ossObjectPrefix("rec/{JobId}/{StartTime}_{EndTime}"))).templateId();
            LiveRecordTemplate t = ice.getLiveRecordTemplate(b -> b.templateId(templateId)).recordTemplate();
            assertThat(t.recordFormats()).singleElement().satisfies(f -> {
                assertThat(f.format()).isEqualTo(RecordFileFormat.M3U8);
                assertThat(f.sliceDuration()).isEqualTo(30);
            });
            ice.updateLiveRecordTemplate(b -> b.templateId(templateId).name("mp4").addRecordFormat(f -> f.format(RecordFileFormat.MP4)));
            assertThat(ice.listLiveRecordTemplates(b -> b.templateIds(templateId)).templates())
                    .singleElement().satisfies(x -> assertThat(x.name()).isEqualTo("mp4"));

            String jobId = ice.submitLiveRecordJob(Fixtures.recordJob().templateId(templateId).build()).jobId();
            LiveRecordJob job = ice.getLiveRecordJob(b -> b.jobId(jobId)).recordJob();
            assertThat(job.status()).isEqualTo(LiveRecordJobStatus.INITIAL);
            assertThat(job.recordOutput().bucket()).isEqualTo("imsbucket1");
            assertThat(ice.listLiveRecordJobs(b -> b.keyword("live stream")).jobs()).extracting(LiveRecordJob::jobId)
                    .containsExactly(jobId);

            s.addLiveRecordFiles(jobId, 3);
            ListLiveRecordFilesResponse files = ice.listLiveRecordFiles(b -> b.jobIds(jobId));
            assertThat(files.totalCount()).isEqualTo(3L);
            DeleteLiveRecordFilesResponse deleted = ice.deleteLiveRecordFiles(b -> b.addRecordId(files.files().get(0).recordId())
                    .addRecordId("missing"));
            assertThat(deleted.deleteFileInfos()).extracting(DeleteRecordFileInfo::code).containsExactly("OK", "RecordNotFound");
            assertThat(ice.listLiveRecordFiles(b -> b.jobIds(jobId)).totalCount()).isEqualTo(2L);

            ice.deleteLiveRecordTemplate(b -> b.templateId(templateId));
            assertThat(catchThrowableOfType(ImsServiceException.class,
                    () -> ice.getLiveRecordTemplate(b -> b.templateId(templateId))).errorCode()).isEqualTo("TemplateNotFound");
        }
    }

    @Test
    void liveSnapshotsWithCommandsAndFiles() {
        IceMockServer s = emulator.server();
        try (IceClient ice = client()) {
            String templateId = ice.createLiveSnapshotTemplate(b -> b.templateName("every-10s").timeInterval(10)
                    .sequenceFormat("snap/{JobId}/{UnixTimestamp}.jpg")).templateId();
            GetLiveSnapshotTemplateResponse t = ice.getLiveSnapshotTemplate(b -> b.templateId(templateId));
            assertThat(t.timeInterval()).isEqualTo(10);
            assertThat(t.sequenceFormat()).isEqualTo("snap/{JobId}/{UnixTimestamp}.jpg");
            ice.updateLiveSnapshotTemplate(b -> b.templateId(templateId).templateName("every-5s").timeInterval(5)
                    .overwriteFormat("snap/{JobId}.jpg"));
            assertThat(ice.listLiveSnapshotTemplates(b -> b.keyword("every-5s")).templates()).hasSize(1);

            String jobId = ice.submitLiveSnapshotJob(Fixtures.snapshotJob().templateId(templateId).build()).jobId();
            GetLiveSnapshotJobResponse job = ice.getLiveSnapshotJob(b -> b.jobId(jobId));
            assertThat(job.status()).isEqualTo(LiveSnapshotJobStatus.INIT);
            assertThat(job.timeInterval()).isEqualTo(5);
            ice.sendLiveSnapshotJobCommand(b -> b.jobId(jobId).command(LiveSnapshotCommand.START));
            assertThat(catchThrowableOfType(ImsServiceException.class,
                    () -> ice.sendLiveSnapshotJobCommand(b -> b.jobId(jobId).command(LiveSnapshotCommand.START)))
                    .statusCode()).isEqualTo(409);
            assertThat(ice.listLiveSnapshotJobs(b -> b.status(LiveSnapshotJobStatus.STARTED)).jobs())
                    .extracting(LiveSnapshotJob::jobId).containsExactly(jobId);

            Instant first = Instant.now().minus(Duration.ofHours(1));
            s.addLiveSnapshotFiles(jobId, 3, first, Duration.ofSeconds(5));
            ListLiveSnapshotFilesResponse files = ice.listLiveSnapshotFiles(b -> b.jobId(jobId).startTime(first.minusSeconds(1))
                    .endTime(first.plus(Duration.ofHours(2))));
            assertThat(files.files()).hasSize(3);
            assertThat(files.nextStartTime()).isNull();
            DeleteLiveSnapshotFilesResponse d = ice.deleteLiveSnapshotFiles(b -> b.jobId(jobId)
                    .createTimestamps(files.files().get(0).createTimestamp(), 1L));
            assertThat(d.results()).extracting(DeleteSnapshotFileResult::result).containsExactly("OK", "NotFound");

            ice.sendLiveSnapshotJobCommand(b -> b.jobId(jobId).command(LiveSnapshotCommand.STOP));
            ice.deleteLiveSnapshotTemplate(b -> b.templateId(templateId));
            assertThat(catchThrowableOfType(ImsServiceException.class,
                    () -> ice.getLiveSnapshotTemplate(b -> b.templateId(templateId))).errorCode()).isEqualTo("TemplateNotFound");
        }
    }

    @Test
    void mediaConvertJobsAreFoundByGetAndList() {
        IceMockServer s = emulator.server();
        try (IceClient ice = client()) {
            String id = ice.submitMediaConvertJob(Fixtures.convertJob().build()).job().jobId();
            GetMediaConvertJobResponse got = ice.getMediaConvertJob(b -> b.jobId(id));
            assertThat(got.job().state()).isEqualTo(MediaConvertJobState.INITED);
            assertThat(got.job().percent()).isZero();
            assertThat(got.job().createTime()).isNotNull();
            s.clock().advance(Duration.ofMinutes(1));
            assertThat(ice.getMediaConvertJob(b -> b.jobId(id)).job().finishTime()).isNotNull();
            assertThat(ice.listMediaConvertJobs(b -> b.status("Complete")).jobs()).extracting(MediaConvertJob::jobId)
                    .containsExactly(id);
            assertThat(ice.listMediaConvertJobs(b -> b.jobId(id)).jobs().get(0).outputDetails()).isEmpty();
        }
    }
}
