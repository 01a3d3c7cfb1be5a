package io.github.imssdk.ice;

import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.ice.internal.RequestMarshaller;
import io.github.imssdk.ice.model.CreateLiveRecordTemplateRequest;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.github.imssdk.ice.ValidationTest.config;
import static io.github.imssdk.ice.ValidationTest.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that an audit of the operation pages found valid and that earlier versions refused:
 * each is accepted now and left for the service to judge (docs/api/README.md).
 */
class DocumentedLimitsOnlyTest {

    @ParameterizedTest(name = "stream URL {0}")
    @ValueSource(strings = {"rtmp://直播.example.cn/app/s", "rtmp://xn--ie5a.example.cn/app/s",
            "rtmps://example.com/app/s", "rtmp://live_1.example.com:1935/app/s?auth_key=1-0-0-abc",
            "srt://example.com:9000?streamid=s"})
    void streamUrlsNeedOnlyBeAbsoluteUrls(String url) {
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().streamInput(s -> s.inputUrl(url)).build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.recordJob().streamInput(s -> s.url(url)).build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().streamInput(s -> s.url(url)).build())).isEmpty();
    }

    @Test
    void aNonAsciiHostIsCheckedInItsIdnFormAndSentAsGiven() {
        SubmitLiveTranscodeJobRequest r = Fixtures.transcodeJob().streamInput(s -> s.inputUrl("rtmp://直播.example.cn/app/s"))
                .build();
        RpcRequest wire = RequestMarshaller.submitLiveTranscodeJob(r);
        assertThat(wire.queryParams().get("StreamInput")).contains("rtmp://直播.example.cn/app/s");
        assertThat(fieldsOf(() -> Fixtures.recordJob().notifyUrl("https://回调.example.cn/cb").build())).isEmpty();
        assertThat(fieldsOf(() -> Fixtures.snapshotJob().callbackUrl("https://回调.example.cn/cb").build())).isEmpty();
    }

    @ParameterizedTest(name = "not a URL: {0}")
    @ValueSource(strings = {"not a url", "rtmp://", "rtmp:/example.com/app", "//example.com/app", "rtmp://exa mple.com/app",
            "rtmp://example.com/a\u0000b"})
    void whatIsNotAnAbsoluteUrlIsStillRefused(String url) {
        assertThat(fieldsOf(() -> Fixtures.transcodeJob().streamInput(s -> s.inputUrl(url)).build()))
                .containsExactly("streamInput.inputUrl");
    }

    @Test
    void theRecordFormatMaySpellItsFormatAsTheEnglishPageDoes() {
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r").addRecordFormat(f -> f
                .format("M3U8").sliceOssObjectPrefix("{UnixTimestamp}_{Sequence}").sliceDuration(10)).build())).isEmpty();
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r").addRecordFormat(f -> f
                .format("MP4")).build())).isEmpty();
        assertThat(fieldsOf(() -> CreateLiveRecordTemplateRequest.builder().name("r").addRecordFormat(f -> f
                .format("avi")).build())).containsExactly("recordFormats[0].format");
    }

    @Test
    void theRecordingStorageTypeIsNotLimitedToTheValuesSeenInAnswers() {
        assertThat(fieldsOf(() -> Fixtures.recordJob().recordOutput(o -> o.type("oss-archive")).build())).isEmpty();
    }

    @Test
    void onlyASignatureMarksASignedMediaUrl() {
        String base = "https://bucket.oss-cn-shanghai.aliyuncs.com/in.mp4";
        assertThat(config(c -> c.inputs(i -> i.name("in").inputFile(f -> f.type(MediaObjectType.OSS)
                .media(base + "?Expires=1700000000&versionId=2"))))).isEmpty();
        assertThat(config(c -> c.inputs(i -> i.name("in").inputFile(f -> f.type(MediaObjectType.OSS)
                .media(base + "?OSSAccessKeyId=k&Expires=1&Signature=abc")))))
                .containsExactly("config.inputs[0].inputFile.media");
    }
}
