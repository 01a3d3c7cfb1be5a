package io.github.imssdk.ice;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.ice.callback.IceEvent;
import io.github.imssdk.ice.callback.IceEvents;
import io.github.imssdk.ice.model.MediaConvertJob;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A numeric string of millions of digits, in an answer or an unsigned callback, is not parsed:
 * turning it into a number took seconds of CPU per million digits (it went through BigDecimal)
 * and grows quadratically. The typed accessor gives {@code null}. The generous bound below only
 * catches the old behaviour (about a minute for these sizes); the new one takes milliseconds.
 */
class HugeNumbersTest {
    static final String DIGITS = "7".repeat(2_000_000);
    static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aMillionDigitPercentInAnAnswerIsNotParsed() throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body("{\"RequestId\":\"r\",\"Job\":{\"JobId\":\"j\",\"State\":\"Running\",\"Percent\":\"" + DIGITS + "\"}}")
                    .build());
            server.start();
            try (IceClient ice = IceClient.builder().endpointOverride(server.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("i", "s")).build()) {
                MediaConvertJob job = assertTimeoutPreemptively(BOUND, () -> ice.getMediaConvertJob(b -> b.jobId("j")).job());
                assertThat(job.percent()).isNull();
                assertThat(job.stateAsString()).isEqualTo("Running");
            }
        }
    }

    @Test
    void aMillionDigitUserIdInACallbackIsNotParsed() {
        String body = "{\"EventType\":\"MediaConvertComplete\",\"UserId\":\"" + DIGITS + "\",\"EventTime\":\"" + DIGITS
                + "\",\"MessageBody\":{}}";
        IceEvent e = assertTimeoutPreemptively(BOUND, () -> IceEvents.parse(body));
        assertThat(e.userId()).isNull();
        assertThat(e.eventType()).isEqualTo("MediaConvertComplete");
    }
}
