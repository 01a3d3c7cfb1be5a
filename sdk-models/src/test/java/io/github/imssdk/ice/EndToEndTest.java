package io.github.imssdk.ice;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.ice.model.MediaConvertJobState;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.ice.model.VideoCodec;
import io.github.imssdk.testing.Fault;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.IceMockServerExtension;
import io.github.imssdk.testing.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The real IceClient against the emulator: every operation end to end. */
class EndToEndTest {
    @RegisterExtension
    final IceMockServerExtension emulator = new IceMockServerExtension();

    IceClient client(SignatureVersion v) {
        IceMockServer s = emulator.server();
        return IceClient.builder().endpointOverride(s.endpoint()).credentialsProvider(s.credentialsProvider())
                .signatureVersion(v).retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build()).build();
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void everyOperationIsAcceptedByTheEmulator(SignatureVersion v) {
        IceMockServer s = emulator.server();
        try (IceClient ice = client(v)) {
            assertThat(ice.updateLiveTranscodeTemplate(Fixtures.updateTemplate()
                    .templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID).build()).requestId()).isNotBlank();
            assertThat(ice.submitLiveTranscodeJob(Fixtures.timedTranscodeJob(Instant.now())
                    .templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID).build()).jobId()).hasSize(32);
            assertThat(ice.submitLiveRecordJob(Fixtures.recordJob().templateId(IceMockServer.LIVE_RECORD_TEMPLATE_ID)
                    .build()).jobId()).hasSize(32);
            assertThat(ice.submitLiveSnapshotJob(Fixtures.snapshotJob().templateId(IceMockServer.LIVE_SNAPSHOT_TEMPLATE_ID)
                    .build()).jobId()).hasSize(32);
            SubmitMediaConvertJobResponse mc = ice.submitMediaConvertJob(Fixtures.convertJob().build());
            assertThat(mc.job().state()).isEqualTo(MediaConvertJobState.INITED);
            assertThat(mc.job().clientToken()).isEqualTo("86f8e525-9d73-4dac-88aa-7aa4e950c00a");
        }
        assertThat(s.journal()).extracting(RecordedCall::errorCode).containsOnlyNulls();
        assertThat(s.journal()).extracting(RecordedCall::signatureVersion).containsOnly(v.name());
        assertThat(s.liveTranscodeTemplate(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID))
                .contains("\"Name\":\"模板1130-2\"").contains("\"Codec\":\"H.264\"");
    }

    @Test
    void theEmulatorsErrorsArriveTyped() {
        try (IceClient ice = client(SignatureVersion.V3)) {
            ImsServiceException e = catchThrowableOfType(ImsServiceException.class,
                    () -> ice.submitLiveTranscodeJob(Fixtures.transcodeJob().templateId("no-such").build()));
            assertThat(e.errorCode()).isEqualTo("TemplateNotFound");
            assertThat(e.statusCode()).isEqualTo(404);
            assertThat(e.requestId()).isNotBlank();
        }
    }

    @Test
    void aSubmitWhoseAnswerIsLostIsRetriedAndStillMakesOneJob() {
        IceMockServer s = emulator.server();
        s.inject(Fault.dropConnection().forAction("SubmitMediaConvertJob"));
        try (IceClient ice = client(SignatureVersion.V3)) {
            SubmitMediaConvertJobRequest r = Fixtures.convertJob().clientToken(null).build();
            SubmitMediaConvertJobResponse resp = ice.submitMediaConvertJob(r);
            assertThat(s.calls("SubmitMediaConvertJob")).hasSize(2)
                    .extracting(c -> c.param("ClientToken")).containsOnly(resp.job().clientToken());
            assertThat(s.mediaConvertJobState(resp.job().jobId())).isEqualTo("Inited");
        }
    }

    @Test
    void aLiveSubmitWhoseAnswerIsLostIsNotRepeated() {
        IceMockServer s = emulator.server();
        s.inject(Fault.dropConnection().forAction("SubmitLiveTranscodeJob"));
        try (IceClient ice = client(SignatureVersion.V3)) {
            ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> ice.submitLiveTranscodeJob(
                    Fixtures.transcodeJob().templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID).build()));
            assertThat(e.attempts()).isEqualTo(1);
        }
        assertThat(s.calls("SubmitLiveTranscodeJob")).hasSize(1);
    }

    @Test
    void throttlingFromTheEmulatorIsRetried() {
        IceMockServer s = emulator.server();
        s.inject(Fault.throttling().forAction("UpdateLiveTranscodeTemplate").times(2));
        try (IceClient ice = client(SignatureVersion.V1)) {
            ice.updateLiveTranscodeTemplate(b -> b.templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID)
                    .templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H265))));
        }
        assertThat(s.calls("UpdateLiveTranscodeTemplate")).hasSize(3);
    }

    @Test
    void aMediaConvertJobRunsToItsEndOnTheVirtualClock() {
        IceMockServer s = emulator.server();
        try (IceClient ice = client(SignatureVersion.V3)) {
            String ok = ice.submitMediaConvertJob(Fixtures.convertJob().clientToken(null).build()).job().jobId();
            s.markBadInput("oss://bucket/broken.mp4");
            String bad = ice.submitMediaConvertJob(Fixtures.convertJob().clientToken(null)
                    .config(Fixtures.convertConfig().inputs(i -> i.name("InputVideo")
                            .inputFile(f -> f.type("OSS").media("oss://bucket/broken.mp4"))).build()).build()).job().jobId();
            s.clock().advance(Duration.ofMinutes(5));
            assertThat(s.mediaConvertJobState(ok)).isEqualTo("Success");
            assertThat(s.mediaConvertJobState(bad)).isEqualTo("Failed");
        }
    }

    @Test
    void theSameStartModeArrivesAsTheEmulatorExpects() {
        IceMockServer s = emulator.server();
        try (IceClient ice = client(SignatureVersion.V3)) {
            ice.submitLiveTranscodeJob(Fixtures.transcodeJob().startMode(StartMode.IMMEDIATE)
                    .templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID).build());
        }
        assertThat(s.lastCall().param("StartMode")).isEqualTo("0");
    }
}
