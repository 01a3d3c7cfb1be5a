package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.SubmitLiveSnapshotJobResponse;
import io.github.imssdk.testing.IceMockServer;

/** Takes periodic snapshots of a live stream into OSS. */
public final class SubmitLiveSnapshotJobExample {
    private SubmitLiveSnapshotJobExample() {
    }

    /**
     * @param ice the client
     * @param templateId a snapshot template
     * @param streamUrl the stream to capture
     * @param ossEndpoint the OSS endpoint
     * @param bucket the OSS bucket
     * @return the response
     */
    public static SubmitLiveSnapshotJobResponse run(IceClient ice, String templateId, String streamUrl,
                                                    String ossEndpoint, String bucket) {
        return ice.submitLiveSnapshotJob(b -> b
                .jobName("evening-show-thumbnails")
                .templateId(templateId)
                .callbackUrl("https://example.com/ims/snapshots")
                .streamInput(s -> s.url(streamUrl))
                .snapshotOutput(o -> o.endpoint(ossEndpoint).bucket(bucket)));
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("snapshot-template", "stream-url", "oss-endpoint", "oss-bucket");
             IceClient ice = env.client()) {
            SubmitLiveSnapshotJobResponse r = run(ice, env.option("snapshot-template", IceMockServer.LIVE_SNAPSHOT_TEMPLATE_ID),
                    env.option("stream-url", "rtmp://example.com/live/stream1"),
                    env.option("oss-endpoint", "oss-cn-shanghai.aliyuncs.com"), env.option("oss-bucket", "my-bucket"));
            System.out.println("live snapshot job " + r.jobId() + " (request " + r.requestId() + ")");
        }
    }
}
