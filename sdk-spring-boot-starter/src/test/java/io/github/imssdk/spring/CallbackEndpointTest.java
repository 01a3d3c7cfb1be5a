package io.github.imssdk.spring;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.callback.IceEvent;
import io.github.imssdk.ice.callback.MediaConvertCompleteEvent;
import io.github.imssdk.testing.IceMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The callback endpoint on a running server: the emulator's own signed callback after a job it
 * ran, and requests made by hand that are tampered with, stale, oversized or unreadable. Run on
 * a servlet application ({@link ServletCallbackEndpointTest}) and on a WebFlux one
 * ({@link ReactiveCallbackEndpointTest}), each with its own emulator.
 */
abstract class CallbackEndpointTest {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** @return this run's emulator */
    abstract IceMockServer server();

    static void emulator(DynamicPropertyRegistry registry, IceMockServer server) {
        registry.add("ims.endpoint", () -> server.endpoint().toString());
        registry.add("ims.credentials.access-key-id", () -> IceMockServer.ACCESS_KEY_ID);
        registry.add("ims.credentials.access-key-secret", () -> IceMockServer.ACCESS_KEY_SECRET);
    }

    /** The application: the starter, and listeners as an application writes them. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
        @Bean
        Received received() {
            return new Received();
        }
    }

    static class Received {
        final List<MediaConvertCompleteEvent> completed = new CopyOnWriteArrayList<>();
        final List<IceEvent> all = new CopyOnWriteArrayList<>();

        @EventListener
        void on(MediaConvertCompleteEvent e) {
            completed.add(e);
        }

        @EventListener
        void any(IceEvent e) {
            all.add(e);
        }
    }

    @Value("${local.server.port}")
    int port;
    @Autowired
    IceClient ice;
    @Autowired
    Received received;

    @BeforeEach
    void clear() {
        received.completed.clear();
        received.all.clear();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/ims/callback";
    }

    static String sign(String url, String timestamp, String key) throws Exception {
        byte[] md5 = MessageDigest.getInstance("MD5").digest((url + "|" + timestamp + "|" + key).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md5);
    }

    HttpResponse<String> post(String timestamp, String signature, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            b.header("X-ICE-TIMESTAMP", timestamp);
        }
        if (signature != null) {
            b.header("X-ICE-SIGNATURE", signature);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static final String EVENT = "{\"EventType\":\"MediaConvertComplete\",\"UserId\":1234567890123456,"
            + "\"EventTime\":\"2026-12-02T05:00:00Z\",\"MessageBody\":{\"JobId\":\"j-by-hand\",\"State\":\"Success\"}}";

    @Test
    void theEmulatorsCallbackForAJobItRanReachesTheListeners() {
        String jobId = Jobs.submit(ice, "{\"movieId\":\"m-1\"}");
        server().clock().advance(Duration.ofMinutes(1));
        server().eventCallback(url(), "Test123");
        assertThat(server().deliverEvents()).isEqualTo(1);
        assertThat(received.completed).singleElement().satisfies(e -> {
            assertThat(e.job().jobId()).isEqualTo(jobId);
            assertThat(e.job().stateAsString()).isEqualTo("Success");
            assertThat(e.job().userData()).isEqualTo("{\"movieId\":\"m-1\"}");
        });
        assertThat(received.all).hasSize(1);
    }

    @Test
    void aSignedEventIsAcceptedOnce() throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        HttpResponse<String> r = post(ts, sign(url(), ts, "Test123"), EVENT);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(received.completed).singleElement().satisfies(e -> assertThat(e.job().jobId()).isEqualTo("j-by-hand"));
    }

    @Test
    void aTamperedSignatureOrAnotherKeyIsRefusedWith401() throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String good = sign(url(), ts, "Test123");
        String flipped = (good.charAt(0) == 'a' ? "b" : "a") + good.substring(1);
        assertThat(post(ts, flipped, EVENT).statusCode()).isEqualTo(401);
        assertThat(post(ts, sign(url(), ts, "OtherKey1"), EVENT).statusCode()).isEqualTo(401);
        assertThat(post(ts, sign("http://elsewhere.example/ims/callback", ts, "Test123"), EVENT).statusCode()).isEqualTo(401);
        assertThat(post(null, null, EVENT).statusCode()).isEqualTo(401);
        assertThat(received.all).isEmpty();
    }

    @Test
    void aStaleTimestampIsRefusedWith401() throws Exception {
        String old = String.valueOf(Instant.now().minus(Duration.ofMinutes(30)).getEpochSecond());
        assertThat(post(old, sign(url(), old, "Test123"), EVENT).statusCode()).isEqualTo(401);
        String future = String.valueOf(Instant.now().plus(Duration.ofMinutes(30)).getEpochSecond());
        assertThat(post(future, sign(url(), future, "Test123"), EVENT).statusCode()).isEqualTo(401);
        assertThat(received.all).isEmpty();
    }

    @Test
    void anOversizedBodyIsRefusedWith413() throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        String big = EVENT.replace("\"j-by-hand\"", "\"" + "x".repeat(5000) + "\"");
        assertThat(post(ts, sign(url(), ts, "Test123"), big).statusCode()).isEqualTo(413);
        assertThat(received.all).isEmpty();
    }

    @Test
    void anOversizedChunkedBodyWithoutALengthIsRefusedWith413() throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        byte[] big = EVENT.replace("\"j-by-hand\"", "\"" + "x".repeat(50_000) + "\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest r = HttpRequest.newBuilder(URI.create(url())).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-ICE-TIMESTAMP", ts)
                .header("X-ICE-SIGNATURE", sign(url(), ts, "Test123"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))).build();
        assertThat(HTTP.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
        assertThat(received.all).isEmpty();
    }

    @Test
    void anUnreadableBodyIsRefusedWith400() throws Exception {
        String ts = String.valueOf(Instant.now().getEpochSecond());
        assertThat(post(ts, sign(url(), ts, "Test123"), "not json").statusCode()).isEqualTo(400);
        assertThat(post(ts, sign(url(), ts, "Test123"), "{\"UserId\":1}").statusCode()).as("no EventType").isEqualTo(400);
        assertThat(received.all).isEmpty();
    }
}
