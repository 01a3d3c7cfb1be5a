package io.github.imssdk.examples;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;

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
                .contains("SUCCEEDED after").contains("... Success 100%")
                .contains("   created template ").contains("   stopped: status STOPPED")
                .contains("   deleted the job and the template")
                .contains("templateConfig.videoParams.fps: must be in [1, 60] (was '75')")
                .contains("Code: TemplateNotFound")
                .contains("after 3 attempts")
                .contains("Tour complete: every step went as expected.")
                .doesNotContain("UNEXPECTED").doesNotContain("FAILED");
    }

    /**
     * {@code --live} on a machine with no credentials and no resource ids: the tour refuses to
     * start, names what is missing and exits non-zero (run as its own JVM, to see the exit code,
     * with an empty home, no Alibaba Cloud variables and the ECS metadata service turned off, so
     * that nothing leaves the machine).
     */
    @Test
    void aLiveTourWithNothingConfiguredFailsNamingWhatIsMissing(@TempDir Path home) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-cp", System.getProperty("java.class.path"), Tour.class.getName(), "--live")
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("ALIBABA_CLOUD_") || k.startsWith("ALICLOUD_"));
        pb.environment().put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isNotZero();
        assertThat(out).contains("--live needs").contains("--transcode-template").contains("--input-media")
                .contains("credentials: ").contains("ALIBABA_CLOUD_ACCESS_KEY_ID")
                .doesNotContain("Tour complete");
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
