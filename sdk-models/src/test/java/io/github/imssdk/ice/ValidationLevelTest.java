package io.github.imssdk.ice;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.exception.ValidationException;
import io.github.imssdk.core.testsupport.Wire;
import io.github.imssdk.ice.internal.ResponseUnmarshaller;
import io.github.imssdk.ice.model.DeleteLiveRecordFilesRequest;
import io.github.imssdk.ice.model.GetLiveTranscodeTemplateResponse;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveRecordJobRequest;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import io.github.imssdk.ice.model.TranscodeTemplateConfig;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateRequest;
import io.github.imssdk.ice.model.ValidationLevel;
import io.github.imssdk.ice.model.VideoCodec;
import io.github.imssdk.testing.IceMockServer;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The way around validation: a level per client and per request, and parameters the SDK does not model. */
class ValidationLevelTest {
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

    private IceClient client(ValidationLevel level) {
        return IceClient.builder().endpointOverride(server.url("/").uri()).validation(level)
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
    }

    private void answerOk() {
        server.enqueue(new MockResponse.Builder().body("{\"RequestId\":\"r\"}").build());
    }

    @Test
    void withNothingCheckedARequestWithEveryLimitBrokenIsSentAsGiven() throws Exception {
        answerOk();
        try (IceClient ice = client(ValidationLevel.NONE)) {
            ice.updateLiveTranscodeTemplate(b -> b  // no TemplateId, every number out of range, an unknown codec
                    .templateConfig(c -> c.videoParams(v -> v.width(100).height(3000).fps(75).bitrate(0).gop(5000)
                            .codec("AV1"))));
        }
        RecordedRequest sent = server.takeRequest();
        Map<String, String> q = Wire.query(sent);
        assertThat(q).doesNotContainKey("TemplateId");
        assertThat(q.get("TemplateConfig")).isEqualTo(
                "{\"VideoParams\":{\"Codec\":\"AV1\",\"Width\":\"100\",\"Height\":\"3000\",\"Fps\":\"75\",\"Bitrate\":\"0\",\"Gop\":\"5000\"}}");
        Wire.assertV3Signature(sent, "secret");
    }

