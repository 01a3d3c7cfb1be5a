package io.github.imssdk.ice.reliability;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.testsupport.Elapsed;
import io.github.imssdk.core.testsupport.Reports;
import io.github.imssdk.ice.Fixtures;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.IceClientBuilder;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault matrix of RELIABILITY.md: one row per failure, each checking the exception type,
 * the attempts made, the time bound, and that the non-idempotent SubmitLiveTranscodeJob (no
 * client token) was processed at most once: a request is re-sent only when the server rejected
 * it unprocessed (throttling, 503) or never received it.
 */
class FaultMatrixTest {
    static final Map<String, String> REPORT = new TreeMap<>();

    /** One row: how the server fails, and what the caller must see. */
    record Row(String id, String fault, Consumer<MockWebServer> server, Class<? extends ImsException> type,
               int attempts, Integer status, int maxReceived, String outcome) {
        @Override
        public String toString() {
            return id + " " + fault;
        }
    }

    static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json").body(body).build();
    }

    static MockResponse html(int status) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type", "text/html")
                .body("<html><head><title>" + status + " Gateway</title></head><body>nginx</body></html>").build();
    }

    static MockResponse empty(int status) {
        return new MockResponse.Builder().code(status).build();
    }

    static Consumer<MockWebServer> always(MockResponse r) {
        return s -> {
            for (int i = 0; i < 5; i++) {
                s.enqueue(r);
            }
        };
    }

    static final String OK = "{\"RequestId\":\"r\",\"JobId\":\"j\"}";

    static List<Row> rows() {
        List<Row> l = new ArrayList<>();
        l.add(new Row("01", "connection refused", null, ImsClientException.class, 3, null, 0,
                "retried (never sent), then ImsClientException"));
        l.add(new Row("02", "DNS failure of the configured host", null, ImsClientException.class, 3, null, 0,
                "retried (never sent), then ImsClientException"));
        l.add(new Row("03", "disconnect before the request is read", always(new MockResponse.Builder()
                .onRequestStart(new SocketEffect.CloseSocket(true, false, false)).build()),
                ImsClientException.class, 1, null, 1, "not retried (may have arrived)"));
        l.add(new Row("04", "disconnect after the request was read", always(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build()),
                ImsClientException.class, 1, null, 1, "not retried (may have been processed)"));
        l.add(new Row("05", "disconnect mid-body", always(new MockResponse.Builder().body(OK + " ".repeat(4000))
                .throttleBody(256, 20, TimeUnit.MILLISECONDS)
                .onResponseBody(new SocketEffect.CloseSocket(true, false, false)).build()),
                ImsClientException.class, 1, null, 1, "not retried"));
        l.add(new Row("06", "no response (read timeout)", always(new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE).build()),
                ImsClientException.class, 1, null, 1, "timeout, not retried"));
        l.add(new Row("07", "slow trickle past the whole-call timeout", always(new MockResponse.Builder()
                .body(OK + " ".repeat(200)).throttleBody(1, 100, TimeUnit.MILLISECONDS).build()),
                ImsClientException.class, 1, null, 1, "cut at the whole-call timeout (1 s)"));
        int row = 8;
        for (int status : new int[] {500, 502, 503, 504}) {
            boolean rejected = status == 503;
            String code = status == 500 ? "InternalError" : status == 503 ? "ServiceUnavailable" : "BadGateway";
            l.add(new Row(String.format("%02d", row++), status + " with JSON", always(json(status,
                    "{\"RequestId\":\"r\",\"Code\":\"" + code + "\",\"Message\":\"m\"}")), ImsServiceException.class,
                    rejected ? 3 : 1, status, rejected ? 3 : 1, rejected ? "retried (rejected unprocessed)" : "not retried"));
            l.add(new Row(String.format("%02d", row++), status + " with an HTML page", always(html(status)),
                    ImsServiceException.class, rejected ? 3 : 1, status, rejected ? 3 : 1,
                    rejected ? "retried (rejected unprocessed)" : "not retried"));
            l.add(new Row(String.format("%02d", row++), status + " with an empty body", always(empty(status)),
                    ImsServiceException.class, rejected ? 3 : 1, status, rejected ? 3 : 1,
                    rejected ? "retried (rejected unprocessed)" : "not retried"));
        }
        l.add(new Row("20", "429", always(empty(429)), ImsServiceException.class, 3, 429, 3,
                "retried (throttled), then ImsServiceException"));
        l.add(new Row("21", "Throttling.User without x-acs-retry-after", always(json(400,
                "{\"Code\":\"Throttling.User\",\"Message\":\"Request was denied due to user flow control.\"}")),
                ImsServiceException.class, 3, 400, 3, "retried with backoff"));
        l.add(new Row("22", "Throttling.User with x-acs-retry-after: 300", always(new MockResponse.Builder().code(400)
                .setHeader("x-acs-retry-after", "300")
                .body("{\"Code\":\"Throttling.User\",\"Message\":\"slow down\"}").build()),
                ImsServiceException.class, 3, 400, 3, "retried after 300 ms each"));
        l.add(new Row("23", "truncated JSON", always(json(200, "{\"RequestId\":\"r\",\"JobId\":\"j")),
                ImsClientException.class, 1, null, 1, "not retried (processed)"));
        l.add(new Row("24", "JSON of the wrong shape", always(json(200, "[1,2,3]")),
                ImsClientException.class, 1, null, 1, "not retried"));
        l.add(new Row("25", "200 with an error body", always(json(200,
                "{\"RequestId\":\"r\",\"Code\":\"InternalError\",\"Message\":\"m\"}")),
                ImsServiceException.class, 1, 200, 1, "reported as the error it is"));
        l.add(new Row("26", "corrupt gzip", always(new MockResponse.Builder().setHeader("Content-Encoding", "gzip")
                .body("this is not gzip").build()), ImsClientException.class, 1, null, 1, "not retried"));
        l.add(new Row("27", "unexpected redirect", always(new MockResponse.Builder().code(302)
                .setHeader("Location", "http://127.0.0.1:1/elsewhere").build()),
                ImsServiceException.class, 1, 302, 1, "not followed, reported"));
        l.add(new Row("28", "TLS failure (self-signed local HTTPS)", null, ImsClientException.class, 1, null, 1,
                "not retried (would fail again)"));
        l.add(new Row("29", "200 with an unreadable body (HTML)", always(new MockResponse.Builder()
                .setHeader("Content-Type", "text/html").body("<html>ok</html>").build()),
                ImsClientException.class, 1, null, 1, "not retried"));
        return l;
    }

    /** @return the address of a server that has just closed: nothing listens there */
    static URI closedPort() throws java.io.IOException {
        try (MockWebServer gone = new MockWebServer()) {
            gone.start();
            return gone.url("/").uri();
        }
    }

    /** What the rows that are not about timeouts allow: generous, so that a busy machine never trips them. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);
    /** Row 06's read timeout and row 07's whole-call timeout: the bounds those rows are about. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(400);
    static final Duration SHORT_CALL_TIMEOUT = Duration.ofSeconds(1);

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void row(Row row) throws Exception {
        try (MockWebServer server = new MockWebServer()) {
            Duration readTimeout = row.id().equals("06") ? SHORT_READ_TIMEOUT : READ_TIMEOUT;
            Duration callTimeout = row.id().equals("07") ? SHORT_CALL_TIMEOUT : CALL_TIMEOUT;
            IceClientBuilder b = IceClient.builder().credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                    .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(20)).build())
                    .readTimeout(readTimeout).callTimeout(callTimeout);
            switch (row.id()) {
                case "01":
                    b.endpointOverride(closedPort());
                    break;
                case "02":
                    b.endpointOverride(URI.create("http://ice.cn-shanghai.example:8080"))
                            .httpClient(new OkHttpClient.Builder().dns(host -> {
                                throw new UnknownHostException(host + ": no such host (test DNS)");
                            }).build());
                    break;
                case "28": {
                    HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName("localhost").build();
                    server.useHttps(new HandshakeCertificates.Builder().heldCertificate(cert).build().sslSocketFactory());
                    server.start();
                    server.enqueue(json(200, OK));
                    b.endpointOverride(server.url("/").uri());
                    break;
                }
                default:
                    server.start();
                    row.server().accept(server);
                    b.endpointOverride(server.url("/").uri());
            }
            Elapsed clock = Elapsed.start();
            ImsException e;
            try (IceClient ice = b.build()) {
                try {
                    ice.submitLiveTranscodeJob(Fixtures.transcodeJob().build());
                    e = null;
                } catch (ImsException x) {
                    e = x;
                }
            }
            // every call is bounded by its whole-call timeout, whatever the fault
            Duration took = clock.assertAtMost(callTimeout);
            int received = row.id().equals("01") || row.id().equals("02") ? 0 : server.getRequestCount();
            assertThat(e).as("an exception").isNotNull();
            assertThat(e).isInstanceOf(row.type());
            assertThat(e.attempts()).as("attempts").isEqualTo(row.attempts());
            assertThat(received).as("requests the server received").isLessThanOrEqualTo(row.maxReceived());
            if (row.status() != null) {
                assertThat(((ImsServiceException) e).statusCode()).isEqualTo(row.status());
            }
            if (row.id().equals("06")) {
                assertThat(((ImsClientException) e).isTimeout()).isTrue();
                clock.assertAtLeast(SHORT_READ_TIMEOUT);
            }
            if (row.id().equals("07")) {
                assertThat(((ImsClientException) e).isTimeout()).isTrue();
                assertThat(e.getMessage()).contains("whole-call timeout");
                clock.assertAtLeast(SHORT_CALL_TIMEOUT);
            }
            if (row.id().equals("22")) {
                clock.assertAtLeast(Duration.ofMillis(600)); // waited the service's 300 ms twice
            }
            REPORT.put(row.id(), String.format("| %s | %s | %s | %d | %d | %d ms | %s |", row.id(), row.fault(),
                    e.getClass().getSimpleName() + (row.status() != null ? " " + row.status() : ""), e.attempts(),
                    received, took.toMillis(), row.outcome()));
        }
    }

    @AfterAll
    static void writeReport() {
        StringBuilder table = new StringBuilder("| # | fault | exception | attempts | requests received | time | outcome |\n")
                .append("|---|---|---|---|---|---|---|\n");
        REPORT.values().forEach(r -> table.append(r).append('\n'));
        Reports.publish("fault-matrix.md", "FAULTS rows=" + REPORT.size() + " (each with its exception, attempts and bound)",
                table.toString());
    }
}
