package io.github.imssdk.examples.spring;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Spring Boot example, run as the README runs it, minus the JVM exit. */
class CallbackExampleApplicationTest {
    @Test
    void submitsAJobAndReceivesItsCallback() {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = CallbackExampleApplication.run();
        } finally {
            System.setOut(out);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(text).isZero();
        String jobId = text.replaceAll("(?s).*submitted media-convert job (\\S+) .*", "$1");
        assertThat(text).contains("submitted media-convert job " + jobId)
                .contains("callback received: MediaConvertComplete for job " + jobId + ", state Success")
                .contains("done: the callback for job " + jobId + " arrived");
    }
}
