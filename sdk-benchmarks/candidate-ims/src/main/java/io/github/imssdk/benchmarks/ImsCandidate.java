package io.github.imssdk.benchmarks;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;

import java.net.URI;

/** This SDK: IceClient with its defaults (V3 signing, validation, JSON parsing of the answer). */
public final class ImsCandidate implements Candidate {
    private IceClient ice;
    private SubmitLiveTranscodeJobRequest request;

    @Override
    public void setUp(String hostPort) {
        ice = IceClient.builder().endpointOverride(URI.create("http://" + hostPort))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
        request = SubmitLiveTranscodeJobRequest.builder().name("task1").templateId("96e8864746a0b6f3")
                .startMode(StartMode.IMMEDIATE).streamInput(s -> s.inputUrl("rtmp://d/app/s"))
                .transcodeOutput(o -> o.domainName("d")).build();
    }

    @Override
    public String call() {
        return ice.submitLiveTranscodeJob(request).jobId();
    }

    /** @param args see {@link Bench} */
    public static void main(String[] args) throws Exception {
        Bench.main(args, new ImsCandidate());
    }
}
