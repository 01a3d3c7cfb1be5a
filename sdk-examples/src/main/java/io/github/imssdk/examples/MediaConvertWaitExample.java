package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.WaiterOptions;
import io.github.imssdk.ice.WaiterResult;
import io.github.imssdk.ice.model.MediaConvertJob;

import java.io.PrintStream;
import java.time.Duration;

/** Submits a media-convert job and waits for it, printing progress. */
public final class MediaConvertWaitExample {
    private MediaConvertWaitExample() {
    }

    /**
     * @param ice the client
     * @param inputMedia the source
     * @param outputBase the output directory
     * @param out where to report progress
     * @return how the wait ended
     */
    public static WaiterResult<MediaConvertJob> run(IceClient ice, String inputMedia, String outputBase, PrintStream out) {
        String jobId = SubmitMediaConvertJobExample.run(ice, inputMedia, outputBase).job().jobId();
        out.println("   submitted job " + jobId);
        String[] last = new String[1];
        WaiterResult<MediaConvertJob> result = ice.waiter().waitForMediaConvertJob(jobId, WaiterOptions.builder()
                .pollInterval(Duration.ofMillis(200))
                .timeout(Duration.ofMinutes(30))
                .progressListener(job -> {
                    String line = job.stateAsString() + (job.percent() == null ? "" : " " + job.percent() + "%");
                    if (!line.equals(last[0])) {
                        out.println("   ... " + line);
                        last[0] = line;
                    }
                })
                .build());
        out.println("   " + result.outcome() + " after " + result.attempts() + " polls; outputs: "
                + result.value().outputGroupDetails().stream().flatMap(g -> g.outputs().stream())
                .map(o -> o.result() == null ? o.name() : o.result().outputFile().media())
                .reduce((a, b) -> a + ", " + b).orElse("none"));
        return result;
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("input-media", "output-base");
             IceClient ice = env.client()) {
            run(ice, env.option("input-media", "oss://my-bucket/in/movie.mp4"),
                    env.option("output-base", "oss://my-bucket/out/movie-42/"), System.out);
        }
    }
}
