package io.github.imssdk.ice;

import io.github.imssdk.ice.model.*;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.github.imssdk.ice.ValidationTest.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

/** The documented limits of the operations added for the resource families, below / at / above each edge. */
class ResourceValidationTest {
    static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    static List<String> expect(boolean ok, String field) {
        return ok ? List.of() : List.of(field);
    }

    @ParameterizedTest(name = "page size {0} valid={1}")
    @CsvSource({"0,false", "1,true", "2,true", "99,true", "100,true", "101,false"})
    void pageSizeOfTheLiveLists(int n, boolean ok) {
        assertThat(fieldsOf(() -> ListLiveTranscodeJobsRequest.builder().pageSize(n).build())).isEqualTo(expect(ok, "pageSize"));
        assertThat(fieldsOf(() -> ListLiveSnapshotTemplatesRequest.builder().pageSize(n).build())).isEqualTo(expect(ok, "pageSize"));
    }

    // The SDK documents 1-100, the Chinese page 0-100: both readings accepted.
    @ParameterizedTest(name = "media-convert page size {0} valid={1}")
    @CsvSource({"-1,false", "0,true", "1,true", "100,true", "101,false"})
    void pageSizeOfListMediaConvertJobs(int n, boolean ok) {
        assertThat(fieldsOf(() -> ListMediaConvertJobsRequest.builder().pageSize(n).build())).isEqualTo(expect(ok, "pageSize"));
    }

    @ParameterizedTest(name = "record files page size {0} valid={1}")
    @CsvSource({"4,false", "5,true", "6,true", "29,true", "30,true", "31,false"})
    void pageSizeOfListLiveRecordFiles(int n, boolean ok) {
        assertThat(fieldsOf(() -> ListLiveRecordFilesRequest.builder().pageSize(n).build())).isEqualTo(expect(ok, "pageSize"));
    }

