package io.github.imssdk.ice;

import io.github.imssdk.core.exception.ValidationException;
import io.github.imssdk.ice.model.CreateLiveTranscodeTemplateRequest;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.TranscodeTemplateType;
import io.github.imssdk.ice.model.VideoCodec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One violation per problem, each saying what is wrong with which value, in one form. */
class ViolationMessagesTest {

    private static ValidationException failure(Runnable build) {
        return catchThrowableOfType(ValidationException.class, build::run);
    }

    @Test
    void anEmptyRequiredUrlIsOneViolation() {
        ValidationException e = failure(() -> Fixtures.transcodeJob().streamInput(s -> s.inputUrl("")).build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("streamInput.inputUrl");
            assertThat(v.rule()).isEqualTo("is required");
        });
    }

    @Test
    void anUnknownEnumValueIsNamedAsSuchNotAsMissing() {
        ValidationException e = failure(() -> Fixtures.transcodeJob().startMode(StartMode.UNKNOWN_TO_SDK_VERSION).build());
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("startMode");
            assertThat(v.rule()).startsWith("must be one of [0, 1]");
            assertThat(v.value()).isEqualTo("UNKNOWN_TO_SDK_VERSION");
        });
    }

    @Test
    void aLengthIsSaidOnceAndTheValueShownOnce() {
        ValidationException e = failure(() -> Fixtures.snapshotJob().jobName("j".repeat(129)).build());
        String line = e.violations().get(0).toString();
        assertThat(line).startsWith("jobName: must be at most 128 characters; it has 129 (was 'jjj")
                .doesNotContain("(was 129)");
    }

    @Test
    void aLongValueIsCutBetweenCodePointsNeverInsideASurrogatePair() {
        String name = "j".repeat(116) + "😀".repeat(20); // a pair straddles the cut at 117 chars
        ValidationException e = failure(() -> Fixtures.snapshotJob().jobName(name).build());
        String shown = e.violations().get(0).toString();
        String quoted = shown.substring(shown.indexOf("(was '") + 6, shown.lastIndexOf("...'"));
        assertThat(quoted.codePoints().filter(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE).count())
                .as("no half of a surrogate pair").isZero();
        assertThat(quoted).endsWith("😀");
    }

    @Test
    void aNarrowBandSizeWithOneSideMissingNamesTheSideItHas() {
        ValidationException e = failure(() -> CreateLiveTranscodeTemplateRequest.builder().name("t")
                .type(TranscodeTemplateType.NARROW_BAND).templateConfig(c -> c.videoParams(v -> v.codec(VideoCodec.H265)
                        .width(1281))).build());
        assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.value()).isEqualTo("width 1281"));
    }
}
