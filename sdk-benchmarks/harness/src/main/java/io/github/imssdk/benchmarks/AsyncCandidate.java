package io.github.imssdk.benchmarks;

import java.util.concurrent.CompletableFuture;

/** A candidate with an asynchronous API of its own, for the concurrency benchmark. */
public interface AsyncCandidate extends Candidate {
    /**
     * @param hostPort the loopback server, {@code 127.0.0.1:port}
     * @param maxInFlight calls allowed in flight at once (the rest wait in the client's queue)
     * @throws Exception when the client cannot be built
     */
    void setUpAsync(String hostPort, int maxInFlight) throws Exception;

    /** @return the job id answered, when it is */
    CompletableFuture<String> callAsync();
}
