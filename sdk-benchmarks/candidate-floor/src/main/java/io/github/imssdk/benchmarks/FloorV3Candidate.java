package io.github.imssdk.benchmarks;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * A diagnostic floor (not in the default set; {@code --only floor,floor-v3,ims}): plain OkHttp
 * sending, built once, exactly the request our client sends with its V3 signature (the same URL
 * and the same headers, 906 bytes instead of the floor's 589). The difference to the floor is
 * the cost of the wire shape; the difference to ims is the cost of the client's own work.
 */
public final class FloorV3Candidate extends FloorCandidate {
    @Override
    public void setUp(String hostPort) {
        use(new OkHttpClient(), new Request.Builder()
                .url("http://" + hostPort + "/?Name=task1&StartMode=0"
                        + "&StreamInput=%7B%22Type%22%3A%22rtmp%22%2C%22InputUrl%22%3A%22rtmp%3A%2F%2Fd%2Fapp%2Fs%22%7D"
                        + "&TemplateId=96e8864746a0b6f3"
                        + "&TranscodeOutput=%7B%22Type%22%3A%22LiveCenter%22%2C%22DomainName%22%3A%22d%22%7D")
                .header("User-Agent", "ims-java-sdk/0.1.0-SNAPSHOT (Linux; amd64) Java/17.0.15 OkHttp/5.3.2")
                .header("Accept", "application/json")
                .header("x-acs-action", "SubmitLiveTranscodeJob")
                .header("x-acs-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                .header("x-acs-date", "2026-11-23T12:59:32Z")
                .header("x-acs-signature-nonce", "bc44461dc20fda010fd82408c6b80a0a")
                .header("x-acs-version", "2020-11-09")
                .header("Authorization", "ACS3-HMAC-SHA256 Credential=id,SignedHeaders=host;x-acs-action;"
                        + "x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                        + "Signature=bc07fe5fee1d94fd65502a1be13afbb0f3fae5d23766bc0d46622dcf3f0f2932")
                .post(RequestBody.create(new byte[0], (MediaType) null)).build());
    }

    /** @param args see {@link Bench} */
    public static void main(String[] args) throws Exception {
        Bench.main(args, new FloorV3Candidate());
    }
}
