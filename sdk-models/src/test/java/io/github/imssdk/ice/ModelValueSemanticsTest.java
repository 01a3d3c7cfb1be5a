package io.github.imssdk.ice;

import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.ice.model.MediaConvertJobConfig;
import io.github.imssdk.ice.model.MediaConvertJobState;
import io.github.imssdk.ice.model.MediaConvertOutputDetail;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveRecordJobRequest;
import io.github.imssdk.ice.model.SubmitLiveSnapshotJobRequest;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateRequest;
import io.github.imssdk.ice.model.VideoCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** equals / hashCode / toBuilder round trips, unmodifiable collections, readable toString. */
class ModelValueSemanticsTest {

    @Test
    void everyRequestRoundTripsThroughToBuilder() {
        Instant now = Instant.now();
        List<Object> all = List.of(Fixtures.timedTranscodeJob(now).build(), Fixtures.recordJob().build(),
                Fixtures.snapshotJob().build(), Fixtures.updateTemplate().build(), Fixtures.convertJob().build());
        for (Object r : all) {
            Object copy = rebuild(r);
            assertThat(copy).isEqualTo(r).hasSameHashCodeAs(r).isNotSameAs(r);
            assertThat(copy.toString()).isEqualTo(r.toString());
        }
    }

    private static Object rebuild(Object r) {
        if (r instanceof SubmitLiveTranscodeJobRequest) {
            return ((SubmitLiveTranscodeJobRequest) r).toBuilder().build();
        }
        if (r instanceof SubmitLiveRecordJobRequest) {
            return ((SubmitLiveRecordJobRequest) r).toBuilder().build();
        }
        if (r instanceof SubmitLiveSnapshotJobRequest) {
            return ((SubmitLiveSnapshotJobRequest) r).toBuilder().build();
        }
        if (r instanceof UpdateLiveTranscodeTemplateRequest) {
            return ((UpdateLiveTranscodeTemplateRequest) r).toBuilder().build();
        }
        return ((SubmitMediaConvertJobRequest) r).toBuilder().build();
    }

    @Test
    void changingOneFieldBreaksEquality() {
        SubmitLiveTranscodeJobRequest a = Fixtures.transcodeJob().build();
        assertThat(a.toBuilder().name("other").build()).isNotEqualTo(a);
        assertThat(a.toBuilder().streamInput(s -> s.inputUrl("rtmp://other/app/s")).build()).isNotEqualTo(a);
        UpdateLiveTranscodeTemplateRequest t = Fixtures.updateTemplate().build();
        UpdateLiveTranscodeTemplateRequest t2 = t.toBuilder().templateConfig(t.templateConfig().toBuilder()
                .videoParams(t.templateConfig().videoParams().toBuilder().codec(VideoCodec.H265).build()).build()).build();
        assertThat(t2).isNotEqualTo(t);
        assertThat(t2.templateConfig().videoParams().codec()).isEqualTo(VideoCodec.H265);
        assertThat(t.templateConfig().videoParams().codec()).isEqualTo(VideoCodec.H264);
    }

    @Test
    void toBuilderDoesNotShareListsWithTheOriginal() {
        MediaConvertJobConfig c = Fixtures.convertConfig().build();
        MediaConvertJobConfig c2 = c.toBuilder().addInput(i -> i.name("second")
                .inputFile(f -> f.type("OSS").media("oss://b/2.mp4"))).build();
        assertThat(c.inputs()).hasSize(1);
        assertThat(c2.inputs()).hasSize(2);
    }

    @Test
    void collectionsAreUnmodifiable() {
        MediaConvertJobConfig c = Fixtures.convertConfig().build();
        assertThatThrownBy(() -> c.inputs().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.outputGroups().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> c.outputGroups().get(0).outputs().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(c.outputs()).isEmpty();
    }

    @Test
    void responsesHaveBuildersForMocks() {
        SubmitMediaConvertJobResponse r = SubmitMediaConvertJobResponse.builder().requestId("r")
                .job(j -> j.jobId("j").state(MediaConvertJobState.RUNNING).percent(40)
                        .addOutputDetail(d -> d.name("o1").status("Init")))
                .build();
        assertThat(r.job().state()).isEqualTo(MediaConvertJobState.RUNNING);
        assertThat(r.toBuilder().build()).isEqualTo(r);
        MediaConvertJob j = r.job();
        MediaConvertOutputDetail d = j.outputDetails().get(0);
        assertThat(d.statusAsString()).isEqualTo("Init");
    }

    @Test
    void toStringUsesWireNames() {
        assertThat(Fixtures.transcodeJob().startMode(StartMode.IMMEDIATE).build().toString())
                .isEqualTo("SubmitLiveTranscodeJobRequest(Name=task1, TemplateId=96e8864746a0b6f3, StartMode=0, "
                        + "StreamInput=TranscodeStreamInput(Type=rtmp, InputUrl=rtmp://mydomain/app/stream1), "
                        + "TranscodeOutput=TranscodeOutput(Type=LiveCenter, DomainName=mydomain))");
    }
}
