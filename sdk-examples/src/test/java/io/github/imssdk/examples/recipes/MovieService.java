package io.github.imssdk.examples.recipes;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.WaiterOptions;
import io.github.imssdk.ice.WaiterResult;
import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;

import java.time.Duration;

/**
 * Stands for your own code in the README's "Testing code that uses IceClient": it converts a
 * movie and waits for the job (a waiter), and counts jobs (a paginator).
 */
public final class MovieService {
    private final IceClient ice;
    private final Duration pollInterval;

    public MovieService(IceClient ice, Duration pollInterval) {
        this.ice = ice;
        this.pollInterval = pollInterval;
    }

    /** @return the id of the finished job */
    public String publish(String inputMedia, String outputBase) {
        String jobId = ice.submitMediaConvertJob(b -> b.config(c -> c
                        .addInput(i -> i.name("source").inputFile(f -> f.type(MediaObjectType.OSS).media(inputMedia)))
                        .addOutputGroup(g -> g.name("hls")
                                .groupConfig(gc -> gc.type(OutputGroupType.HLS).manifestName("master")
                                        .outputFileBase(f -> f.type(MediaObjectType.OSS).media(outputBase)))
                                .addOutput(o -> o.name("720p").outputFileName("720p.m3u8").inputRef("source")
                                        .templateId("S00000001-200030")))))
                .job().jobId();
        WaiterResult<MediaConvertJob> done = ice.waiter().waitForMediaConvertJob(jobId,
                WaiterOptions.builder().pollInterval(pollInterval).timeout(Duration.ofMinutes(30)).build());
        if (!done.succeeded()) {
            throw new IllegalStateException("job " + jobId + " ended " + done.outcome());
        }
        return jobId;
    }

    /** @return how many media-convert jobs are in this state, over every page */
    public long jobsIn(String state) {
        return ice.listMediaConvertJobsPaginator(b -> b.status(state).pageSize(10)).itemStream().count();
    }
}
