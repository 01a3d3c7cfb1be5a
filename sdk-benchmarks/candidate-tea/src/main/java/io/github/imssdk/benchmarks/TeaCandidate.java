package io.github.imssdk.benchmarks;

import com.aliyun.ice20201109.Client;
import com.aliyun.ice20201109.models.SubmitLiveTranscodeJobRequest;
import com.aliyun.teaopenapi.models.Config;

/** The official generated SDK, com.aliyun:ice20201109:2.3.0 (Tea; V1 signing in this version). */
public final class TeaCandidate implements Candidate {
    private Client client;
    private SubmitLiveTranscodeJobRequest request;

    @Override
    public void setUp(String hostPort) throws Exception {
        Config config = new Config().setAccessKeyId("id").setAccessKeySecret("secret").setEndpoint(hostPort)
                .setProtocol("http").setRegionId("cn-shanghai");
        client = new Client(config);
        request = new SubmitLiveTranscodeJobRequest().setName("task1").setTemplateId("96e8864746a0b6f3").setStartMode(0)
                .setStreamInput(new SubmitLiveTranscodeJobRequest.SubmitLiveTranscodeJobRequestStreamInput()
                        .setType("rtmp").setInputUrl("rtmp://d/app/s"))
                .setTranscodeOutput(new SubmitLiveTranscodeJobRequest.SubmitLiveTranscodeJobRequestTranscodeOutput()
                        .setType("LiveCenter").setDomainName("d"));
    }

    @Override
    public String call() throws Exception {
        return client.submitLiveTranscodeJob(request).getBody().getJobId();
    }

    /** @param args see {@link Bench} */
    public static void main(String[] args) throws Exception {
        Bench.main(args, new TeaCandidate());
    }
}
