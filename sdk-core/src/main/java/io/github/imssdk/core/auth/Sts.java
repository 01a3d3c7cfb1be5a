package io.github.imssdk.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.RpcClient;
import io.github.imssdk.core.RpcResponse;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.CoreAccess;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.RefreshingCredentials;
import io.github.imssdk.core.internal.SystemSettings;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * What the STS providers share: the endpoint they call and the credentials STS answers with.
 * STS is RPC, product {@code sts}, version {@value #VERSION}; its endpoints are
 * {@code sts.aliyuncs.com}, {@code sts.<region>.aliyuncs.com} and, inside a VPC,
 * {@code sts-vpc.<region>.aliyuncs.com}.
 */
final class Sts {
    static final String VERSION = "2015-04-01";
    private static final Pattern REGION = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Sts() {
    }

    /**
     * The endpoint, chosen as Alibaba Cloud's credentials libraries and CLI choose it: an explicit
     * one; else {@code ALIBABA_CLOUD_STS_ENDPOINT} (a host name, as the ACK pod identity webhook
     * sets it, or a URL); else from the region (the given one, else
     * {@code ALIBABA_CLOUD_STS_REGION}), the VPC endpoint when asked (the given flag, else
     * {@code ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED=true}); else the central {@code sts.aliyuncs.com}.
     */
    static URI endpoint(URI explicit, String region, Boolean vpc, SystemSettings s) {
        if (explicit != null) {
            return explicit;
        }
        if (s.stsEndpoint() != null) {
            return s.stsEndpoint(); // a test's emulator
        }
        String env = s.envNonBlank("ALIBABA_CLOUD_STS_ENDPOINT");
        if (env != null) {
            try {
                URI u = URI.create(env.contains("://") ? env : "https://" + env);
                if (u.getHost() == null || !(u.getScheme().equals("https") || u.getScheme().equals("http"))) {
                    throw new IllegalArgumentException("no host");
                }
                return u;
            } catch (IllegalArgumentException e) {
                throw new ImsClientException("ALIBABA_CLOUD_STS_ENDPOINT must be a host name such as "
                        + "sts-vpc.cn-shanghai.aliyuncs.com or an http(s) URL");
            }
        }
        String r = region != null && !region.trim().isEmpty() ? region.trim() : s.envNonBlank("ALIBABA_CLOUD_STS_REGION");
        if (r == null) {
            return URI.create("https://sts.aliyuncs.com");
        }
        if (r.length() > 64 || !REGION.matcher(r).matches()) {
            throw new ImsClientException("the STS region must be a region id such as cn-shanghai (was '"
                    + (r.length() > 64 ? r.substring(0, 64) + "..." : r) + "')");
        }
        boolean inVpc = vpc != null ? vpc : s.envTrue("ALIBABA_CLOUD_VPC_ENDPOINT_ENABLED");
        return URI.create("https://" + (inVpc ? "sts-vpc." : "sts.") + r + ".aliyuncs.com");
    }

    /**
     * @param source signs the calls; {@code null} for anonymous calls ({@code AssumeRoleWithOIDC})
     * @param endpoint the STS endpoint
     * @return a client of this SDK's own transport: its signing, timeouts, retries and typed errors
     */
    static RpcClient client(CredentialsProvider source, URI endpoint) {
        RpcClient.Builder b = RpcClient.builder().product("sts").endpointOverride(endpoint);
        return source == null ? b.anonymous().build() : b.credentialsProvider(source).build();
    }

    /**
     * @param answer STS's answer to {@code AssumeRole} or {@code AssumeRoleWithOIDC}
     * @param what the call and role, for messages (never a secret)
     * @return the temporary credentials and their expiry
     */
    static RefreshingCredentials.Fetched credentials(RpcResponse answer, String what) {
        JsonNode c = CoreAccess.json(answer).path("Credentials");
        String id = Json.text(c, "AccessKeyId");
        String secret = Json.text(c, "AccessKeySecret");
        String token = Json.text(c, "SecurityToken");
        String expiration = Json.text(c, "Expiration");
        if (id == null || secret == null || token == null || expiration == null) {
            throw new ImsClientException(what + " answered incomplete credentials");
        }
        try {
            return new RefreshingCredentials.Fetched(Credentials.create(id, secret, token), Instant.parse(expiration));
        } catch (DateTimeParseException e) {
            throw new ImsClientException(what + " answered an unreadable Expiration");
        }
    }
}
