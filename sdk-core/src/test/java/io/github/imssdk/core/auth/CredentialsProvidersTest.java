package io.github.imssdk.core.auth;

import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every source of the default chain, with a temporary home and environment; no real home or network. */
class CredentialsProvidersTest {
    @TempDir
    Path home;

    final Map<String, String> env = new HashMap<>();
    final Properties props = new Properties();
    MockWebServer imds;

    @BeforeEach
    void setUp() throws Exception {
        imds = new MockWebServer();
        imds.start();
    }

    @AfterEach
    void tearDown() {
        imds.close();
    }

    SystemSettings settings() {
        return SystemSettings.of(env, props, home);
    }

    CredentialsProviderChain chain() {
        SystemSettings s = settings();
        return CredentialsProviderChain.defaultChain(s,
                EcsRamRoleCredentialsProvider.builder().settings(s).endpoint(imds.url("/").toString()).build());
    }

    /** Writes a credentials file as a careful user would: readable by its owner only (no warning). */
    void write(String relative, String content) throws Exception {
        writeOwnerOnly(home.resolve(relative), content);
    }

    static void writeOwnerOnly(Path p, String content) throws Exception {
        Files.createDirectories(p.getParent());
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(p, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    static String ecsCredentials(String id, Instant expiration) {
        return "{\"Code\":\"Success\",\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"ecs-secret\","
                + "\"SecurityToken\":\"ecs-token\",\"Expiration\":\"" + expiration + "\",\"LastUpdated\":\"x\"}";
    }

    @Test
    void systemPropertiesComeFirst() throws Exception {
        props.setProperty("alibabacloud.accessKeyId", "prop-id");
        props.setProperty("alibabacloud.accessKeySecret", "prop-secret");
        props.setProperty("alibabacloud.sessionToken", "prop-token");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("prop-id", "prop-secret", "prop-token"));
    }

    @Test
    void systemPropertiesAcceptTheOlderSecretAlias() {
        props.setProperty("alibabacloud.accessKeyId", "prop-id");
        props.setProperty("alibabacloud.accessKeyIdSecret", "old-secret");
        assertThat(new SystemPropertiesCredentialsProvider(settings()).resolveCredentials().accessKeySecret())
                .isEqualTo("old-secret");
    }

    @Test
    void environmentVariablesComeSecond() throws Exception {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        env.put("ALIBABA_CLOUD_SECURITY_TOKEN", "env-token");
        write(".aliyun/config.json", "{\"current\":\"default\",\"profiles\":[{\"name\":\"default\",\"mode\":\"AK\","
                + "\"access_key_id\":\"cli-id\",\"access_key_secret\":\"cli-secret\"}]}");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("env-id", "env-secret", "env-token"));
    }

