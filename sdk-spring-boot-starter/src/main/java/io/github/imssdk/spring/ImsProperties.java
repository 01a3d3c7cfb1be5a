package io.github.imssdk.spring;

import io.github.imssdk.core.SignatureVersion;
import io.github.imssdk.ice.model.ValidationLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;

/**
 * The {@code ims.*} properties: how the {@code IceClient} and {@code IceAsyncClient} beans are
 * built, and the callback endpoint. Every setting but the region (or the endpoint) is optional;
 * an unset one keeps the SDK's default. Nothing secret appears in {@link #toString()}.
 */
@ConfigurationProperties(prefix = "ims")
public class ImsProperties {
    /** Region id of the ICE endpoint, e.g. cn-shanghai (else ALIBABA_CLOUD_REGION_ID). */
    private String region;

    /** An endpoint instead of the regional one, e.g. a VPC endpoint or a local emulator. */
    private URI endpoint;

    /** How requests are signed: V3 (ACS3-HMAC-SHA256, the default) or V1 (HMAC-SHA1). */
    private SignatureVersion signatureVersion;

    /** Client-side checks of requests before anything is sent (default DOCUMENTED). */
    private ValidationLevel validation;

    /** Text added to the User-Agent header, e.g. your service's name and version. */
    private String userAgentSuffix;

    /** Time to establish a connection (SDK default 5 s). */
    private Duration connectTimeout;

    /** Longest wait for any byte of an answer (SDK default 10 s). */
    private Duration readTimeout;

    /** Longest wait to send any byte of a request (SDK default 10 s). */
    private Duration writeTimeout;

    /** Bound on a whole call with its retries and credential fetches (SDK default 30 s). */
    private Duration callTimeout;

    private final Credentials credentials = new Credentials();

    private final Retry retry = new Retry();

    private final Proxy proxy = new Proxy();

    private final Callback callback = new Callback();

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public URI getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(URI endpoint) {
        this.endpoint = endpoint;
    }

    public SignatureVersion getSignatureVersion() {
        return signatureVersion;
    }

    public void setSignatureVersion(SignatureVersion signatureVersion) {
        this.signatureVersion = signatureVersion;
    }

    public ValidationLevel getValidation() {
        return validation;
    }

    public void setValidation(ValidationLevel validation) {
        this.validation = validation;
    }

    public String getUserAgentSuffix() {
        return userAgentSuffix;
    }

