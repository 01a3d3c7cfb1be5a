package io.github.imssdk.core.auth;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcRequest;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.SystemSettings;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.RecordedCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every {@code mode} of {@code ~/.aliyun/config.json} in Alibaba Cloud's CLI documentation
 * ("Configure credentials": AK, StsToken, RamRoleArn, EcsRamRole, RsaKeyPair, ChainableRamRoleArn,
 * CredentialsURI, OIDC, CloudSSO, OAuth, External), with the field names the CLI writes: the
 * supported ones call ICE on the emulator (which plays STS), the others are reported by name.
 */
class CliProfileModesTest {
    private static final String ROLE = "acs:ram::123456789012:role/ims-operator";
    private static final String ROLE_2 = "acs:ram::210987654321:role/ims-cross-account";
    private static final String IDP = "acs:ram::123456789012:oidc-provider/ack-rrsa-c0ffee";
    private static final String OIDC_TOKEN = "eyJhbGciOiJSUzI1NiJ9.cli-profile.c2ln";

    @TempDir
    Path home;
    IceMockServer server;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void start() throws Exception {
        server = IceMockServer.builder().start();
        server.trustOidcToken(IDP, OIDC_TOKEN);
        Path token = home.resolve("oidc-token");
        Files.write(token, OIDC_TOKEN.getBytes(StandardCharsets.UTF_8));
        String ak = "\"access_key_id\":\"" + IceMockServer.ACCESS_KEY_ID + "\",\"access_key_secret\":\""
                + IceMockServer.ACCESS_KEY_SECRET + "\"";
        String json = "{\"current\":\"ak\",\"profiles\":["
                + "{\"name\":\"ak\",\"mode\":\"AK\"," + ak + "},"
                + "{\"name\":\"role\",\"mode\":\"RamRoleArn\"," + ak + ",\"ram_role_arn\":\"" + ROLE + "\","
                + "\"ram_session_name\":\"cli-session\",\"expired_seconds\":1800,\"sts_region\":\"cn-shanghai\","
                + "\"enable_vpc\":true,\"external_id\":\"ext-never-shown\"},"
                + "{\"name\":\"chained\",\"mode\":\"ChainableRamRoleArn\",\"source_profile\":\"role\","
                + "\"ram_role_arn\":\"" + ROLE_2 + "\",\"ram_session_name\":\"cli-chained\"},"
                + "{\"name\":\"oidc\",\"mode\":\"OIDC\",\"ram_role_arn\":\"" + ROLE + "\",\"oidc_provider_arn\":\"" + IDP
                + "\",\"oidc_token_file\":\"" + token.toString().replace("\\", "\\\\") + "\",\"ram_session_name\":\"cli-oidc\"},"
                + "{\"name\":\"ecs\",\"mode\":\"EcsRamRole\",\"ram_role_name\":\"ims-ecs-role\"},"
                + "{\"name\":\"loop-a\",\"mode\":\"ChainableRamRoleArn\",\"source_profile\":\"loop-b\",\"ram_role_arn\":\"" + ROLE + "\"},"
                + "{\"name\":\"loop-b\",\"mode\":\"ChainableRamRoleArn\",\"source_profile\":\"loop-a\",\"ram_role_arn\":\"" + ROLE + "\"},"
                + "{\"name\":\"short\",\"mode\":\"RamRoleArn\"," + ak + ",\"ram_role_arn\":\"" + ROLE + "\",\"expired_seconds\":60},"
                + "{\"name\":\"CloudSSO\",\"mode\":\"CloudSSO\",\"cloud_sso_sign_in_url\":\"https://signin\"},"
                + "{\"name\":\"OAuth\",\"mode\":\"OAuth\",\"oauth_site_type\":\"CN\"},"
                + "{\"name\":\"External\",\"mode\":\"External\",\"process_command\":\"get-credentials\"},"
                + "{\"name\":\"RsaKeyPair\",\"mode\":\"RsaKeyPair\",\"key_pair_name\":\"k\"}]}";
        Path file = home.resolve(".aliyun/config.json");
        Files.createDirectories(file.getParent());
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
    }

