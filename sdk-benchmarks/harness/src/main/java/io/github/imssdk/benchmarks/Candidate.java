package io.github.imssdk.benchmarks;

/** One SDK under measurement: set up once against the loopback server, then make calls. */
public interface Candidate {
    /**
     * @param hostPort the loopback server, {@code 127.0.0.1:port}
     * @throws Exception when the client cannot be built
     */
    void setUp(String hostPort) throws Exception;

    /**
     * Makes one SubmitLiveTranscodeJob call and reads the answer.
     *
     * @return the job id answered
     * @throws Exception when the call fails
     */
    String call() throws Exception;
}
