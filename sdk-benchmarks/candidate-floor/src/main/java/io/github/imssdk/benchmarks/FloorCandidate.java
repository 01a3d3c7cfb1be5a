package io.github.imssdk.benchmarks;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The floor: plain OkHttp sending one request built and signed once, reading the body as text.
 * No SDK can do less work per call. Module {@code candidate-floor-okhttp4} runs this same class on
 * OkHttp 4.12 (the {@code floor-okhttp4} diagnostic).
 */
public class FloorCandidate implements AsyncCandidate {
    private OkHttpClient http;
    private Request request;

    @Override
    public void setUp(String hostPort) {
        use(new OkHttpClient(), request(hostPort));
    }

    /** Sends {@code request} with {@code client} on every call (for the diagnostic floors). */
    void use(OkHttpClient client, Request request) {
        this.http = client;
        this.request = request;
    }

    /** A V1-signed SubmitLiveTranscodeJob query, as any SDK would send it (signature not checked by the server). */
    static Request request(String hostPort) {
        return new Request.Builder()
                .url("http://" + hostPort + "/?Name=task1&TemplateId=96e8864746a0b6f3&StartMode=0"
                        + "&StreamInput=%7B%22Type%22%3A%22rtmp%22%2C%22InputUrl%22%3A%22rtmp%3A%2F%2Fd%2Fapp%2Fs%22%7D"
                        + "&TranscodeOutput=%7B%22Type%22%3A%22LiveCenter%22%2C%22DomainName%22%3A%22d%22%7D"
                        + "&Action=SubmitLiveTranscodeJob&Version=2020-11-09&Format=JSON&AccessKeyId=id"
                        + "&SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=3ee8c1b883d344af"
                        + "&Timestamp=2026-11-23T00%3A00%3A00Z&Signature=CT9X0VtwR86fNWSnsc6v8YGOjuE%3D")
                .post(RequestBody.create(new byte[0], (MediaType) null)).build();
    }

    @Override
    public void setUpAsync(String hostPort, int maxInFlight) {
        okhttp3.Dispatcher d = new okhttp3.Dispatcher();
        d.setMaxRequests(maxInFlight);
        d.setMaxRequestsPerHost(maxInFlight);
        use(new OkHttpClient.Builder().dispatcher(d)
                .connectionPool(new okhttp3.ConnectionPool(maxInFlight, 5, java.util.concurrent.TimeUnit.MINUTES)).build(),
                request(hostPort));
    }

    @Override
    public java.util.concurrent.CompletableFuture<String> callAsync() {
        java.util.concurrent.CompletableFuture<String> f = new java.util.concurrent.CompletableFuture<>();
        http.newCall(request).enqueue(new okhttp3.Callback() {
            @Override
            public void onFailure(okhttp3.Call call, java.io.IOException e) {
                f.completeExceptionally(e);
            }

            @Override
            public void onResponse(okhttp3.Call call, Response response) {
                try (Response r = response) {
                    f.complete(r.body().string());
                } catch (java.io.IOException e) {
                    f.completeExceptionally(e);
                }
            }
        });
        return f;
    }

    @Override
    public String call() throws Exception {
        try (Response r = http.newCall(request).execute()) {
            return r.body().string();
        }
    }

    /** @param args see {@link Bench} */
    public static void main(String[] args) throws Exception {
        Bench.main(args, new FloorCandidate());
    }
}
