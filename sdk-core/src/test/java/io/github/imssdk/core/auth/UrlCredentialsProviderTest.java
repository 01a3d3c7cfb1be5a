package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;
import io.github.imssdk.core.testsupport.LogCapture;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Credentials served at a URL: fetched once, kept until shortly before they expire, refreshed in
 * the background while still valid (refreshes run on an executor the test owns, and time on its
 * clock), a failed refresh keeps them. Nothing secret in a message or a log line.
 */
class UrlCredentialsProviderTest {
    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");

    MockWebServer server;
    final MutableClock clock = new MutableClock(T0);
    final List<Runnable> refreshes = new ArrayList<>();

    @TempDir
    Path home;

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static MockResponse credentials(String id, Instant expiration) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"Code\":\"Success\",\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"url-secret-" + id
                        + "\",\"SecurityToken\":\"url-token-" + id + "\",\"Expiration\":\"" + expiration + "\"}").build();
    }

    UrlCredentialsProvider provider() {
        return UrlCredentialsProvider.builder().uri(server.url("/creds?token=query-secret").uri()).clock(clock)
                .refresher(refreshes::add).build();
    }

    @Test
    void keepsTheCredentialsUntilShortlyBeforeTheyExpireThenRefreshesInTheBackground() throws Exception {
        server.enqueue(credentials("first", T0.plus(Duration.ofHours(1))));
        server.enqueue(credentials("second", T0.plus(Duration.ofHours(2))));
        UrlCredentialsProvider p = provider();
        Credentials c = p.resolveCredentials();
        assertThat(c.accessKeyId()).isEqualTo("first");
        assertThat(c.securityToken()).isEqualTo("url-token-first");
        clock.now = T0.plus(Duration.ofMinutes(40));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("first");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(refreshes).isEmpty();

        clock.now = T0.plus(Duration.ofMinutes(50)); // within 15 minutes of expiry
        assertThat(p.resolveCredentials().accessKeyId()).as("callers are not held up").isEqualTo("first");
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("first");
        assertThat(refreshes).as("one refresh at a time").hasSize(1);
        refreshes.remove(0).run();
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("second");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/creds?token=query-secret");
    }

    @Test
    void aFailedRefreshKeepsTheValidCredentialsAndIsLoggedOnce() {
        server.enqueue(credentials("first", T0.plus(Duration.ofHours(1))));
        server.enqueue(new MockResponse.Builder().code(500).body("url-secret-leak?").build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        UrlCredentialsProvider p = provider();
        p.resolveCredentials();
        clock.now = T0.plus(Duration.ofMinutes(50));
        try (LogCapture logs = LogCapture.sdk()) {
            for (int i = 0; i < 2; i++) {
                assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("first");
                refreshes.remove(0).run();
            }
            assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("first");
            assertThat(logs.warnings()).singleElement().asString().contains("HTTP 500")
                    .doesNotContain("query-secret").doesNotContain("url-secret");
        }
        // once they expire, a failure reaches the caller
        clock.now = T0.plus(Duration.ofHours(2));
        server.enqueue(new MockResponse.Builder().code(503).build());
        assertThatThrownBy(p::resolveCredentials).isInstanceOf(ImsClientException.class).hasMessageContaining("HTTP 503")
                .hasMessageNotContaining("query-secret");
    }

    @Test
    void answersOtherThanCompleteCredentialsAreTypedErrorsWithoutTheirContent() {
        server.enqueue(new MockResponse.Builder().body("{\"Code\":\"Forbidden\",\"AccessKeySecret\":\"leak\"}").build());
        assertThatThrownBy(() -> provider().resolveCredentials()).isInstanceOf(ImsClientException.class)
                .hasMessageContaining("Code=Forbidden").hasMessageNotContaining("leak");
        server.enqueue(new MockResponse.Builder().body("{\"Code\":\"Success\",\"AccessKeyId\":\"a\"}").build());
        assertThatThrownBy(() -> provider().resolveCredentials()).hasMessageContaining("incomplete");
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "http://elsewhere.invalid/").build());
        assertThatThrownBy(() -> provider().resolveCredentials()).hasMessageContaining("HTTP 302"); // never followed
        assertThat(provider().toString()).doesNotContain("query-secret");
    }

    @Test
    void theDefaultChainUsesTheEnvironmentsCredentialsUriLast() {
        server.enqueue(credentials("from-uri", Instant.now().plus(Duration.ofHours(1))));
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        SystemSettings s = SystemSettings.of(env, new Properties(), home);
        assertThatThrownBy(() -> CredentialsProviderChain.defaultChain(s).resolveCredentials())
                .hasMessageContaining("UrlCredentialsProvider(ALIBABA_CLOUD_CREDENTIALS_URI): ALIBABA_CLOUD_CREDENTIALS_URI is not set");
        env.put("ALIBABA_CLOUD_CREDENTIALS_URI", server.url("/creds").toString());
        SystemSettings withUri = SystemSettings.of(env, new Properties(), home);
        assertThat(CredentialsProviderChain.defaultChain(withUri).resolveCredentials().accessKeyId()).isEqualTo("from-uri");
    }

    @Test
    void theCliProfileModeCredentialsUri() throws Exception {
        server.enqueue(credentials("from-profile", Instant.now().plus(Duration.ofHours(1))));
        CredentialsProvidersTest.writeOwnerOnly(home.resolve(".aliyun/config.json"), "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\","
                + "\"mode\":\"CredentialsURI\",\"credentials_uri\":\"" + server.url("/creds") + "\"}]}");
        SystemSettings s = SystemSettings.of(new HashMap<>(), new Properties(), home);
        assertThat(new CliProfileCredentialsProvider(s).resolveCredentials().accessKeyId()).isEqualTo("from-profile");
    }

    @Test
    void anUnsupportedCliModeIsNamed() throws Exception {
        CredentialsProvidersTest.writeOwnerOnly(home.resolve(".aliyun/config.json"), "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\","
                + "\"mode\":\"External\"}]}");
        SystemSettings s = SystemSettings.of(new HashMap<>(), new Properties(), home);
        assertThatThrownBy(() -> new CliProfileCredentialsProvider(s).resolveCredentials())
                .hasMessageContaining("uses mode 'External', which this SDK does not support");
    }

    @Test
    void onlyHttpUrls() {
        assertThatThrownBy(() -> UrlCredentialsProvider.create(URI.create("file:///etc/creds")))
                .isInstanceOf(ImsClientException.class).hasMessageContaining("http(s)");
    }
}