    @Test
    void withNothingCheckedTheSevenDayWindowIsNotCheckedAtSendEither() throws Exception {
        answerOk();
        Instant farAway = Instant.now().plus(Duration.ofDays(30));
        try (IceClient ice = client(ValidationLevel.NONE)) {
            ice.submitLiveTranscodeJob(b -> b.name("n").templateId("t").startMode(StartMode.TIMED)
                    .streamInput(s -> s.inputUrl("rtmp://example.com/a/s")).transcodeOutput(o -> o.domainName("d"))
                    .timedConfig(t -> t.startTime(farAway)));
        }
        assertThat(Wire.query(server.takeRequest()).get("TimedConfig")).contains("StartTime");
        // a default client checks it just before sending, by its own clock, and sends nothing
        SubmitLiveTranscodeJobRequest r = Fixtures.transcodeJob().startMode(StartMode.TIMED)
                .timedConfig(t -> t.startTime(Instant.now().plus(Duration.ofDays(5)))).build();
        try (IceClient ice = IceClient.builder().endpointOverride(server.url("/").uri())
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofDays(-3)))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build()) {
            ValidationException e = catchThrowableOfType(ValidationException.class, () -> ice.submitLiveTranscodeJob(r));
            assertThat(e.violations()).extracting(ValidationException.Violation::field).containsExactly("timedConfig.startTime");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRequestsOwnLevelWinsOverTheClients() throws Exception {
        UpdateLiveTranscodeTemplateRequest r = UpdateLiveTranscodeTemplateRequest.builder().validation(ValidationLevel.NONE)
                .templateConfig(c -> c.videoParams(v -> v.fps(75))).build(); // no exception at build()
        answerOk();
        try (IceClient ice = client(ValidationLevel.DOCUMENTED)) {
            ice.updateLiveTranscodeTemplate(r);
        }
        assertThat(Wire.query(server.takeRequest()).get("TemplateConfig")).contains("\"Fps\":\"75\"");
        // and a stricter request on a lenient client
        try (IceClient ice = client(ValidationLevel.NONE)) {
            assertThatThrownBy(() -> ice.updateLiveTranscodeTemplate(b -> b.validation(ValidationLevel.DOCUMENTED)
                    .templateId("t").templateConfig(c -> c.videoParams(v -> v.fps(75)))))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("fps");
        }
    }

    @Test
    void requiredOnlyChecksWhatARequestCannotWorkWithoutAndSendsAValueTheSdkDoesNotKnow() throws Exception {
        // a template as the service returns it, with a codec and a width this SDK version does not allow
        GetLiveTranscodeTemplateResponse answer = ResponseUnmarshaller.getLiveTranscodeTemplateResponse(Json.parse(
                "{\"RequestId\":\"r\",\"TemplateContent\":{\"TemplateId\":\"t\",\"TemplateConfig\":"
                        + "{\"VideoParams\":{\"Codec\":\"AV1\",\"Width\":\"4096\"}}}}"));
        TranscodeTemplateConfig fromTheService = answer.templateContent().toBuilder().build().templateConfig();
        ValidationException strict = catchThrowableOfType(ValidationException.class, () -> UpdateLiveTranscodeTemplateRequest
                .builder().templateId("t").templateConfig(fromTheService).build());
        assertThat(strict.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("templateConfig.videoParams.codec", "templateConfig.videoParams.width");
        assertThat(strict.violations().get(0).rule()).contains("must be one of [H.264, H.265]")
                .contains("validation(REQUIRED_ONLY)");

        UpdateLiveTranscodeTemplateRequest lenient = UpdateLiveTranscodeTemplateRequest.builder().templateId("t")
                .templateConfig(fromTheService).validation(ValidationLevel.REQUIRED_ONLY).build();
        assertThat(lenient.templateConfig().videoParams().codecAsString()).isEqualTo("AV1");
        ValidationException missing = catchThrowableOfType(ValidationException.class, () -> UpdateLiveTranscodeTemplateRequest
                .builder().templateConfig(fromTheService).validation(ValidationLevel.REQUIRED_ONLY).build());
        assertThat(missing.violations()).extracting(ValidationException.Violation::field).containsExactly("templateId");
    }

    @Test
    void anUnknownEnumConstantPassedToASetterIsRefusedNotDropped() {
        ValidationException e = catchThrowableOfType(ValidationException.class, () -> UpdateLiveTranscodeTemplateRequest
                .builder().templateId("t").templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.UNKNOWN_TO_SDK_VERSION)))
                .build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("templateConfig.videoParams.codec");
            assertThat(v.value()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
        });
    }

    @Test
    void anAdditionalParameterIsOnTheWireAndInTheSignatureVerifiedByTheEmulator() {
        try (IceMockServer mock = IceMockServer.builder().start();
             IceClient ice = IceClient.builder().endpointOverride(mock.endpoint())
                     .credentialsProvider(mock.credentialsProvider()).build()) {
            ice.listLiveTranscodeTemplates(b -> b.additionalParameter("NewThing", "x y/z"));
            assertThat(mock.lastCall().status()).isEqualTo(200); // the emulator checked the signature over it
            assertThat(mock.lastCall().queryParams()).containsEntry("NewThing", "x y/z");

            SubmitLiveRecordJobRequest record = Fixtures.recordJob().templateId(IceMockServer.LIVE_RECORD_TEMPLATE_ID)
                    .additionalParameter("NewThing", "form").build();
            ice.submitLiveRecordJob(record);
            assertThat(mock.lastCall().status()).isEqualTo(200);
            assertThat(mock.lastCall().formParams()).containsEntry("NewThing", "form"); // where this operation's go
        }
    }

    @Test
    void anAdditionalParameterMayNotTakeAModelledOrAProtocolName() {
        assertThatThrownBy(() -> SubmitLiveTranscodeJobRequest.builder().additionalParameter("TemplateId", "t"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("TemplateId");
        assertThatThrownBy(() -> SubmitLiveTranscodeJobRequest.builder().additionalParameter("signature", "s"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("protocol");
        assertThatThrownBy(() -> DeleteLiveRecordFilesRequest.builder().additionalParameter("RecordIds.3", "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RecordIds.N");
        assertThatThrownBy(() -> SubmitLiveTranscodeJobRequest.builder().additionalParameter("", "v"))
                .isInstanceOf(IllegalArgumentException.class);
        // equal requests carry equal additional parameters, and toBuilder keeps them
        SubmitLiveTranscodeJobRequest r = Fixtures.transcodeJob().additionalParameter("NewThing", "x").build();
        assertThat(r.toBuilder().build()).isEqualTo(r).isNotEqualTo(Fixtures.transcodeJob().build());
        assertThat(r.toString()).contains("NewThing=x");
    }
}
