package io.github.imssdk.ice;

import io.github.imssdk.ice.internal.RequestMarshaller;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.SubmitMediaConvertJobRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static io.github.imssdk.ice.ValidationTest.config;
import static io.github.imssdk.ice.ValidationTest.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits the pages document that earlier versions let through: inside a raw configJson, inside
 * the OverrideParams and Features JSON texts, and the form of an OSS media URL.
 */
class DocumentedLimitsEnforcedTest {
    private static final String INPUT = "{\"Name\":\"in\",\"InputFile\":{\"Type\":\"OSS\",\"Media\":\"oss://b/in.mp4\"}}";

    private static String rawConfig(String jobName, int priority) {
        return "{\"JobName\":\"" + jobName + "\",\"Inputs\":[" + INPUT + "],\"Outputs\":[{\"OutputFile\":{\"Type\":\"OSS\","
                + "\"Media\":\"oss://b/out.mp4\"},\"TemplateId\":\"t\",\"Priority\":" + priority + ",\"NewField\":{\"X\":1}}]}";
    }

    @Test
    void aRawConfigIsCheckedLikeATypedOneAndSentUntouched() {
        assertThat(fieldsOf(() -> SubmitMediaConvertJobRequest.builder().configJson(rawConfig("j".repeat(65), 11)).build()))
                .containsExactly("configJson.jobName", "configJson.outputs[0].priority");
        String valid = rawConfig("job", 6);
        SubmitMediaConvertJobRequest r = SubmitMediaConvertJobRequest.builder().configJson(valid).build();
        assertThat(RequestMarshaller.submitMediaConvertJob(r).queryParams().get("Config"))
                .as("fields this SDK does not know pass through as given").isEqualTo(valid);
    }

    @ParameterizedTest(name = "OverrideParams {0} valid={1}")
    @CsvSource(delimiter = '|', value = {
            "{\"Video\":{\"Width\":4097}}|config.outputs[0].overrideParams.Video.Width",
            "{\"Video\":{\"Width\":\"1281\"}}|config.outputs[0].overrideParams.Video.Width",
            "{\"Video\":{\"Height\":126}}|config.outputs[0].overrideParams.Video.Height",
            "{\"Video\":{\"Fps\":61}}|config.outputs[0].overrideParams.Video.Fps",
            "{\"Video\":{\"Crf\":\"52\"}}|config.outputs[0].overrideParams.Video.Crf",
            "{\"Video\":{\"Bitrate\":9}}|config.outputs[0].overrideParams.Video.Bitrate",
            "{\"Audio\":{\"Bitrate\":1001}}|config.outputs[0].overrideParams.Audio.Bitrate",
            "{\"Audio\":{\"Samplerate\":16000}}|config.outputs[0].overrideParams.Audio.Samplerate",
            "{\"Audio\":{\"Channels\":3}}|config.outputs[0].overrideParams.Audio.Channels",
            "{\"MuxConfig\":{\"Segment\":{\"Duration\":61}}}|config.outputs[0].overrideParams.MuxConfig.Segment.Duration",
            "{\"Video\":{\"Width\":1280,\"Height\":\"720\",\"Bitrate\":-1,\"Crf\":20,\"Fps\":0,\"Gop\":\"10s\"},\"Audio\":{\"Bitrate\":8,\"Samplerate\":44100,\"Channels\":0}}|",
    })
    void overrideParamsAreCheckedAgainstTheTemplateParameterRanges(String json, String field) {
        List<String> fields = config(c -> c.outputs(o -> o.outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4"))
                .templateId("t").overrideParams(json)));
        assertThat(fields).isEqualTo(field == null ? List.of() : List.of(field));
    }

    @ParameterizedTest(name = "Features {0}")
    @CsvSource(delimiter = '|', value = {
            "{\"Metadata\":{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\",\"d\":\"4\",\"e\":\"5\"}}|config.outputs[0].features.Metadata",
            "{\"Watermarks\":[{\"FontSize\":\"121\"}]}|config.outputs[0].features.Watermarks[0].FontSize",
            "{\"Watermarks\":[{\"FontSize\":\"3\"}]}|config.outputs[0].features.Watermarks[0].FontSize",
            "{\"Watermarks\":[{},{},{},{},{}]}|config.outputs[0].features.Watermarks",
            "{\"Metadata\":{\"a\":\"1\"},\"Watermarks\":[{\"Type\":\"Text\",\"FontSize\":\"120\"}]}|",
    })
    void featuresAreCheckedAgainstTheFeaturePage(String json, String field) {
        List<String> fields = config(c -> c.outputs(o -> o.outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4"))
                .templateId("t").features(json)));
        assertThat(fields).isEqualTo(field == null ? List.of() : List.of(field));
    }

    @Test
    void metadataKeysAndValuesHaveTheirLengths() {
        String json = "{\"Metadata\":{\"" + "k".repeat(65) + "\":\"" + "v".repeat(513) + "\"}}";
        assertThat(config(c -> c.outputs(o -> o.outputFile(f -> f.type(MediaObjectType.OSS).media("oss://b/o.mp4"))
                .templateId("t").features(json))))
                .containsExactly("config.outputs[0].features.Metadata key", "config.outputs[0].features.Metadata." + "k".repeat(65));
    }

    @Test
    void anOssMediaIsAnOssOrHttpUrl() {
        assertThat(config(c -> c.inputs(i -> i.name("in").inputFile(f -> f.type(MediaObjectType.OSS).media("ftp://b/in.mp4")))))
                .containsExactly("config.inputs[0].inputFile.media");
        for (String ok : new String[] {"oss://b/in.mp4", "https://b.oss-cn-shanghai.aliyuncs.com/in.mp4", "HTTP://b.e/in.mp4"}) {
            assertThat(config(c -> c.inputs(i -> i.name("in").inputFile(f -> f.type(MediaObjectType.OSS).media(ok))))).isEmpty();
        }
        assertThat(config(c -> c.inputs(i -> i.name("in").inputFile(f -> f.type(MediaObjectType.MEDIA).media("a1b2c3"))))).isEmpty();
    }
}
