package io.github.imssdk.examples;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The tour runs every operation against the embedded emulator and reports success. */
class TourTest {

    @Test
    void theTourRunsEveryOperationAgainstTheEmulator() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code = Tour.run(new PrintStream(buf, true), new String[0]);
        String report = new String(buf.toByteArray(), StandardCharsets.UTF_8);
        assertThat(code).as(report).isZero();
        assertThat(report).contains("embedded IceMockServer at http://127.0.0.1:")
                .contains("UpdateLiveTranscodeTemplate").contains("SubmitLiveTranscodeJob").contains("SubmitLiveRecordJob")
                .contains("SubmitLiveSnapshotJob").contains("SubmitMediaConvertJob")
                .contains("SUCCEEDED after").contains("... Running").contains("... Success 100%")
                .contains("   created template ").contains("   stopped: status STOPPED")
                .contains("   deleted the job and the template")
                .contains("templateConfig.videoParams.fps: must be in [1, 60] (was '75')")
                .contains("Code: TemplateNotFound")
                .contains("after 3 attempts")
                .contains("Tour complete: every step went as expected.")
                .doesNotContain("UNEXPECTED").doesNotContain("FAILED");
    }

    @Test
    void eachExampleProgramRunsOnItsOwn() {
        PrintStream saved = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true));
        try {
            SubmitLiveTranscodeJobExample.main(new String[0]);
            SubmitLiveRecordJobExample.main(new String[0]);
            SubmitLiveSnapshotJobExample.main(new String[0]);
            SubmitMediaConvertJobExample.main(new String[0]);
            UpdateLiveTranscodeTemplateExample.main(new String[0]);
        } finally {
            System.setOut(saved);
        }
        assertThat(new String(buf.toByteArray(), StandardCharsets.UTF_8).split("\n"))
                .anySatisfy(l -> assertThat(l).matches("live transcoding job [0-9a-f]{32} \\(request .+\\)"))
                .anySatisfy(l -> assertThat(l).startsWith("live recording job "))
                .anySatisfy(l -> assertThat(l).startsWith("live snapshot job "))
                .anySatisfy(l -> assertThat(l).matches("media-convert job [0-9a-f]{32} is Inited \\(client token .+\\)"))
                .anySatisfy(l -> assertThat(l).startsWith("template updated (request "));
    }
}
