package io.github.imssdk.testing;

import io.github.imssdk.core.internal.CoreAccess;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.RpcResponse;
import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.Elapsed;
import io.github.imssdk.core.testsupport.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The emulator driven by a raw RpcClient, as any client would drive it. */
class IceMockServerTest {
    static final String CONFIG = "{\"Inputs\":[{\"Name\":\"in\",\"InputFile\":{\"Type\":\"OSS\",\"Media\":\"oss://b/in.mp4\"}}],"
            + "\"OutputGroups\":[{\"Name\":\"g\",\"GroupConfig\":{\"Type\":\"File\",\"OutputFileBase\":{\"Type\":\"OSS\","
            + "\"Media\":\"oss://b/out/\"}},\"Outputs\":[{\"Name\":\"720p\",\"OutputFileName\":\"720p.mp4\",\"TemplateId\":\"S00000001-200030\"}]}]}";

    IceMockServer server;
    RpcClient rpc;

    @BeforeEach
    void start() {
        server = IceMockServer.builder().start();
        rpc = client(SignatureVersion.V3).build();
    }

    @AfterEach
    void stop() {
        rpc.close();
        server.close();
    }

    RpcClient.Builder client(SignatureVersion v) {
        return RpcClient.builder().product("ice").endpointOverride(server.endpoint())
                .credentialsProvider(server.credentialsProvider()).signatureVersion(v)
                .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).build());
    }

    static RpcRequest.Builder ice(String action) {
        return RpcRequest.builder().action(action).version("2020-11-09");
    }

    static RpcRequest.Builder transcodeJob() {
        return ice("SubmitLiveTranscodeJob").queryParam("Name", "n")
                .queryParam("TemplateId", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID).queryParam("StartMode", "0")
                .queryParam("StreamInput", "{\"Type\":\"rtmp\",\"InputUrl\":\"rtmp://d/app/s\"}")
                .queryParam("TranscodeOutput", "{\"Type\":\"LiveCenter\",\"DomainName\":\"d\"}");
    }

    static RpcRequest.Builder convertJob(String token) {
        return ice("SubmitMediaConvertJob").queryParam("ClientToken", token).queryParam("Config", CONFIG).idempotent(true);
    }

    ImsServiceException failure(RpcClient c, RpcRequest r) {
        return catchThrowableOfType(ImsServiceException.class, () -> c.call(r));
    }

    @Test
    void announcesEachEndedMediaConvertJobOnceWithTheDocumentedSignature() throws Exception {
        try (mockwebserver3.MockWebServer receiver = new mockwebserver3.MockWebServer()) {
            receiver.start();
            String url = receiver.url("/ims/events").toString();
            server.eventCallback(url, "Test123");
            JsonNode submitted = CoreAccess.json(rpc.call(convertJob("cb-1").queryParam("UserData", "{\"videoId\":\"v1\"}").build()));
            String jobId = submitted.path("Job").path("JobId").asText();
            assertThat(server.deliverEvents()).as("nothing ended yet").isZero();

            server.clock().advance(Duration.ofMinutes(1));
            receiver.enqueue(new mockwebserver3.MockResponse.Builder().code(503).build()); // the receiver is down once
            assertThat(server.deliverEvents()).isZero();
            receiver.enqueue(new mockwebserver3.MockResponse.Builder().code(200).build());
            assertThat(server.deliverEvents()).as("sent again").isEqualTo(1);
            assertThat(server.deliverEvents()).as("once accepted, never again").isZero();

            receiver.takeRequest();
            mockwebserver3.RecordedRequest r = receiver.takeRequest();
            assertThat(r.getMethod()).isEqualTo("POST");
            String ts = r.getHeaders().get("X-ICE-TIMESTAMP");
            assertThat(Long.parseLong(ts)).isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(600L));
            // the callback-authentication page: MD5 hex of CallbackURL|X-ICE-TIMESTAMP|AuthKey
            byte[] md5 = java.security.MessageDigest.getInstance("MD5")
                    .digest((url + "|" + ts + "|Test123").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : md5) {
                hex.append(String.format("%02x", b));
            }
            assertThat(r.getHeaders().get("X-ICE-SIGNATURE")).isEqualTo(hex.toString());
            JsonNode event = io.github.imssdk.core.internal.Json.parse(r.getBody().utf8());
            assertThat(event.path("EventType").asText()).isEqualTo("MediaConvertComplete");
            assertThat(event.path("UserId").isIntegralNumber()).isTrue();
            assertThat(event.path("MessageBody").path("JobId").asText()).isEqualTo(jobId);
            assertThat(event.path("MessageBody").path("State").asText()).isEqualTo("Success");
            assertThat(event.path("MessageBody").path("UserData").asText()).isEqualTo("{\"videoId\":\"v1\"}");
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void acceptsBothSignatureVersions(SignatureVersion v) {
        try (RpcClient c = client(v).build()) {
            RpcResponse r = c.call(transcodeJob().build());
            assertThat(CoreAccess.json(r).get("JobId").asText()).hasSize(32);
            assertThat(r.requestId()).isNotBlank();
        }
        RecordedCall call = server.lastCall();
        assertThat(call.action()).isEqualTo("SubmitLiveTranscodeJob");
        assertThat(call.signatureVersion()).isEqualTo(v.name());
        assertThat(call.accessKeyId()).isEqualTo(IceMockServer.ACCESS_KEY_ID);
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.param("Name")).isEqualTo("n");
        if (v == SignatureVersion.V1) {
            assertThat(call.queryParams().get("Signature")).isEqualTo("***");
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void rejectsAWrongSecret(SignatureVersion v) {
        try (RpcClient c = client(v).credentialsProvider(
                StaticCredentialsProvider.create(IceMockServer.ACCESS_KEY_ID, "not-the-secret")).build()) {
            ImsServiceException e = failure(c, transcodeJob().build());
            assertThat(e.errorCode()).isEqualTo("SignatureDoesNotMatch");
            assertThat(e.statusCode()).isEqualTo(400);
        }
        assertThat(server.lastCall().errorCode()).isEqualTo("SignatureDoesNotMatch");
    }

    @Test
    void flowControlPerActionAnswersThrottlingApiUnprocessed() {
        try (IceMockServer limited = IceMockServer.builder().qpsLimit("GetLiveTranscodeTemplate", 2).start();
             RpcClient c = RpcClient.builder().product("ice").endpointOverride(limited.endpoint())
                     .credentialsProvider(limited.credentialsProvider()).retryPolicy(RetryPolicy.none()).build()) {
            int throttled = 0;
            // 20 calls would have to spread over ten seconds to stay under 2 a second
            for (int i = 0; i < 20; i++) {
                try {
                    c.call(ice("GetLiveTranscodeTemplate").queryParam("TemplateId", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID)
                            .build());
                } catch (ImsServiceException e) {
                    assertThat(e.errorCode()).isEqualTo("Throttling.Api");
                    assertThat(e.isThrottling()).isTrue();
                    throttled++;
                }
            }
            assertThat(throttled).isPositive();
            assertThat(limited.calls("GetLiveTranscodeTemplate")).filteredOn(r -> r.status() == 400).hasSize(throttled);
            // other actions are not limited
            for (int i = 0; i < 5; i++) {
                c.call(ice("ListLiveTranscodeTemplates").build());
            }
        }
    }

    @Test
    void rejectsAnUnknownAccessKey() {
        try (RpcClient c = client(SignatureVersion.V1).credentialsProvider(
                StaticCredentialsProvider.create("LTAIunknown", "x")).build()) {
            assertThat(failure(c, transcodeJob().build()).errorCode()).isEqualTo("InvalidAccessKeyId.NotFound");
        }
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void rejectsAReplayedNonce(SignatureVersion v) {
        try (RpcClient c = client(v).nonceSupplier(() -> "the-same-nonce-every-time").build()) {
            c.call(transcodeJob().build());
            ImsServiceException e = failure(c, transcodeJob().build());
            assertThat(e.errorCode()).isEqualTo("SignatureNonceUsed");
        }
        assertThat(server.calls("SubmitLiveTranscodeJob")).extracting(RecordedCall::status).containsExactly(200, 400);
    }

    @ParameterizedTest
    @EnumSource(SignatureVersion.class)
    void rejectsATimestampTwentyMinutesOldAndTheClientCorrectsItsClockOnce(SignatureVersion v) {
        Clock late = Clock.fixed(Instant.now().minus(Duration.ofMinutes(20)), ZoneOffset.UTC);
        try (LogCapture logs = LogCapture.sdk(); RpcClient c = client(v).clock(late).build()) {
            RpcResponse r = c.call(transcodeJob().build());
            assertThat(r.attempts()).isEqualTo(2);
            assertThat(c.clockOffsetMillis()).isBetween(Duration.ofMinutes(19).toMillis(), Duration.ofMinutes(21).toMillis());
            c.call(transcodeJob().build()); // the correction sticks: accepted at once
            assertThat(logs.warnings()).singleElement().asString()
                    .contains("the service rejected the request time").contains("Correcting and retrying once");
        }
        assertThat(server.calls("SubmitLiveTranscodeJob")).extracting(RecordedCall::errorCode)
                .containsExactly("InvalidTimeStamp.Expired", null, null);
        Clock slightlyOff = Clock.fixed(Instant.now().minus(Duration.ofMinutes(14)), ZoneOffset.UTC);
        try (RpcClient c = client(v).clock(slightlyOff).build()) {
            assertThat(c.call(transcodeJob().build()).attempts()).isEqualTo(1);
        }
    }

    @Test
    void aClockThatStaysWrongIsReportedAfterOneCorrection() {
        // The emulator's own clock moves 20 minutes every call, so the correction never holds.
        java.util.concurrent.atomic.AtomicLong shift = new java.util.concurrent.atomic.AtomicLong();
        Clock drifting = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(Duration.ofMinutes(20 * shift.incrementAndGet()));
            }
        };
        try (LogCapture logs = LogCapture.sdk(); IceMockServer s = IceMockServer.builder().requestClock(drifting).start();
             RpcClient c = RpcClient.builder().product("ice").endpointOverride(s.endpoint())
                     .credentialsProvider(s.credentialsProvider()).build()) {
            ImsServiceException e = failure(c, transcodeJob().build());
            assertThat(e.errorCode()).isEqualTo("InvalidTimeStamp.Expired");
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(logs.warnings()).singleElement().asString().contains("the local clock is off by");
        }
    }

    @Test
    void rejectsAMissingRequiredParameterSentByARawCall() {
        ImsServiceException e = failure(rpc, ice("SubmitLiveTranscodeJob").queryParam("Name", "n").queryParam("StartMode", "0")
                .queryParam("StreamInput", "{\"Type\":\"rtmp\",\"InputUrl\":\"rtmp://d/a/s\"}")
                .queryParam("TranscodeOutput", "{\"Type\":\"LiveCenter\"}").build());
        assertThat(e.errorCode()).isEqualTo("MissingParameter");
        assertThat(e.errorMessage()).contains("\"TemplateId\"");
        assertThat(failure(rpc, ice("SubmitLiveSnapshotJob").formParam("JobName", "j")
                .formParam("TemplateId", IceMockServer.LIVE_SNAPSHOT_TEMPLATE_ID)
                .formParam("StreamInput", "{\"Type\":\"rtmp\"}")
                .formParam("SnapshotOutput", "{\"StorageType\":\"oss\",\"Endpoint\":\"e\",\"Bucket\":\"b\"}").build())
                .errorMessage()).contains("StreamInput.Url");
        assertThat(failure(rpc, transcodeJob().queryParam("StartMode", "1").build()).errorMessage()).contains("TimedConfig");
    }

    @Test
    void rejectsValuesOutsideTheDocumentedSets() {
        assertThat(failure(rpc, transcodeJob().queryParam("StartMode", "2").build()).errorCode()).isEqualTo("InvalidParameter");
        assertThat(failure(rpc, transcodeJob().queryParam("StreamInput", "{\"Type\":\"rtsp\",\"InputUrl\":\"x\"}").build())
                .errorMessage()).contains("StreamInput.Type");
        assertThat(failure(rpc, ice("UpdateLiveTranscodeTemplate").queryParam("TemplateId", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID)
                .queryParam("TemplateConfig", "{\"VideoParams\":{\"Codec\":\"VP9\"}}").build()).errorCode())
                .isEqualTo("InvalidParameter");
        assertThat(failure(rpc, ice("NoSuchAction").build()).errorCode()).isEqualTo("InvalidAction.NotFound");
    }

    @Test
    void rejectsAnUnknownTemplateId() {
        ImsServiceException e = failure(rpc, transcodeJob().queryParam("TemplateId", "no-such-template").build());
        assertThat(e.errorCode()).isEqualTo("TemplateNotFound");
        assertThat(e.statusCode()).isEqualTo(404);
        assertThat(failure(rpc, ice("UpdateLiveTranscodeTemplate").queryParam("TemplateId", "nope").build()).errorCode())
                .isEqualTo("TemplateNotFound");
    }

    @Test
    void aTemplateUsedByARunningJobCannotBeUpdated() {
        rpc.call(transcodeJob().build());
        assertThat(failure(rpc, ice("UpdateLiveTranscodeTemplate").queryParam("TemplateId", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID)
                .queryParam("Name", "x").build()).errorCode()).isEqualTo("InvalidParam.TemplateIdInuse");
        server.addLiveTranscodeTemplate("t2", "second");
        rpc.call(ice("UpdateLiveTranscodeTemplate").queryParam("TemplateId", "t2").queryParam("Name", "renamed")
                .queryParam("TemplateConfig", "{\"VideoParams\":{\"Fps\":\"25\"}}").build());
        assertThat(server.liveTranscodeTemplate("t2")).contains("\"Name\":\"renamed\"").contains("\"Fps\":\"25\"");
    }

    @Test
    void honoursTheClientToken() {
        JsonNode first = CoreAccess.json(rpc.call(convertJob("tok-1").build()));
        JsonNode again = CoreAccess.json(rpc.call(convertJob("tok-1").build()));
        assertThat(again.path("Job").path("JobId").asText()).isEqualTo(first.path("Job").path("JobId").asText());
        assertThat(again.path("Job").path("ClientToken").asText()).isEqualTo("tok-1");
        ImsServiceException e = failure(rpc, convertJob("tok-1").queryParam("UserData", "{\"other\":1}").build());
        assertThat(e.errorCode()).isEqualTo("IdempotentParameterMismatch");
        JsonNode other = CoreAccess.json(rpc.call(convertJob("tok-2").build()));
        assertThat(other.path("Job").path("JobId").asText()).isNotEqualTo(first.path("Job").path("JobId").asText());
    }

    @Test
    void aMediaConvertJobReachesSuccessAsTheVirtualClockAdvances() {
        String id = CoreAccess.json(rpc.call(convertJob("t").build())).path("Job").path("JobId").asText();
        assertThat(server.mediaConvertJobState(id)).isEqualTo("Inited");
        server.clock().advance(Duration.ofSeconds(1));
        assertThat(server.mediaConvertJobState(id)).isEqualTo("Running");
        server.clock().advance(Duration.ofSeconds(5));
        JsonNode running = CoreAccess.json(rpc.call(ice("GetMediaConvertJob").queryParam("JobId", id).build())).path("Job");
        assertThat(running.path("State").asText()).isEqualTo("Running");
        assertThat(running.path("Percent").asInt()).isEqualTo(50);
        server.clock().advance(Duration.ofSeconds(5));
        JsonNode done = CoreAccess.json(rpc.call(ice("GetMediaConvertJob").queryParam("JobId", id).build())).path("Job");
        assertThat(done.path("State").asText()).isEqualTo("Success");
        assertThat(done.path("Percent").asInt()).isEqualTo(100);
        assertThat(done.path("FinishTime").asText()).isNotEmpty();
        JsonNode output = done.path("OutputGroupDetails").get(0).path("Outputs").get(0);
        assertThat(output.path("Status").asText()).isEqualTo("Success");
        assertThat(output.path("Result").path("OutputFile").path("Media").asText()).isEqualTo("oss://b/out/720p.mp4");
    }

    @Test
    void aMediaConvertJobWithABadInputFails() {
        server.markBadInput("oss://b/in.mp4");
        String id = CoreAccess.json(rpc.call(convertJob("t").build())).path("Job").path("JobId").asText();
        server.clock().advance(Duration.ofMinutes(1));
        JsonNode job = CoreAccess.json(rpc.call(ice("GetMediaConvertJob").queryParam("JobId", id).build())).path("Job");
        assertThat(job.path("State").asText()).isEqualTo("Failed");
        assertThat(job.path("Code").asText()).isEqualTo("InvalidParameter.ResourceContentBad");
        assertThat(failure(rpc, ice("GetMediaConvertJob").queryParam("JobId", "nope").build()).errorCode())
                .isEqualTo("JobNotFound");
    }

    @Test
    void injectsThrottlingThatTheClientRetries() {
        server.inject(Fault.throttling().forAction("SubmitLiveTranscodeJob").times(2));
        RpcResponse r = rpc.call(transcodeJob().build());
        assertThat(r.attempts()).isEqualTo(3);
        assertThat(server.calls("SubmitLiveTranscodeJob")).extracting(RecordedCall::errorCode)
                .containsExactly("Throttling.User", "Throttling.User", null);
    }

    @Test
    void injectsServerErrorsHtmlPagesAndRetryAfter() {
        try (RpcClient once = client(SignatureVersion.V3).retryPolicy(RetryPolicy.none()).build()) {
            server.inject(Fault.serverError(503).forAction("SubmitLiveTranscodeJob"));
            assertThat(failure(once, transcodeJob().build()).errorCode()).isEqualTo("ServiceUnavailable");
            server.inject(Fault.htmlPage(502));
            ImsServiceException html = failure(once, transcodeJob().build());
            assertThat(html.statusCode()).isEqualTo(502);
            assertThat(html.errorCode()).isNull();
            assertThat(html.errorMessage()).contains("502 Bad Gateway");
            server.inject(Fault.throttling().retryAfter(250));
            ImsServiceException t = failure(once, transcodeJob().build());
            assertThat(t.retryAfter()).isEqualTo("250");
            assertThat(once.call(transcodeJob().build()).statusCode()).isEqualTo(200); // faults are used up
        }
    }

    @Test
    void aDroppedConnectionHappensAfterTheJobWasCreated() {
        server.inject(Fault.dropConnection().forAction("SubmitLiveTranscodeJob"));
        ImsClientException e = catchThrowableOfType(ImsClientException.class, () -> rpc.call(transcodeJob().build()));
        assertThat(e.attempts()).isEqualTo(1); // not idempotent: never sent twice
        assertThat(e.getMessage()).contains("may have reached the service");
        assertThat(server.calls("SubmitLiveTranscodeJob")).singleElement()
                .satisfies(c -> assertThat(c.status()).isZero());
    }

    @Test
    void callsTheListenersOfAnActionAfterEachOfItsCalls() {
        List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.onCall("SubmitLiveTranscodeJob", c -> heard.add(c.action() + " " + c.status()));
        server.onCall("GetLiveTranscodeJob", c -> heard.add("never"));
        rpc.call(transcodeJob().build());
        rpc.call(transcodeJob().build());
        assertThat(heard).containsExactly("SubmitLiveTranscodeJob 200", "SubmitLiveTranscodeJob 200");
    }

    @Test
    void injectsDelays() {
        server.inject(Fault.delay(Duration.ofMillis(300)));
        Elapsed clock = Elapsed.start();
        rpc.call(transcodeJob().build());
        clock.assertAtLeast(Duration.ofMillis(300)); // the delay injected: the server waited before answering
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    @ExtendWith(IceMockServerExtension.class)
    void worksAsAJUnitExtension(IceMockServer injected) {
        assertThat(injected).isNotSameAs(server);
        try (RpcClient c = RpcClient.builder().product("ice").endpointOverride(injected.endpoint())
                .credentialsProvider(injected.credentialsProvider()).build()) {
            c.call(transcodeJob().build());
        }
        assertThat(injected.journal()).hasSize(1);
    }
}
