package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.HlsRenditionType;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;

/** Transcodes one OSS file into a two-rendition HLS ladder. */
public final class SubmitMediaConvertJobExample {
    private SubmitMediaConvertJobExample() {
    }

    /**
     * @param ice the client
     * @param inputMedia the source, e.g. {@code oss://bucket/in/movie.mp4}
     * @param outputBase the output directory, e.g. {@code oss://bucket/out/movie/}
     * @return the response
     */
    public static SubmitMediaConvertJobResponse run(IceClient ice, String inputMedia, String outputBase) {
        return ice.submitMediaConvertJob(b -> b
                .userData("{\"movieId\":\"m-42\"}")
                .config(c -> c
                        .jobName("movie-42-hls")
                        .addInput(i -> i.name("source").inputFile(f -> f.type(MediaObjectType.OSS).media(inputMedia)))
                        .addOutputGroup(g -> g
                                .name("hls")
                                .groupConfig(gc -> gc.type(OutputGroupType.HLS).manifestName("master")
                                        .outputFileBase(f -> f.type(MediaObjectType.OSS).media(outputBase)))
                                .addOutput(o -> o.name("720p").outputFileName("720p.m3u8").inputRef("source")
                                        .templateId("S00000001-200030")
                                        .hlsGroupConfig(h -> h.type(HlsRenditionType.HYBRID).isDefault(true)))
                                .addOutput(o -> o.name("480p").outputFileName("480p.m3u8").inputRef("source")
                                        .templateId("S00000001-200020")))));
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("input-media", "output-base");
             IceClient ice = env.client()) {
            SubmitMediaConvertJobResponse r = run(ice, env.option("input-media", "oss://my-bucket/in/movie.mp4"),
                    env.option("output-base", "oss://my-bucket/out/movie-42/"));
            System.out.println("media-convert job " + r.job().jobId() + " is " + r.job().stateAsString()
                    + " (client token " + r.job().clientToken() + ")");
        }
    }
}