    @AfterEach
    void stop() {
        server.close();
    }

    CliProfileCredentialsProvider profile(String name) {
        env.put("ALIBABA_CLOUD_PROFILE", name);
        return new CliProfileCredentialsProvider(SystemSettings.of(env, new Properties(), home, server.clock(), null,
                server.endpoint()));
    }

    RecordedCall callIceWith(CredentialsProvider p) {
        try (RpcClient rpc = RpcClient.builder().product("ice").endpointOverride(server.endpoint()).credentialsProvider(p)
                .retryPolicy(RetryPolicy.none()).build()) {
            rpc.call(RpcRequest.builder().action("ListLiveTranscodeTemplates").version("2020-11-09").build());
        }
        RecordedCall last = server.lastCall();
        assertThat(last.status()).isEqualTo(200);
        return last;
    }

    @Test
    void ramRoleArnAssumesTheRoleWithTheProfilesKeyPair() {
        CliProfileCredentialsProvider p = profile("role");
        assertThat(callIceWith(p).accessKeyId()).startsWith("STS.");
        RecordedCall assume = server.calls("AssumeRole").get(0);
        assertThat(assume.accessKeyId()).isEqualTo(IceMockServer.ACCESS_KEY_ID);
        assertThat(assume.param("RoleArn")).isEqualTo(ROLE);
        assertThat(assume.param("RoleSessionName")).isEqualTo("cli-session");
        assertThat(assume.param("DurationSeconds")).isEqualTo("1800");
        assertThat(p.toString()).doesNotContain("ext-never-shown");
    }

    @Test
    void chainableRamRoleArnAssumesItsRoleWithTheSourceProfilesCredentials() {
        assertThat(callIceWith(profile("chained")).accessKeyId()).startsWith("STS.");
        assertThat(server.calls("AssumeRole")).extracting(c -> c.param("RoleArn")).containsExactly(ROLE, ROLE_2);
        assertThat(server.calls("AssumeRole").get(1).accessKeyId()).as("signed with the first role's credentials")
                .startsWith("STS.");
    }

    @Test
    void oidcExchangesTheTokenFile() {
        assertThat(callIceWith(profile("oidc")).accessKeyId()).startsWith("STS.");
        RecordedCall exchange = server.calls("AssumeRoleWithOIDC").get(0);
        assertThat(exchange.signatureVersion()).isEqualTo("none");
        assertThat(exchange.param("RoleSessionName")).isEqualTo("cli-oidc");
        assertThat(exchange.param("OIDCProviderArn")).isEqualTo(IDP);
    }

    @Test
    void ecsRamRoleUsesTheNamedRole() {
        env.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
        CliProfileCredentialsProvider p = profile("ecs");
        assertThatThrownBy(p::resolveCredentials).isInstanceOf(ImsClientException.class)
                .hasMessageContaining("disabled by ALIBABA_CLOUD_ECS_METADATA_DISABLED=true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CloudSSO", "OAuth", "External", "RsaKeyPair"})
    void theOtherModesAreReportedByName(String mode) {
        assertThatThrownBy(() -> profile(mode).resolveCredentials()).isInstanceOf(ImsClientException.class)
                .hasMessageContaining("profile '" + mode + "' uses mode '" + mode + "', which this SDK does not support")
                .hasMessageContaining("supported: AK, StsToken, RamRoleArn, ChainableRamRoleArn, EcsRamRole, OIDC, CredentialsURI");
    }

    @Test
    void aSourceProfileLoopAndAShortSessionAreReportedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> profile("loop-a").resolveCredentials()).hasMessageContaining("loop-a -> loop-b -> loop-a");
        assertThatThrownBy(() -> profile("short").resolveCredentials())
                .hasMessageContaining("profile 'short' (mode RamRoleArn) has expired_seconds 60");
        assertThat(server.journal()).isEmpty();
    }
}
