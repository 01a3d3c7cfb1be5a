package io.github.imssdk.ice;

import io.github.imssdk.core.testsupport.LogCapture;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobResponse;
import io.github.imssdk.testing.IceMockServer;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The seven-day window is checked at send against the clock the service corrected, not the raw local one. */
class SkewCorrectedWindowTest {

    @Test
    void aClientWhoseClockIsDaysBehindChecksTheWindowByTheServicesTime() {
        Clock sixDaysBehind = Clock.offset(Clock.systemUTC(), Duration.ofDays(-6));
        try (LogCapture logs = LogCapture.sdk(); IceMockServer server = IceMockServer.builder().start();
             IceClient ice = IceClient.builder().endpointOverride(server.endpoint())
                     .credentialsProvider(server.credentialsProvider()).clock(sixDaysBehind).build()) {
            // the first call teaches the client the service's time (InvalidTimeStamp.Expired with a Date)
            ice.listLiveTranscodeTemplates(b -> { });
            assertThat(logs.warnings()).singleElement().asString().contains("the local clock is off by");

            // two days ahead by the service's clock, eight by the client's own
            Instant start = Instant.now().plus(Duration.ofDays(2));
            SubmitLiveTranscodeJobResponse r = ice.submitLiveTranscodeJob(Fixtures.transcodeJob()
                    .templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID).startMode(StartMode.TIMED)
                    .timedConfig(t -> t.startTime(start)).build());
            assertThat(r.jobId()).isNotBlank();
        }
    }
}