    @ParameterizedTest(name = "cycle duration {0} is the service's to judge")
    @ValueSource(ints = {-1, 0, 1, 21600})
    void cycleDurationHasNoDocumentedMinimum(int d) {
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r").addRecordFormat(f -> f
                .format(RecordFileFormat.MP4).cycleDuration(d)).build())).isEmpty();
    }

    // No page documents a minimum for PageNo, the record jobs' PageSize or CycleDuration.
    @ParameterizedTest(name = "page number {0} is the service's to judge")
    @ValueSource(ints = {-1, 0, 1, 2})
    void pageNumbersHaveNoDocumentedMinimum(int n) {
        assertThat(fieldsOf(() -> ListLiveRecordTemplatesRequest.builder().pageNo(n).build())).isEmpty();
        assertThat(fieldsOf(() -> ListLiveRecordJobsRequest.builder().pageNo(n).pageSize(n).build())).isEmpty();
    }

    @ParameterizedTest(name = "window {0}s valid={1}")
    @CsvSource({"2591999,true", "2592000,true", "2592001,false"})
    void thirtyDayWindows(long seconds, boolean ok) {
        assertThat(fieldsOf(() -> ListLiveRecordJobsRequest.builder().startTime(T).endTime(T.plusSeconds(seconds)).build()))
                .isEqualTo(expect(ok, "endTime"));
        assertThat(fieldsOf(() -> ListLiveSnapshotJobsRequest.builder().startTime(T).endTime(T.plusSeconds(seconds)).build()))
                .isEqualTo(expect(ok, "endTime"));
    }

    @ParameterizedTest(name = "window {0}s valid={1}")
    @CsvSource({"345599,true", "345600,true", "345601,false"})
    void fourDayWindowOfRecordFiles(long seconds, boolean ok) {
        assertThat(fieldsOf(() -> ListLiveRecordFilesRequest.builder().startTime(T).endTime(T.plusSeconds(seconds)).build()))
                .isEqualTo(expect(ok, "endTime"));
    }

    @ParameterizedTest(name = "window {0}s valid={1}")
    // the page bounds EndTime - StartTime from above only: an empty or reversed window is the service's to judge
    @CsvSource({"86399,true", "86400,true", "86401,false", "0,true", "-1,true"})
    void oneDayWindowOfSnapshotFiles(long seconds, boolean ok) {
        assertThat(fieldsOf(() -> ListLiveSnapshotFilesRequest.builder().jobId("j").startTime(T)
                .endTime(T.plusSeconds(seconds)).build())).isEqualTo(expect(ok, "endTime"));
    }

    @Test
    void snapshotFilesNeedTheJobAndTheWindow() {
        assertThat(fieldsOf(() -> ListLiveSnapshotFilesRequest.builder().build()))
                .containsExactly("jobId", "startTime", "endTime");
        assertThat(fieldsOf(() -> ListLiveSnapshotFilesRequest.builder().jobId("j").startTime(T).endTime(T.plusSeconds(60))
                .limit(101).build())).containsExactly("limit");
    }

    @ParameterizedTest(name = "interval {0} valid={1}")
    @CsvSource({"4,false", "5,true", "6,true", "3599,true", "3600,true", "3601,false"})
    void snapshotInterval(int s, boolean ok) {
        assertThat(fieldsOf(() -> CreateLiveSnapshotTemplateRequest.builder().templateName("t").timeInterval(s)
                .overwriteFormat("a/{JobId}.jpg").build())).isEqualTo(expect(ok, "timeInterval"));
        assertThat(fieldsOf(() -> UpdateLiveSnapshotTemplateRequest.builder().templateId("x").templateName("t").timeInterval(s)
                .sequenceFormat("a/{Sequence}.jpg").build())).isEqualTo(expect(ok, "timeInterval"));
    }

    @ParameterizedTest(name = "{0} chars valid={1}")
    @CsvSource({"127,true", "128,true", "129,false"})
    void namesAndKeywordsOf128(int n, boolean ok) {
        assertThat(fieldsOf(() -> CreateLiveSnapshotTemplateRequest.builder().templateName("n".repeat(n)).timeInterval(10)
                .overwriteFormat("a/{JobId}.jpg").build())).isEqualTo(expect(ok, "templateName"));
        assertThat(fieldsOf(() -> ListLiveSnapshotJobsRequest.builder().keyword("k".repeat(n)).build()))
                .isEqualTo(expect(ok, "keyword"));
    }

    @ParameterizedTest(name = "format of {0} chars valid={1}")
    @CsvSource({"254,true", "255,true", "256,false"})
    void snapshotFormatLength(int n, boolean ok) {
        String f = "s/{Sequence}" + "x".repeat(n - 16) + ".jpg";
        assertThat(fieldsOf(() -> CreateLiveSnapshotTemplateRequest.builder().templateName("t").timeInterval(10)
                .sequenceFormat(f).build())).isEqualTo(expect(ok, "sequenceFormat"));
    }

    @Test
    void snapshotFormatRules() {
        CreateLiveSnapshotTemplateRequest.Builder b = CreateLiveSnapshotTemplateRequest.builder().templateName("t").timeInterval(10);
        assertThat(fieldsOf(() -> b.build())).containsExactly("overwriteFormat");
        assertThat(fieldsOf(() -> b.overwriteFormat("/snap/{JobId}.png").build()))
                .containsExactly("overwriteFormat", "overwriteFormat");
        assertThat(fieldsOf(() -> b.overwriteFormat("snap/{JobId}/{Sequence}.jpg").build())).containsExactly("overwriteFormat");
        assertThat(fieldsOf(() -> b.overwriteFormat(null).sequenceFormat("snap/{JobId}/{Date}.jpg").build()))
                .containsExactly("sequenceFormat");
        assertThat(fieldsOf(() -> b.sequenceFormat("snap/{Date}/{Foo}/{UnixTimestamp}.jpg").build())).containsExactly("sequenceFormat");
        assertThat(fieldsOf(() -> b.sequenceFormat("snap/{JobId}/{Date}/{UnixTimestamp}_{Sequence}.jpg").build())).isEmpty();
    }

    @ParameterizedTest(name = "{0} template ids valid={1}")
    @CsvSource({"199,true", "200,true", "201,false"})
    void atMost200TemplateIds(int n, boolean ok) {
        List<String> ids = java.util.stream.IntStream.range(0, n).mapToObj(i -> "t" + i).toList();
        assertThat(fieldsOf(() -> ListLiveSnapshotTemplatesRequest.builder().templateIds(ids).build()))
                .isEqualTo(expect(ok, "templateIds"));
    }

    @ParameterizedTest(name = "{0} timestamps valid={1}")
    @CsvSource({"0,false", "1,true", "199,true", "200,true", "201,false"})
    void oneTo200SnapshotTimestamps(int n, boolean ok) {
        List<Long> ts = java.util.stream.LongStream.range(0, n).boxed().toList();
        assertThat(fieldsOf(() -> DeleteLiveSnapshotFilesRequest.builder().jobId("j").createTimestamps(ts).build()))
                .isEqualTo(expect(ok, "createTimestamps"));
    }

    @ParameterizedTest(name = "slice duration {0} valid={1}")
    @CsvSource({"4,false", "5,true", "6,true", "29,true", "30,true", "31,false"})
    void sliceDuration(int d, boolean ok) {
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r").addRecordFormat(f -> f
                .format(RecordFileFormat.M3U8).sliceOssObjectPrefix("{UnixTimestamp}_{Sequence}").sliceDuration(d)).build()))
                .isEqualTo(expect(ok, "recordFormats[0].sliceDuration"));
    }

    @ParameterizedTest(name = "prefix of {0} bytes valid={1}")
    @CsvSource({"254,true", "255,true", "256,false"})
    void objectPrefixUnder256Bytes(int bytes, boolean ok) {
        String p = "{StartTime}{EndTime}" + "x".repeat(bytes - 20);
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r").addRecordFormat(f -> f
                .format(RecordFileFormat.MP4).ossObjectPrefix(p)).build()))
                .isEqualTo(expect(ok, "recordFormats[0].ossObjectPrefix"));
    }

    @Test
    void recordFormatRules() {
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().build())).containsExactly("name", "recordFormats");
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r")
                .addRecordFormat(f -> f.format(RecordFileFormat.M3U8)).build()))
                .containsExactly("recordFormats[0].sliceOssObjectPrefix", "recordFormats[0].sliceDuration");
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r")
                .addRecordFormat(f -> f.format(RecordFileFormat.FLV).sliceDuration(10).sliceOssObjectPrefix("{Sequence}")
                        .ossObjectPrefix("{JobId}/{Sequence}")).build()))
                .containsExactly("recordFormats[0].sliceOssObjectPrefix", "recordFormats[0].sliceDuration",
                        "recordFormats[0].ossObjectPrefix", "recordFormats[0].sliceOssObjectPrefix");
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r")
                .addRecordFormat(f -> f.format("avi")).build())).containsExactly("recordFormats[0].format");
        assertThat(fieldsOf(() -> UpdateLiveRecordTemplateRequest.builder().templateId("t").build()))
                .containsExactly("name", "recordFormats");
    }

    @Test
    void normalTranscodeTemplatesNeedSizeFpsAndBitrate() {
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().name("t").type(TranscodeTemplateType.NORMAL).build()))
                .containsExactly("templateConfig.videoParams");
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().name("t").type(TranscodeTemplateType.NORMAL)
                .templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H264))).build()))
                .containsExactly("templateConfig.videoParams.width", "templateConfig.videoParams.fps",
                        "templateConfig.videoParams.bitrate");
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().name("t").type(TranscodeTemplateType.NORMAL)
                .templateConfig(c -> c.videoParams(v -> v.height(720).fps(25).bitrate(1500))).build())).isEmpty();
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().name("t").type(TranscodeTemplateType.AUDIO_ONLY)
                .build())).isEmpty();
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().build())).containsExactly("name", "type");
    }

    @ParameterizedTest(name = "H.265 narrow-band {0}x{1} valid={2}")
    @CsvSource({"1280,720,true", "1281,720,false", "1280,721,false", "720,1280,true", "720,1281,false", "1280,,true",
            "1281,,false"})
    void h265NarrowBandIsAtMost1280x720(Integer w, Integer h, boolean ok) {
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().name("t").type(TranscodeTemplateType.NARROW_BAND)
                .templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H265).width(w).height(h))).build()))
                .isEqualTo(expect(ok, "templateConfig.videoParams.width"));
        // H.264 narrow-band has no such cap
        assertThat(fieldsOf(() -> CreateLiveTranscodeTemplateRequest.builder().name("t").type(TranscodeTemplateType.NARROW_BAND)
                .templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H264).width(w).height(h))).build())).isEmpty();
    }

    @Test
    void updateLiveTranscodeJobRules() {
        assertThat(fieldsOf(() -> UpdateLiveTranscodeJobRequest.builder().jobId("j").transcodeOutput(o -> { }).build()))
                .containsExactly("transcodeOutput.domainName");
        assertThat(fieldsOf(() -> UpdateLiveTranscodeJobRequest.builder().jobId("j")
                .timedConfig(t -> t.startTime(Instant.now().plus(Duration.ofDays(8)))).build()))
                .containsExactly("timedConfig.startTime");
        UpdateLiveTranscodeJobRequest r = UpdateLiveTranscodeJobRequest.builder().jobId("j").validation(ValidationLevel.NONE)
                .timedConfig(t -> t.startTime(T.plus(Duration.ofDays(8)))).build();
        assertThat(fieldsOf(() -> {
            r.validateAt(T);
            return r;
        })).containsExactly("timedConfig.startTime");
    }

    @Test
    void commandsAndRequiredIds() {
        assertThat(fieldsOf(() -> SendLiveTranscodeJobCommandRequest.builder().jobId("j").command("start").build()))
                .containsExactly("command");
        assertThat(SendLiveTranscodeJobCommandRequest.builder().jobId("j").build().command()).isEqualTo("stop");
        assertThat(fieldsOf(() -> SendLiveSnapshotJobCommandRequest.builder().build())).containsExactly("jobId", "command");
        assertThat(fieldsOf(() -> SendLiveSnapshotJobCommandRequest.builder().jobId("j").command("pause").build()))
                .containsExactly("command");
        assertThat(fieldsOf(() -> DeleteLiveRecordFilesRequest.builder().build())).containsExactly("recordIds");
        assertThat(fieldsOf(() -> GetMediaConvertJobRequest.builder().build())).containsExactly("jobId");
        assertThat(fieldsOf(() -> ListMediaConvertJobsRequest.builder().status("Complete").build())).isEmpty();
        assertThat(fieldsOf(() -> ListMediaConvertJobsRequest.builder().status("Done").build())).containsExactly("status");
    }
}