    @Test
    void cliProfileUsesCurrentOrTheProfileNamedByTheEnvironment() throws Exception {
        write(".aliyun/config.json", "{\"current\":\"a\",\"profiles\":["
                + "{\"name\":\"a\",\"mode\":\"AK\",\"access_key_id\":\"a-id\",\"access_key_secret\":\"a-secret\"},"
                + "{\"name\":\"b\",\"mode\":\"StsToken\",\"access_key_id\":\"b-id\",\"access_key_secret\":\"b-secret\","
                + "\"sts_token\":\"b-token\"},"
                + "{\"name\":\"c\",\"mode\":\"CloudSSO\",\"cloud_sso_account_id\":\"c\"}]}");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("a-id", "a-secret"));
        env.put("ALIBABA_CLOUD_PROFILE", "b");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("b-id", "b-secret", "b-token"));
        env.put("ALIBABA_CLOUD_PROFILE", "c");
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThatThrownBy(() -> chain().resolveCredentials()).isInstanceOf(ImsClientException.class)
                .hasMessageContaining("uses mode 'CloudSSO', which this SDK does not support");
    }

    @Test
    void aNamedProfileIsLookedForInBothFilesWhateverTheEnvironmentSelects() throws Exception {
        write(".aliyun/config.json", "{\"current\":\"a\",\"profiles\":["
                + "{\"name\":\"a\",\"mode\":\"AK\",\"access_key_id\":\"a-id\",\"access_key_secret\":\"a-secret\"}]}");
        write(".alibabacloud/credentials.ini", "[ops]\ntype = access_key\naccess_key_id = ops-id\naccess_key_secret = ops-s\n");
        env.put("ALIBABA_CLOUD_PROFILE", "a");
        assertThat(CredentialsProviderChain.profile(settings(), "ops").resolveCredentials())
                .isEqualTo(Credentials.create("ops-id", "ops-s"));
        assertThat(CredentialsProviderChain.profile(settings(), "a").resolveCredentials().accessKeyId()).isEqualTo("a-id");
        assertThatThrownBy(() -> CredentialsProviderChain.profile(settings(), "nobody").resolveCredentials())
                .hasMessageContaining("has no profile named 'nobody'");
    }

    @Test
    void cliProfileCanBeDisabled() throws Exception {
        write(".aliyun/config.json", "{\"current\":\"a\",\"profiles\":[{\"name\":\"a\",\"mode\":\"AK\","
                + "\"access_key_id\":\"a-id\",\"access_key_secret\":\"a-secret\"}]}");
        env.put("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
        assertThatThrownBy(() -> new CliProfileCredentialsProvider(settings()).resolveCredentials())
                .hasMessageContaining("ALIBABA_CLOUD_CLI_PROFILE_DISABLED");
    }

    @Test
    void iniFileWithTheOfficialNameAndProfileSelection() throws Exception {
        write(".alibabacloud/credentials.ini", "[default]\nenable = true\ntype = access_key\n"
                + "access_key_id = ini-id\naccess_key_secret = ini-secret\n\n"
                + "[other]\ntype = access_key\naccess_key_id = o-id\naccess_key_secret = \"o-secret\"\n"
                + "[off]\nenable = false\ntype = access_key\naccess_key_id = x\naccess_key_secret = y\n");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("ini-id", "ini-secret"));
        env.put("ALIBABA_CLOUD_PROFILE", "other");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("o-id", "o-secret"));
        env.put("ALIBABA_CLOUD_PROFILE", "off");
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThatThrownBy(() -> chain().resolveCredentials()).hasMessageContaining("is disabled (enable = false)");
    }

    @Test
    void iniFileWithoutTheIniSuffixIsAcceptedToo() throws Exception {
        write(".alibabacloud/credentials", "[default]\ntype = access_key\naccess_key_id = plain-id\n"
                + "access_key_secret = plain-secret\n");
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("plain-id", "plain-secret"));
    }

    @Test
    void iniFileFromAnExplicitPath() throws Exception {
        Path f = home.resolve("elsewhere.ini");
        writeOwnerOnly(f, "[default]\ntype = access_key\naccess_key_id = e-id\naccess_key_secret = e-secret\n");
        env.put("ALIBABA_CLOUD_CREDENTIALS_FILE", f.toString());
        assertThat(chain().resolveCredentials()).isEqualTo(Credentials.create("e-id", "e-secret"));
    }

    @Test
    void ecsRamRoleIsTheLastSourceAndUsesImdsV2() throws Exception {
        imds.enqueue(new MockResponse.Builder().body("imds-token-1").build());
        imds.enqueue(new MockResponse.Builder().body("my-role\n").build());
        imds.enqueue(new MockResponse.Builder().body(ecsCredentials("ecs-id", Instant.now().plusSeconds(6 * 3600))).build());
        Credentials c = chain().resolveCredentials();
        assertThat(c).isEqualTo(Credentials.create("ecs-id", "ecs-secret", "ecs-token"));

        RecordedRequest token = imds.takeRequest();
        assertThat(token.getMethod()).isEqualTo("PUT");
        assertThat(token.getTarget()).isEqualTo("/latest/api/token");
        assertThat(token.getHeaders().get("X-aliyun-ecs-metadata-token-ttl-seconds")).isEqualTo("21600");
        RecordedRequest list = imds.takeRequest();
        assertThat(list.getTarget()).isEqualTo("/latest/meta-data/ram/security-credentials/");
        assertThat(list.getHeaders().get("X-aliyun-ecs-metadata-token")).isEqualTo("imds-token-1");
        RecordedRequest creds = imds.takeRequest();
        assertThat(creds.getTarget()).isEqualTo("/latest/meta-data/ram/security-credentials/my-role");
        assertThat(creds.getHeaders().get("X-aliyun-ecs-metadata-token")).isEqualTo("imds-token-1");
    }

    @Test
    void ecsNeverFollowsARedirectWithItsSessionToken() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            imds.enqueue(new MockResponse.Builder().body("imds-token-1").build());
            imds.enqueue(new MockResponse.Builder().code(302)
                    .setHeader("Location", elsewhere.url("/latest/meta-data/ram/security-credentials/").toString()).build());
            EcsRamRoleCredentialsProvider p = EcsRamRoleCredentialsProvider.builder().settings(settings())
                    .endpoint(imds.url("/").toString()).build();
            assertThatThrownBy(p::resolveCredentials).hasMessageContaining("302");
            assertThat(elsewhere.getRequestCount()).as("requests that followed the redirect").isZero();
        }
    }

    @Test
    void ecsFallsBackToImdsV1UnlessDisabled() throws Exception {
        imds.enqueue(new MockResponse.Builder().code(403).build());
        imds.enqueue(new MockResponse.Builder().body(ecsCredentials("v1-id", Instant.now().plusSeconds(3600))).build());
        env.put("ALIBABA_CLOUD_ECS_METADATA", "named-role");
        EcsRamRoleCredentialsProvider p = EcsRamRoleCredentialsProvider.builder().settings(settings())
                .endpoint(imds.url("/").toString()).build();
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("v1-id");
        imds.takeRequest();
        RecordedRequest get = imds.takeRequest();
        assertThat(get.getTarget()).isEqualTo("/latest/meta-data/ram/security-credentials/named-role");
        assertThat(get.getHeaders().get("X-aliyun-ecs-metadata-token")).isNull();

        imds.enqueue(new MockResponse.Builder().code(403).build());
        env.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");
        EcsRamRoleCredentialsProvider strict = EcsRamRoleCredentialsProvider.builder().settings(settings())
                .endpoint(imds.url("/").toString()).build();
        assertThatThrownBy(strict::resolveCredentials).hasMessageContaining("IMDSv1 is disabled");
    }

    @Test
    void ecsCachesAndRefreshesBeforeExpiry() throws Exception {
        Instant t0 = Instant.parse("2026-11-23T00:00:00Z");
        AtomicReference<Instant> now = new AtomicReference<>(t0);
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        // Refreshes run on this thread as soon as they are due (the provider's callers never wait
        // for one while the credentials are valid; here the test waits, to see the result).
        EcsRamRoleCredentialsProvider p = EcsRamRoleCredentialsProvider.builder().roleName("r").settings(settings())
                .endpoint(imds.url("/").toString()).clock(clock).refresher(Runnable::run).build();
        imds.enqueue(new MockResponse.Builder().body("tok").build());
        imds.enqueue(new MockResponse.Builder().body(ecsCredentials("first", t0.plusSeconds(3600))).build());
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("first");
        now.set(t0.plusSeconds(30 * 60));
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("first");
        assertThat(imds.getRequestCount()).isEqualTo(2);

        now.set(t0.plusSeconds(50 * 60)); // within 15 minutes of expiry
        imds.enqueue(new MockResponse.Builder().body("tok").build());
        imds.enqueue(new MockResponse.Builder().body(ecsCredentials("second", t0.plusSeconds(7200))).build());
        assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("second");
        assertThat(imds.getRequestCount()).isEqualTo(4);

        now.set(t0.plusSeconds(110 * 60)); // refresh fails: the cached credentials are still valid
        imds.enqueue(new MockResponse.Builder().body("tok").build());
        imds.enqueue(new MockResponse.Builder().code(500).build());
        try (io.github.imssdk.core.testsupport.LogCapture logs = io.github.imssdk.core.testsupport.LogCapture.sdk()) {
            assertThat(p.resolveCredentials().accessKeyId()).isEqualTo("second");
            assertThat(logs.warnings()).singleElement().asString()
                    .contains("Refreshing the credentials from the ECS RAM role failed; using the cached ones until 2026-11-23T02:00:00Z")
                    .contains("HTTP 500");
        }
    }

    @Test
    void theDefaultChainAsksInTheOrderOfTheCredentialsLibrary() {
        // Alibaba Cloud's credentials library (DefaultCredentialsProvider): system properties,
        // environment, OIDC role (RRSA), CLI profile, credentials file, ECS RAM role, credentials URI.
        assertThat(chain().providers()).extracting(p -> p.toString().replaceAll("\\(.*", "")).containsExactly(
                "SystemPropertiesCredentialsProvider", "EnvironmentVariableCredentialsProvider",
                "OidcRoleArnCredentialsProvider", "CliProfileCredentialsProvider", "ProfileCredentialsProvider",
                "EcsRamRoleCredentialsProvider", "UrlCredentialsProvider");
    }

    @Test
    void noSourceListsEverySourceAndWhyItWasSkipped() {
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        assertThatThrownBy(() -> chain().resolveCredentials())
                .isInstanceOf(ImsClientException.class)
                .hasMessageContaining("No Alibaba Cloud credentials found")
                .hasMessageContaining("SystemPropertiesCredentialsProvider: system properties alibabacloud.accessKeyId")
                .hasMessageContaining("EnvironmentVariableCredentialsProvider: environment variables ALIBABA_CLOUD_ACCESS_KEY_ID")
                .hasMessageContaining("OidcRoleArnCredentialsProvider(environment): environment variables ALIBABA_CLOUD_ROLE_ARN, "
                        + "ALIBABA_CLOUD_OIDC_PROVIDER_ARN, ALIBABA_CLOUD_OIDC_TOKEN_FILE not set")
                .hasMessageContaining("CliProfileCredentialsProvider: " + home.resolve(".aliyun/config.json") + " does not exist")
                .hasMessageContaining("ProfileCredentialsProvider: neither")
                .hasMessageContaining("EcsRamRoleCredentialsProvider(roleName=null): disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED");
    }

    @Test
    void anUnreachableMetadataServiceIsReportedNotHung() {
        imds.close();
        assertThatThrownBy(() -> chain().resolveCredentials())
                .hasMessageContaining("ECS metadata service").hasMessageContaining("not reachable");
    }

    @Test
    void closingAChainClosesTheMembersThatHoldResources() {
        int[] closed = new int[2];
        class Holding implements CredentialsProvider, AutoCloseable {
            final int slot;

            Holding(int slot) {
                this.slot = slot;
            }

            @Override
            public Credentials resolveCredentials() {
                return Credentials.create("h", "s");
            }

            @Override
            public void close() {
                closed[slot]++;
                if (slot == 0) {
                    throw new IllegalStateException("closing failed"); // dropped: the others still close
                }
            }
        }
        CredentialsProviderChain c = CredentialsProviderChain.of(new Holding(0), () -> Credentials.create("x", "y"),
                new Holding(1));
        c.close();
        c.close();
        assertThat(closed).containsExactly(2, 2);
    }

    @Test
    void theChainRemembersTheSourceThatWorked() {
        env.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "env-id");
        env.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-secret");
        int[] calls = new int[2];
        CredentialsProvider failing = () -> {
            calls[0]++;
            throw new ImsClientException("nothing here");
        };
        CredentialsProvider working = () -> {
            calls[1]++;
            return Credentials.create("w", "s");
        };
        CredentialsProviderChain c = CredentialsProviderChain.of(failing, working);
        c.resolveCredentials();
        c.resolveCredentials();
        c.resolveCredentials();
        assertThat(calls).containsExactly(1, 3);
    }

    @Test
    void warnsAboutCredentialsFilesReadableByOthers() throws Exception {
        write(".alibabacloud/credentials.ini", "[default]\ntype = access_key\naccess_key_id = a\naccess_key_secret = s\n");
        write(".aliyun/config.json", "{\"current\":\"a\",\"profiles\":[{\"name\":\"a\",\"mode\":\"AK\","
                + "\"access_key_id\":\"x\",\"access_key_secret\":\"y\"}]}");
        Path ini = home.resolve(".alibabacloud/credentials.ini");
        Path cli = home.resolve(".aliyun/config.json");
        java.nio.file.Files.setPosixFilePermissions(ini, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        java.nio.file.Files.setPosixFilePermissions(cli, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        try (io.github.imssdk.core.testsupport.LogCapture logs = io.github.imssdk.core.testsupport.LogCapture.sdk()) {
            new ProfileCredentialsProvider(settings()).resolveCredentials();
            new CliProfileCredentialsProvider(settings()).resolveCredentials();
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).startsWith("WARN").contains(ini.toString())
                    .contains("readable by other users"));
            assertThat(logs.lines()).anySatisfy(l -> assertThat(l).contains(cli.toString()).contains("chmod 600"));
            assertThat(logs.text()).doesNotContain("access_key_secret = s").doesNotContain("\"y\"");
        }
        java.nio.file.Files.setPosixFilePermissions(ini, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        try (io.github.imssdk.core.testsupport.LogCapture logs = io.github.imssdk.core.testsupport.LogCapture.sdk()) {
            new ProfileCredentialsProvider(settings()).resolveCredentials();
            assertThat(logs.lines()).noneSatisfy(l -> assertThat(l).contains("readable by other users"));
        }
    }

    @Test
    void credentialsNeverShowTheirSecretOrToken() {
        Credentials c = Credentials.create("id-1", "the-secret", "the-token");
        assertThat(c.toString()).contains("id-1").doesNotContain("the-secret").doesNotContain("the-token");
        assertThat(StaticCredentialsProvider.create(c).toString()).doesNotContain("the-secret").doesNotContain("the-token");
        assertThatThrownBy(() -> Credentials.create("id", "")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bridgesAnAliyunJavaSdkCoreProvider() {
        CredentialsProvider p = AliyunCoreCredentialsProvider.create(
                () -> new com.aliyuncs.auth.BasicSessionCredentials("b-id", "b-secret", "b-token"));
        assertThat(p.resolveCredentials()).isEqualTo(Credentials.create("b-id", "b-secret", "b-token"));
        CredentialsProvider basic = AliyunCoreCredentialsProvider.create(
                () -> new com.aliyuncs.auth.BasicCredentials("k", "s"));
        assertThat(basic.resolveCredentials()).isEqualTo(Credentials.create("k", "s"));
        CredentialsProvider failing = AliyunCoreCredentialsProvider.create(() -> {
            throw new com.aliyuncs.exceptions.ClientException("SDK.Failed", "secret-in-message");
        });
        assertThatThrownBy(failing::resolveCredentials).isInstanceOf(ImsClientException.class)
                .hasMessageNotContaining("secret-in-message");
    }
}
