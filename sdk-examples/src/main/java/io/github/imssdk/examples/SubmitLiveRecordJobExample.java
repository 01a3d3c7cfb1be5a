package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.SubmitLiveRecordJobResponse;
import io.github.imssdk.testing.IceMockServer;

/** Records a live stream to OSS, with a completion callback. */
public final class SubmitLiveRecordJobExample {
    private SubmitLiveRecordJobExample() {
    }

    /**
     * @param ice the client
     * @param templateId a recording template
     * @param streamUrl the stream to record
     * @param ossEndpoint the OSS endpoint
     * @param bucket the OSS bucket
     * @return the response
     */
    public static SubmitLiveRecordJobResponse run(IceClient ice, String templateId, String streamUrl,
                                                  String ossEndpoint, String bucket) {
        return ice.submitLiveRecordJob(b -> b
                .name("evening-show-recording")
                .templateId(templateId)
                .notifyUrl("https://example.com/ims/notify")
                .streamInput(s -> s.url(streamUrl))
                .recordOutput(o -> o.type("oss").endpoint(ossEndpoint).bucket(bucket)));
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("record-template", "stream-url", "oss-endpoint", "oss-bucket");
             IceClient ice = env.client()) {
            SubmitLiveRecordJobResponse r = run(ice, env.option("record-template", IceMockServer.LIVE_RECORD_TEMPLATE_ID),
                    env.option("stream-url", "rtmp://example.com/live/stream1"),
                    env.option("oss-endpoint", "oss-cn-shanghai.aliyuncs.com"), env.option("oss-bucket", "my-bucket"));
            System.out.println("live recording job " + r.jobId() + " (request " + r.requestId() + ")");
        }
    }
}
