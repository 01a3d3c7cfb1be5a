package io.github.imssdk.core;

import io.github.imssdk.core.auth.StaticCredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;
import io.github.imssdk.core.testsupport.LogCapture;
import io.github.imssdk.core.testsupport.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.tls.HandshakeCertificates;
import okhttp3.tls.HeldCertificate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Calls through a local proxy: the builder's (with Basic credentials), and the environment's
 * HTTPS_PROXY (a CONNECT tunnel) and NO_PROXY. The proxy's password never shows.
 */
class ProxyTest {
    private static final String SERVICE_HOST = "ice.example.invalid"; // never resolved: the proxy is asked
    private static final String PROXY_PASSWORD = "proxy-password-never-shown";

    MockWebServer proxy;

    @BeforeEach
    void start() throws Exception {
        proxy = new MockWebServer();
        proxy.start();
    }

    @AfterEach
    void stop() {
        proxy.close();
    }

    static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    static RpcRequest submit() {
        return RpcRequest.builder().action("SubmitLiveTranscodeJob").version("2020-11-09").queryParam("Name", "n").build();
    }

    static SystemSettings env(Map<String, String> variables) {
        return SystemSettings.of(variables, new Properties(), Paths.get("target", "no-home"));
    }

    URI proxyUri() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    @Test
    void theBuildersProxyWithCredentialsCarriesTheCall() throws Exception {
        proxy.enqueue(new MockResponse.Builder().code(407).setHeader("Proxy-Authenticate", "Basic realm=\"p\"").build());
        proxy.enqueue(json("{\"RequestId\":\"via-proxy\"}"));
        RpcClient.Builder b = RpcClient.builder().product("ice").endpointOverride(URI.create("http://" + SERVICE_HOST))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"))
                .proxy(proxyUri(), "alice", PROXY_PASSWORD);
        try (LogCapture logs = LogCapture.sdk(); RpcClient rpc = b.build()) {
            assertThat(rpc.call(submit()).requestId()).isEqualTo("via-proxy");
            assertThat(rpc.toString()).doesNotContain(PROXY_PASSWORD);
            assertThat(logs.text()).doesNotContain(PROXY_PASSWORD);
        }
        RecordedRequest refused = proxy.takeRequest();
        assertThat(refused.getRequestLine()).startsWith("POST http://" + SERVICE_HOST + "/?");
        assertThat(refused.getHeaders().get("Proxy-Authorization")).isNull();
        RecordedRequest carried = proxy.takeRequest();
        assertThat(carried.getHeaders().get("Proxy-Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString(("alice:" + PROXY_PASSWORD).getBytes(UTF_8)));
        assertThat(carried.getHeaders().get("Host")).isEqualTo(SERVICE_HOST);
        Wire.assertV3Signature(carried, "secret");
    }

    @Test
    void httpsProxyFromTheEnvironmentTunnelsTheCall() throws Exception {
        HeldCertificate cert = new HeldCertificate.Builder().addSubjectAlternativeName(SERVICE_HOST).build();
        HandshakeCertificates serverSide = new HandshakeCertificates.Builder().heldCertificate(cert).build();
        HandshakeCertificates clientSide = new HandshakeCertificates.Builder().addTrustedCertificate(cert.certificate()).build();
        proxy.useHttps(serverSide.sslSocketFactory());
        proxy.enqueue(new MockResponse.Builder().inTunnel().build()); // answers the CONNECT
        proxy.enqueue(json("{\"RequestId\":\"through-the-tunnel\"}"));
        // a caller's OkHttp client, for its trust of the test certificate; it has no proxy of its own
        OkHttpClient theirs = new OkHttpClient.Builder().protocols(Collections.singletonList(Protocol.HTTP_1_1))
                .sslSocketFactory(clientSide.sslSocketFactory(), clientSide.trustManager()).build();
        RpcClient.Builder b = RpcClient.builder().product("ice").endpointOverride(URI.create("https://" + SERVICE_HOST))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret")).httpClient(theirs);
        Map<String, String> variables = new HashMap<>();
        variables.put("https_proxy", "http://bob:" + PROXY_PASSWORD + "@127.0.0.1:" + proxy.getPort());
        b.settings = env(variables);
        try (RpcClient rpc = b.build()) {
            assertThat(rpc.call(submit()).requestId()).isEqualTo("through-the-tunnel");
            assertThat(rpc.toString()).doesNotContain(PROXY_PASSWORD);
        }
        RecordedRequest connect = proxy.takeRequest();
        assertThat(connect.getRequestLine()).isEqualTo("CONNECT " + SERVICE_HOST + ":443 HTTP/1.1");
        RecordedRequest call = proxy.takeRequest();
        assertThat(call.getHeaders().get("Host")).isEqualTo(SERVICE_HOST);
        Wire.assertV3Signature(call, "secret");
    }

    @Test
    void noProxyNamesHostsThatGoDirect() throws Exception {
        MockWebServer service = new MockWebServer();
        service.start();
        try {
            service.enqueue(json("{\"RequestId\":\"direct\"}"));
            Map<String, String> variables = new HashMap<>();
            variables.put("HTTP_PROXY", "http://127.0.0.1:" + proxy.getPort());
            variables.put("NO_PROXY", "example.com, " + service.getHostName() + ":" + service.getPort());
            RpcClient.Builder b = RpcClient.builder().product("ice").endpointOverride(service.url("/").uri())
                    .credentialsProvider(StaticCredentialsProvider.create("id", "secret"));
            b.settings = env(variables);
            try (RpcClient rpc = b.build()) {
                assertThat(rpc.call(submit()).requestId()).isEqualTo("direct");
            }
            assertThat(proxy.getRequestCount()).isZero();
        } finally {
            service.close();
        }
    }

    @Test
    void aProxyIsAnHttpUriAndItsPasswordIsNeverRepeated() {
        assertThatThrownBy(() -> RpcClient.builder().proxy(URI.create("socks5://127.0.0.1:1080")))
                .isInstanceOf(ImsClientException.class).hasMessageContaining("http://host:port");
        assertThatThrownBy(() -> RpcClient.builder().proxy(URI.create("http://u:" + PROXY_PASSWORD + "@127.0.0.1:3128")))
                .isInstanceOf(ImsClientException.class).hasMessageNotContaining(PROXY_PASSWORD);
        Map<String, String> variables = new HashMap<>();
        variables.put("HTTPS_PROXY", "ftp://u:" + PROXY_PASSWORD + "@host");
        RpcClient.Builder b = RpcClient.builder().product("ice").endpointOverride(URI.create("https://" + SERVICE_HOST))
                .credentialsProvider(StaticCredentialsProvider.create("id", "secret"));
        b.settings = env(variables);
        assertThatThrownBy(b::build).isInstanceOf(ImsClientException.class).hasMessageContaining("HTTPS_PROXY")
                .hasMessageNotContaining(PROXY_PASSWORD);
    }
}
