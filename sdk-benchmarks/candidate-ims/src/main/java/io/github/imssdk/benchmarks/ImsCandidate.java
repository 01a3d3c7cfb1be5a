package io.github.imssdk.benchmarks;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.ice.IceAsyncClient;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.SubmitLiveTranscodeJobRequest;

import java.net.URI;
import java.util.concurrent.CompletableFuture;

/** This SDK: IceClient with its defaults (V3 signing, validation, JSON parsing of the answer). */
public final class ImsCandidate implements AsyncCandidate {
    private IceClient ice;
    private IceAsyncClient async;
    private final SubmitLiveTranscodeJobRequest request = SubmitLiveTranscodeJobRequest.builder().name("task1")
            .templateId("96e8864746a0b6f3").startMode(StartMode.IMMEDIATE).streamInput(s -> s.inputUrl("rtmp://d/app/s"))
            .transcodeOutput(o -> o.domainName("d")).build();

    @Override
    public void setUp(String hostPort) {
        ice = IceClient.builder().endpointOverride(URI.create("http://" + hostPort))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).build();
    }

    @Override
    public void setUpAsync(String hostPort, int maxInFlight) {
        async = IceAsyncClient.builder().endpointOverride(URI.create("http://" + hostPort))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .maxConcurrentRequests(maxInFlight).maxIdleConnections(maxInFlight).build();
    }

    @Override
    public CompletableFuture<String> callAsync() {
        return async.submitLiveTranscodeJob(request).thenApply(r -> r.jobId());
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
