package io.github.imssdk.ice;

import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.ice.callback.CallbackVerifier;
import io.github.imssdk.ice.callback.IceEvent;
import io.github.imssdk.ice.callback.IceEvents;
import io.github.imssdk.ice.callback.MediaConvertCompleteEvent;
import io.github.imssdk.ice.callback.MediaConvertOutputCompleteEvent;
import io.github.imssdk.ice.callback.MediaConvertOutputGroupCompleteEvent;
import io.github.imssdk.ice.model.MediaConvertJobState;
import io.github.imssdk.ice.model.MediaConvertTaskStatus;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Callback authentication (MD5 of url|timestamp|key) and event parsing. */
class CallbackTest {
    static final String URL = "https://example.com/ims/callback";
    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final String TS = Long.toString(NOW.getEpochSecond());

    /** The signature computed independently of the SDK, from the documented formula. */
    static String md5(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        return String.format("%032x", new BigInteger(1, d));
    }

    CallbackVerifier verifier(String key) {
        return CallbackVerifier.builder(key).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @Test
    void acceptsAValidSignature() throws Exception {
        String sig = md5(URL + "|" + TS + "|Test123");
        assertThat(verifier("Test123").verify(URL, TS, sig)).isEqualTo(CallbackVerifier.Result.VALID);
        assertThat(verifier("Test123").isValid(URL, TS, sig.toUpperCase())).isTrue();
        assertThat(verifier("Test123").sign(URL, TS)).isEqualTo(sig);
    }

    @Test
    void rejectsATamperedUrlTimestampKeyOrSignature() throws Exception {
        String sig = md5(URL + "|" + TS + "|Test123");
        assertThat(verifier("Test123").verify(URL + "?x=1", TS, sig)).isEqualTo(CallbackVerifier.Result.BAD_SIGNATURE);
        assertThat(verifier("Test123").verify(URL, Long.toString(NOW.getEpochSecond() - 1), sig))
                .isEqualTo(CallbackVerifier.Result.BAD_SIGNATURE);
        assertThat(verifier("Test124").verify(URL, TS, sig)).isEqualTo(CallbackVerifier.Result.BAD_SIGNATURE);
        assertThat(verifier("Test123").verify(URL, TS, sig.substring(1) + "0")).isEqualTo(CallbackVerifier.Result.BAD_SIGNATURE);
        assertThat(verifier("Test123").verify(URL, TS, "")).isEqualTo(CallbackVerifier.Result.BAD_SIGNATURE);
        assertThat(verifier("Test123").verify(URL, "yesterday", sig)).isEqualTo(CallbackVerifier.Result.MALFORMED);
        assertThat(verifier("Test123").verify(URL, TS, null)).isEqualTo(CallbackVerifier.Result.MALFORMED);
    }

    @Test
    void rejectsAStaleTimestamp() throws Exception {
        String old = Long.toString(NOW.minus(Duration.ofMinutes(6)).getEpochSecond());
        assertThat(verifier("Test123").verify(URL, old, md5(URL + "|" + old + "|Test123")))
                .isEqualTo(CallbackVerifier.Result.STALE);
        String future = Long.toString(NOW.plus(Duration.ofMinutes(6)).getEpochSecond());
        assertThat(verifier("Test123").verify(URL, future, md5(URL + "|" + future + "|Test123")))
                .isEqualTo(CallbackVerifier.Result.STALE);
        String edge = Long.toString(NOW.minus(Duration.ofMinutes(5)).getEpochSecond());
        assertThat(verifier("Test123").verify(URL, edge, md5(URL + "|" + edge + "|Test123")))
                .isEqualTo(CallbackVerifier.Result.VALID);
    }

    @Test
    void rejectsMalformedKeysAndKeepsTheKeyOutOfToString() {
        assertThatThrownBy(() -> CallbackVerifier.builder("has space")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CallbackVerifier.builder("k".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThat(verifier("Secret99").toString()).doesNotContain("Secret99");
    }

    @Test
    void parsesTheMediaConvertEvents() {
        IceEvent e = IceEvents.parse("{\"EventType\":\"MediaConvertComplete\",\"UserId\":1234567890,"
                + "\"EventTime\":\"2026-11-23T08:00:00Z\",\"MessageBody\":{\"JobId\":\"j1\",\"State\":\"Success\","
                + "\"UserData\":\"{\\\"videoId\\\":\\\"abcd\\\"}\",\"OutputGroupDetails\":[{\"Name\":\"hls\",\"Status\":\"Success\"}]}}");
        assertThat(e).isInstanceOf(MediaConvertCompleteEvent.class);
        assertThat(e.userId()).isEqualTo(1234567890L);
        assertThat(e.eventTime()).isEqualTo(NOW);
        MediaConvertCompleteEvent c = (MediaConvertCompleteEvent) e;
        assertThat(c.job().jobId()).isEqualTo("j1");
        assertThat(c.job().state()).isEqualTo(MediaConvertJobState.SUCCESS);
        assertThat(c.job().userData()).isEqualTo("{\"videoId\":\"abcd\"}");
        assertThat(c.job().outputGroupDetails().get(0).name()).isEqualTo("hls");

        IceEvent g = IceEvents.parse("{\"EventType\":\"MediaConvertOutputGroupComplete\",\"UserId\":\"1\","
                + "\"EventTime\":\"2026-11-23T08:00:00Z\",\"MessageBody\":\"{\\\"JobId\\\":\\\"j1\\\","
                + "\\\"OutputGroupDetail\\\":{\\\"Name\\\":\\\"hls\\\",\\\"Status\\\":\\\"Failed\\\"}}\"}");
        assertThat(g).isInstanceOfSatisfying(MediaConvertOutputGroupCompleteEvent.class, x -> {
            assertThat(x.jobId()).isEqualTo("j1");
            assertThat(x.outputGroup().status()).isEqualTo(MediaConvertTaskStatus.FAILED);
        });
        IceEvent o = IceEvents.parse("{\"EventType\":\"MediaConvertOutputComplete\",\"MessageBody\":{\"JobId\":\"j1\","
                + "\"Name\":\"720p\",\"Status\":\"Success\",\"Result\":{\"OutputFile\":{\"Type\":\"OSS\",\"Media\":\"oss://b/o.mp4\"}}}}");
        assertThat(o).isInstanceOfSatisfying(MediaConvertOutputCompleteEvent.class, x -> {
            assertThat(x.output().name()).isEqualTo("720p");
            assertThat(x.output().result().outputFile().media()).isEqualTo("oss://b/o.mp4");
        });
    }

    @Test
    void keepsUnknownEventsAsRawJson() throws Exception {
        String json = "{\"EventType\":\"FileUploadComplete\",\"UserId\":1,\"EventTime\":\"2026-11-23T08:00:00Z\","
                + "\"MessageBody\":{\"MediaId\":\"m1\",\"FileURL\":\"https://b/x.mp4\"}}";
        IceEvent e = IceEvents.parse(json);
        assertThat(e.getClass()).isEqualTo(IceEvent.class);
        assertThat(e.eventType()).isEqualTo("FileUploadComplete");
        assertThat(Json.parse(e.messageBody()).get("MediaId").asText()).isEqualTo("m1");
        assertThat(e.rawJson()).isEqualTo(json);
        assertThat(IceEvents.parse(json)).isEqualTo(e);
    }

    @Test
    void rejectsWhatIsNotAnEvent() {
        assertThatThrownBy(() -> IceEvents.parse("not json")).isInstanceOf(ImsClientException.class);
        assertThatThrownBy(() -> IceEvents.parse("[1]")).isInstanceOf(ImsClientException.class);
        assertThatThrownBy(() -> IceEvents.parse("{\"UserId\":1}")).hasMessageContaining("EventType");
    }
}
