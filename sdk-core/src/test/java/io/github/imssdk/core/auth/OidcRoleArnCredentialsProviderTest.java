package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.internal.SystemSettings;
import io.github.imssdk.core.testsupport.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * AssumeRoleWithOIDC on the wire (anonymous: no key, no signature; the token in the form body),
 * the token file read again at each refresh, the STS endpoint chosen as the credentials library
 * chooses it, and no token in any message.
 */
class OidcRoleArnCredentialsProviderTest {
    private static final Instant T0 = Instant.parse("2026-11-23T00:00:00Z");
    private static final String ROLE = "acs:ram::123456789012:role/ims-operator";
    private static final String IDP = "acs:ram::123456789012:oidc-provider/ack-rrsa-c123";

    MockWebServer sts;
    final UrlCredentialsProviderTest.MutableClock clock = new UrlCredentialsProviderTest.MutableClock(T0);
    final List<Runnable> refreshes = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeEach
    void start() throws Exception {
        sts = new MockWebServer();
        sts.start();
    }

    @AfterEach
    void stop() {
        sts.close();
    }

    static MockResponse issued(String id, Instant expiration) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r\",\"Credentials\":{\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"s-" + id
                        + "\",\"SecurityToken\":\"t-" + id + "\",\"Expiration\":\"" + expiration + "\"}}").build();
    }

    static Map<String, String> form(RecordedRequest r) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : r.getBody().utf8().split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(pair.substring(0, eq), "UTF-8"), URLDecoder.decode(pair.substring(eq + 1), "UTF-8"));
        }
        return out;
    }

    OidcRoleArnCredentialsProvider provider(Path tokenFile) {
        return OidcRoleArnCredentialsProvider.builder().roleArn(ROLE).oidcProviderArn(IDP).oidcTokenFile(tokenFile)
                .roleSessionName("pod-a").stsEndpoint(URI.create(sts.url("/").toString())).clock(clock)
                .refresher(refreshes::add).build();
    }

    @Test
    void anAnonymousCallWithTheTokenInTheBodyReadAgainAtEachRefresh() throws Exception {
        Path token = dir.resolve("token");
        Files.write(token, "first.jwt.token\n".getBytes(StandardCharsets.UTF_8));
        OidcRoleArnCredentialsProvider p = provider(token);
        sts.enqueue(issued("STS.one", T0.plusSeconds(3600)));
        assertThat(p.resolveCredentials()).isEqualTo(Credentials.create("STS.one", "s-STS.one", "t-STS.one"));

        RecordedRequest r = sts.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        Map<String, String> query = Wire.query(r);
        assertThat(query).containsEntry("Action", "AssumeRoleWithOIDC").containsEntry("Version", "2015-04-01")
                .containsEntry("Format", "JSON").containsKeys("Timestamp", "SignatureNonce")
                .doesNotContainKeys("AccessKeyId", "Signature", "SignatureMethod", "SignatureVersion", "SecurityToken",
                        "OIDCToken");
        assertThat(r.getHeaders().get("Authorization")).isNull();
        assertThat(form(r)).containsEntry("RoleArn", ROLE).containsEntry("OIDCProviderArn", IDP)
                .containsEntry("OIDCToken", "first.jwt.token").containsEntry("RoleSessionName", "pod-a")
                .containsEntry("DurationSeconds", "3600");

        // The platform rotates the token file; the refresh (due 15 minutes before expiry) reads it again.
        Files.write(token, "second.jwt.token".getBytes(StandardCharsets.UTF_8));
        clock.now = T0.plusSeconds(50 * 60);
        assertThat(p.resolveCredentials().accessKeyId()).as("still valid: no wait").isEqualTo("STS.one");
        assertThat(refreshes).hasSize(1);
        sts.enqueue(issued("STS.two", T0.plusSeconds(2 * 3600)));
        refreshes.remove(0).run();
        assertThat(form(sts.takeRequest())).containsEntry("OIDCToken", "second.jwt.token");
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("STS.two");
        assertThat(p.toString()).contains(ROLE).doesNotContain("jwt");
    }

    @Test
    void anStsErrorNeverShowsTheToken() throws Exception {
        Path token = dir.resolve("token");
        Files.write(token, "secret.oidc.token".getBytes(StandardCharsets.UTF_8));
        sts.enqueue(new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
                .body("{\"RequestId\":\"r-1\",\"Code\":\"AuthenticationFail.OIDCToken.Expired\","
                        + "\"Message\":\"This JsonWebToken is expired: secret.oidc.token\"}").build());
        ImsServiceException e = catchThrowableOfType(ImsServiceException.class, () -> provider(token).resolveCredentials());
        assertThat(e.errorCode()).isEqualTo("AuthenticationFail.OIDCToken.Expired");
        assertThat(e.requestId()).isEqualTo("r-1");
        assertThat(e.getMessage()).doesNotContain("secret.oidc.token");
        assertThat(e.errorMessage()).doesNotContain("secret.oidc.token");
    }

    @Test
    void aMissingEmptyOrHugeTokenFileIsNamedAndNothingIsSent() throws Exception {
        Path missing = dir.resolve("absent");
        assertThatThrownBy(() -> provider(missing).resolveCredentials()).isInstanceOf(ImsClientException.class)
                .hasMessageContaining("the OIDC token file " + missing + " could not be read");
        Path empty = Files.write(dir.resolve("empty"), new byte[] {' ', '\n'});
        assertThatThrownBy(() -> provider(empty).resolveCredentials()).hasMessageContaining("is empty");
        Path huge = Files.write(dir.resolve("huge"), new byte[64 * 1024 + 1]);
        assertThatThrownBy(() -> provider(huge).resolveCredentials()).hasMessageContaining("larger than 65536 bytes");
        assertThat(sts.getRequestCount()).isZero();
    }

    @Test
    void fromTheEnvironmentNamesEachMissingVariable() {
        Map<String, String> env = new HashMap<>();
        env.put("ALIBABA_CLOUD_ROLE_ARN", ROLE);
        SystemSettings s = SystemSettings.of(env, new Properties(), dir);
        assertThatThrownBy(() -> OidcRoleArnCredentialsProvider.fromEnvironment(s)).isInstanceOf(ImsClientException.class)
                .hasMessage("environment variables ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set");
    }

    @Test
    void theStsEndpointIsChosenAsTheCredentialsLibraryChoosesIt() {
        Map<String, String> env = new HashMap<>();
        SystemSettings none = SystemSettings.of(env, new Properties(), dir);
        assertThat(Sts.endpoint(null, null, null, none)).hasToString("https://sts.aliyuncs.com");
        assertThat(Sts.endpoint(null, "cn-shanghai", null, none)).hasToString("https://sts.cn-shanghai.aliyuncs.com");
        assertThat(Sts.endpoint(null, "cn-shanghai", true, none)).hasToString("https://sts-vpc.cn-shanghai.aliyuncs.com");
        env.put("ALIBABA_CLOUD_STS_REGION", "cn-beijing");
        env.put("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED", "true");
        SystemSettings vpc = SystemSettings.of(env, new Properties(), dir);
        assertThat(Sts.endpoint(null, null, null, vpc)).hasToString("https://sts-vpc.cn-beijing.aliyuncs.com");
        assertThat(Sts.endpoint(null, "cn-hangzhou", false, vpc)).hasToString("https://sts.cn-hangzhou.aliyuncs.com");
        assertThat(Sts.endpoint(URI.create("https://sts.example.internal"), "cn-hangzhou", true, vpc))
                .hasToString("https://sts.example.internal");
        // what the ACK pod identity webhook injects (a host name) wins over the region
        env.put("ALIBABA_CLOUD_STS_ENDPOINT", "sts-vpc.cn-hangzhou.aliyuncs.com");
        SystemSettings webhook = SystemSettings.of(env, new Properties(), dir);
        assertThat(Sts.endpoint(null, "cn-beijing", null, webhook)).hasToString("https://sts-vpc.cn-hangzhou.aliyuncs.com");
        assertThat(Sts.endpoint(URI.create("https://sts.example.internal"), null, null, webhook))
                .hasToString("https://sts.example.internal");
        env.put("ALIBABA_CLOUD_STS_ENDPOINT", "http://127.0.0.1:8080");
        assertThat(Sts.endpoint(null, null, null, SystemSettings.of(env, new Properties(), dir)))
                .hasToString("http://127.0.0.1:8080");
        env.put("ALIBABA_CLOUD_STS_ENDPOINT", "ftp://sts.example");
        assertThatThrownBy(() -> Sts.endpoint(null, null, null, SystemSettings.of(env, new Properties(), dir)))
                .hasMessageContaining("ALIBABA_CLOUD_STS_ENDPOINT must be");
        assertThatThrownBy(() -> Sts.endpoint(null, "cn-shanghai/../evil", null, none)).isInstanceOf(ImsClientException.class)
                .hasMessageContaining("STS region");
    }
}
