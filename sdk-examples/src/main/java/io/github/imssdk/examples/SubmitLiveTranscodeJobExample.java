package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobResponse;
import io.github.imssdk.testing.IceMockServer;

import java.time.Duration;
import java.time.Instant;

/** Submits a timed live transcoding job: starts in an hour, runs for two. */
public final class SubmitLiveTranscodeJobExample {
    private SubmitLiveTranscodeJobExample() {
    }

    /**
     * @param ice the client
     * @param templateId a live transcoding template
     * @param streamUrl the input stream
     * @param domain the ApsaraVideo Live domain to publish on
     * @return the response
     */
    public static SubmitLiveTranscodeJobResponse run(IceClient ice, String templateId, String streamUrl, String domain) {
        Instant start = Instant.now().plus(Duration.ofHours(1));
        return ice.submitLiveTranscodeJob(b -> b
                .name("evening-show-720p")
                .templateId(templateId)
                .startMode(StartMode.TIMED)
                .streamInput(s -> s.inputUrl(streamUrl))
                .transcodeOutput(o -> o.domainName(domain))
                .timedConfig(t -> t.startTime(start).endTime(start.plus(Duration.ofHours(2)))));
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("transcode-template", "stream-url", "domain");
             IceClient ice = env.client()) {
            SubmitLiveTranscodeJobResponse r = run(ice,
                    env.option("transcode-template", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID),
                    env.option("stream-url", "rtmp://example.com/live/stream1"), env.option("domain", "example.com"));
            System.out.println("live transcoding job " + r.jobId() + " (request " + r.requestId() + ")");
        }
    }
}
