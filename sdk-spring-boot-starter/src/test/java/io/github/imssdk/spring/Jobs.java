package io.github.imssdk.spring;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;

/** A small media-convert job, as an application would submit it. */
final class Jobs {
    private Jobs() {
    }

    static String submit(IceClient ice, String userData) {
        return ice.submitMediaConvertJob(b -> b
                .userData(userData)
                .config(c -> c
                        .addInput(i -> i.name("source").inputFile(f -> f.type(MediaObjectType.OSS).media("oss://bucket/in/a.mp4")))
                        .addOutputGroup(g -> g
                                .name("hls")
                                .groupConfig(gc -> gc.type(OutputGroupType.HLS).manifestName("master")
                                        .outputFileBase(f -> f.type(MediaObjectType.OSS).media("oss://bucket/out/a/")))
                                .addOutput(o -> o.name("720p").outputFileName("720p.m3u8").inputRef("source")
                                        .templateId("S00000001-200030")))))
                .job().jobId();
    }
}
