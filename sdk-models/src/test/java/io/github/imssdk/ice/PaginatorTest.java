package io.github.imssdk.ice;

import io.github.imssdk.ice.model.ListLiveRecordFilesResponse;
import io.github.imssdk.ice.model.LiveRecordFile;
import io.github.imssdk.ice.model.LiveSnapshotFile;
import io.github.imssdk.ice.model.LiveTranscodeTemplate;
import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.IceMockServerExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three pagination styles against the emulator: 0, 1, one full page and 1,001 items; no request beyond need. */
class PaginatorTest {
    @RegisterExtension
    final IceMockServerExtension emulator = new IceMockServerExtension();

    IceClient client() {
        IceMockServer s = emulator.server();
        return IceClient.builder().endpointOverride(s.endpoint()).credentialsProvider(s.credentialsProvider()).build();
    }

    static <T> List<T> all(Iterable<T> it) {
        List<T> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }

    /** items, page size, requests expected */
    @ParameterizedTest(name = "{0} templates, page size {1}: {2} requests")
    @CsvSource({"0,10,1", "1,10,1", "10,10,1", "1001,100,11", "1001,10,101", "25,10,3"})
    void pageNumberStyleWithANumericTotal(int n, int pageSize, int requests) {
        IceMockServer s = emulator.server();
        for (int i = 0; i < n; i++) {
            s.addLiveTranscodeTemplate("seed-" + i, "seeded-" + i);
        }
        try (IceClient ice = client()) {
            List<LiveTranscodeTemplate> items = all(ice.listLiveTranscodeTemplatesPaginator(b -> b.keyword("seeded-")
                    .pageSize(pageSize)).items());
            assertThat(items).hasSize(n);
            assertThat(new HashSet<>(items.stream().map(LiveTranscodeTemplate::templateId).toList())).hasSize(n);
        }
        assertThat(s.calls("ListLiveTranscodeTemplates")).hasSize(requests);
    }

    @ParameterizedTest(name = "{0} record files, page size {1}: {2} requests")
    @CsvSource({"0,10,1", "1,10,1", "30,30,1", "1001,30,34"})
    void pageNumberStyleWithATotalSentAsText(int n, int pageSize, int requests) {
        IceMockServer s = emulator.server();
        s.addLiveRecordFiles("job-1", n);
        s.addLiveRecordFiles("job-2", 3);
        try (IceClient ice = client()) {
            List<ListLiveRecordFilesResponse> pages = all(ice.listLiveRecordFilesPaginator(b -> b.jobIds("job-1")
                    .pageSize(pageSize)));
            assertThat(pages.get(0).totalCount()).isEqualTo((long) n);
            assertThat(pages.get(0).pageSize()).isEqualTo(pageSize);
            List<LiveRecordFile> files = all(ice.listLiveRecordFilesPaginator(b -> b.jobIds("job-1").pageSize(pageSize)).items());
            assertThat(files).hasSize(n).allSatisfy(f -> {
                assertThat(f.jobId()).isEqualTo("job-1");
                assertThat(f.recordOutput().bucket()).isEqualTo("bucket"); // JSON text on the wire
            });
        }
        assertThat(s.calls("ListLiveRecordFiles")).hasSize(2 * requests);
    }

    @ParameterizedTest(name = "{0} media-convert jobs, page size {1}: {2} requests")
    @CsvSource({"0,20,1", "1,20,1", "20,20,1", "1001,100,11"})
    void tokenStyle(int n, Integer pageSize, int requests) {
        IceMockServer s = emulator.server();
        s.addMediaConvertJobs(n);
        try (IceClient ice = client()) {
            List<MediaConvertJob> jobs = all(ice.listMediaConvertJobsPaginator(b -> b.pageSize(pageSize)).items());
            assertThat(jobs).hasSize(n);
            assertThat(new HashSet<>(jobs.stream().map(MediaConvertJob::jobId).toList())).hasSize(n);
        }
        assertThat(s.calls("ListMediaConvertJobs")).hasSize(requests);
    }

    @ParameterizedTest(name = "{0} snapshots, limit {1}: {2} requests")
    @CsvSource({"0,10,1", "1,10,1", "10,10,1", "1001,100,11"})
    void timeCursorStyle(int n, int limit, int requests) {
        IceMockServer s = emulator.server();
        Instant first = Instant.parse("2026-11-22T10:00:00Z");
        s.addLiveSnapshotFiles("snap-job", n, first, Duration.ofSeconds(5));
        try (IceClient ice = client()) {
            List<LiveSnapshotFile> files = all(ice.listLiveSnapshotFilesPaginator(b -> b.jobId("snap-job")
                    .startTime(first.minusSeconds(1)).endTime(first.plus(Duration.ofHours(23))).limit(limit)).items());
            assertThat(files).hasSize(n);
            assertThat(new HashSet<>(files.stream().map(LiveSnapshotFile::createTimestamp).toList())).hasSize(n);
            for (int i = 1; i < files.size(); i++) {
                assertThat(files.get(i).createTimestamp()).isGreaterThan(files.get(i - 1).createTimestamp());
            }
        }
        assertThat(s.calls("ListLiveSnapshotFiles")).hasSize(requests);
    }

    @Test
    void noRequestIsMadeBeyondWhatIsIterated() {
        IceMockServer s = emulator.server();
        s.addMediaConvertJobs(1001);
        try (IceClient ice = client()) {
            Paginator<?, MediaConvertJob> p = ice.listMediaConvertJobsPaginator(b -> b.pageSize(100));
            assertThat(s.calls("ListMediaConvertJobs")).isEmpty();          // creating it fetches nothing
            Iterator<MediaConvertJob> it = p.items().iterator();
            assertThat(s.calls("ListMediaConvertJobs")).isEmpty();          // nor does iterator()
            for (int i = 0; i < 100; i++) {
                it.next();
            }
            assertThat(s.calls("ListMediaConvertJobs")).hasSize(1);         // a whole page, still one request
            it.next();
            assertThat(s.calls("ListMediaConvertJobs")).hasSize(2);
            assertThat(p.itemStream().limit(5).count()).isEqualTo(5);       // a new iteration starts over, one page
            assertThat(s.calls("ListMediaConvertJobs")).hasSize(3);
        }
    }

    @Test
    void thePagesCanBeWalkedToo() {
        IceMockServer s = emulator.server();
        for (int i = 0; i < 25; i++) {
            s.addLiveTranscodeTemplate("p-" + i, "paged-" + i);
        }
        try (IceClient ice = client()) {
            assertThat(ice.listLiveTranscodeTemplatesPaginator(b -> b.keyword("paged-")).stream()
                    .map(r -> r.templates().size()).toList()).containsExactly(10, 10, 5);
            assertThat(ice.listLiveTranscodeTemplatesPaginator(b -> b.keyword("paged-").pageNo(2)).itemStream().count())
                    .isEqualTo(15);
        }
    }
}
