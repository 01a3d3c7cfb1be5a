package io.github.imssdk.benchmarks;

import okhttp3.OkHttpClient;

import java.time.Duration;

/**
 * A diagnostic floor (not in the default set; {@code --only floor,floor-quiet,ims}): the floor's
 * request on an OkHttp client without read and write timeouts, so that no socket read or write
 * wakes okio's watchdog thread. The SDK enforces those timeouts itself for the same reason; this
 * candidate shows what plain OkHttp costs when it is spared that too.
 */
public final class FloorQuietCandidate extends FloorCandidate {
    @Override
    public void setUp(String hostPort) {
        use(new OkHttpClient.Builder().readTimeout(Duration.ZERO).writeTimeout(Duration.ZERO).build(), request(hostPort));
    }

    /** @param args see {@link Bench} */
    public static void main(String[] args) throws Exception {
        Bench.main(args, new FloorQuietCandidate());
    }
}