    public void setUserAgentSuffix(String userAgentSuffix) {
        this.userAgentSuffix = userAgentSuffix;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getReadTimeout() {
        return readTimeout;
    }

    public void setReadTimeout(Duration readTimeout) {
        this.readTimeout = readTimeout;
    }

    public Duration getWriteTimeout() {
        return writeTimeout;
    }

    public void setWriteTimeout(Duration writeTimeout) {
        this.writeTimeout = writeTimeout;
    }

    public Duration getCallTimeout() {
        return callTimeout;
    }

    public void setCallTimeout(Duration callTimeout) {
        this.callTimeout = callTimeout;
    }

    public Credentials getCredentials() {
        return credentials;
    }

    public Retry getRetry() {
        return retry;
    }

    public Proxy getProxy() {
        return proxy;
    }

    public Callback getCallback() {
        return callback;
    }

    @Override
    public String toString() {
        return "ImsProperties{region=" + region + ", endpoint=" + endpoint + ", signatureVersion=" + signatureVersion
                + ", validation=" + validation + ", credentials=" + credentials + ", retry=" + retry + ", proxy=" + proxy
                + ", callback=" + callback + "}";
    }

    /**
     * Where credentials come from: static keys when an access key id is set, else the named
     * profile when one is set, else the SDK's default chain (environment, RRSA, CLI profile,
     * credentials file, ECS RAM role, credentials URI).
     */
    public static class Credentials {
        /** A profile of ~/.aliyun/config.json or ~/.alibabacloud/credentials to use instead of the default chain. */
        private String profile;

        /** A static AccessKey id. Prefer the default chain: keys in configuration files leak. */
        private String accessKeyId;

        /** The static AccessKey secret that goes with access-key-id. Never logged. */
        private String accessKeySecret;

        /** An STS security token that goes with static temporary keys. Never logged. */
        private String securityToken;

        public String getProfile() {
            return profile;
        }

        public void setProfile(String profile) {
            this.profile = profile;
        }

        public String getAccessKeyId() {
            return accessKeyId;
        }

        public void setAccessKeyId(String accessKeyId) {
            this.accessKeyId = accessKeyId;
        }

        public String getAccessKeySecret() {
            return accessKeySecret;
        }

        public void setAccessKeySecret(String accessKeySecret) {
            this.accessKeySecret = accessKeySecret;
        }

        public String getSecurityToken() {
            return securityToken;
        }

        public void setSecurityToken(String securityToken) {
            this.securityToken = securityToken;
        }

        @Override
        public String toString() {
            return accessKeyId != null ? "static(" + accessKeyId + ")" : profile != null ? "profile(" + profile + ")"
                    : "default chain";
        }
    }

    /** Retries of throttled and failed calls; a call that may have reached the service is re-sent only when idempotent. */
    public static class Retry {
        /** Attempts per call, the first included (SDK default 3); 1 turns retries off. */
        private Integer maxAttempts;

        /** Whether a client-side send rate adapts to throttling answers (default false). */
        private boolean adaptiveRateLimit;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public boolean isAdaptiveRateLimit() {
            return adaptiveRateLimit;
        }

        public void setAdaptiveRateLimit(boolean adaptiveRateLimit) {
            this.adaptiveRateLimit = adaptiveRateLimit;
        }

        @Override
        public String toString() {
            return "{maxAttempts=" + maxAttempts + ", adaptiveRateLimit=" + adaptiveRateLimit + "}";
        }
    }

    /** An HTTP proxy for the calls (else the JVM's proxy properties, else HTTPS_PROXY / NO_PROXY). */
    public static class Proxy {
        /** The proxy, e.g. http://proxy.internal:3128. */
        private URI url;

        /** User name for the proxy, if it asks for one. */
        private String username;

        /** Password for the proxy. Never logged. */
        private String password;

        public URI getUrl() {
            return url;
        }

        public void setUrl(URI url) {
            this.url = url;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getPassword() {
            return password;
        }

        public void setPassword(String password) {
            this.password = password;
        }

        @Override
        public String toString() {
            return url == null ? "none" : url.getScheme() + "://" + url.getHost() + ":" + url.getPort();
        }
    }

    /** The endpoint that receives IMS event callbacks (HTTP POST), off unless enabled. */
    public static class Callback {
        /** Whether to serve the callback endpoint (servlet web applications). */
        private boolean enabled;

        /** The path the endpoint answers on. */
        private String path = "/ims/callback";

        /** The callback AuthKey set in IMS (1 to 32 letters and digits); required when enabled. Never logged. */
        private String authKey;

        /**
         * The callback URL exactly as configured in IMS, which the signature covers; needed behind
         * a proxy or gateway, where the URL the application sees differs. Else taken from the request.
         */
        private URI publicUrl;

        /** How far X-ICE-TIMESTAMP may be from now, either way, before a callback is refused as stale. */
        private Duration maxAge = Duration.ofMinutes(5);

        /** The largest body accepted, in bytes; a larger one is refused with 413 unread. */
        private long maxBodySize = 1048576;

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            this.path = path;
        }

        public String getAuthKey() {
            return authKey;
        }

        public void setAuthKey(String authKey) {
            this.authKey = authKey;
        }

        public URI getPublicUrl() {
            return publicUrl;
        }

        public void setPublicUrl(URI publicUrl) {
            this.publicUrl = publicUrl;
        }

        public Duration getMaxAge() {
            return maxAge;
        }

        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }

        public long getMaxBodySize() {
            return maxBodySize;
        }

        public void setMaxBodySize(long maxBodySize) {
            this.maxBodySize = maxBodySize;
        }

        @Override
        public String toString() {
            return "{enabled=" + enabled + ", path=" + path + ", publicUrl=" + publicUrl + ", maxAge=" + maxAge
                    + ", maxBodySize=" + maxBodySize + "}";
        }
    }
}
