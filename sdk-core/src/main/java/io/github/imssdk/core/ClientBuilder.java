package io.github.imssdk.core;

import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.internal.Nonces;
import io.github.imssdk.core.internal.ProxySettings;
import io.github.imssdk.core.internal.Redactor;
import io.github.imssdk.core.internal.SystemSettings;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The transport settings every client builder shares ({@link RpcClient.Builder} and the service
 * clients' builders), with their defaults:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>setting</th><th>default</th></tr>
 *   <tr><td>{@link #region}</td><td>{@code ALIBABA_CLOUD_REGION_ID}; endpoint {@code https://{product}.{region}.aliyuncs.com}</td></tr>
 *   <tr><td>{@link #endpointOverride}</td><td>none</td></tr>
 *   <tr><td>{@link #credentialsProvider}</td><td>{@link CredentialsProvider#defaultChain()}</td></tr>
 *   <tr><td>{@link #signatureVersion}</td><td>{@link SignatureVersion#V3}</td></tr>
 *   <tr><td>{@link #retryPolicy}</td><td>{@link RetryPolicy#defaultPolicy()}: 3 attempts</td></tr>
 *   <tr><td>{@link #connectTimeout} / {@link #readTimeout} / {@link #writeTimeout}</td><td>5 s / 10 s / 10 s</td></tr>
 *   <tr><td>{@link #callTimeout}</td><td>30 s for all attempts and waits of one call</td></tr>
 *   <tr><td>{@link #maxIdleConnections} / {@link #maxConcurrentRequests}</td><td>16 / 64</td></tr>
 *   <tr><td>{@link #httpClient}</td><td>a client owned by the SDK</td></tr>
 *   <tr><td>{@link #clock} / {@link #nonceSupplier}</td><td>UTC system clock / 128 random bits</td></tr>
 * </table>
 *
 * @param <B> the concrete builder
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** A DNS label holds at most 63 characters; region ids are far shorter. */
    private static final int MAX_REGION_LENGTH = 63;

    String region;
    URI endpointOverride;
    CredentialsProvider credentialsProvider;
    /** Set only by {@link RpcClient.Builder#anonymous()}: requests are sent unsigned. */
    boolean anonymous;
    SignatureVersion signatureVersion = SignatureVersion.V3;
    RetryPolicy retryPolicy = RetryPolicy.defaultPolicy();
    Duration connectTimeout = Duration.ofSeconds(5);
    Duration readTimeout = Duration.ofSeconds(10);
    Duration writeTimeout = Duration.ofSeconds(10);
    Duration callTimeout = Duration.ofSeconds(30);
    int maxIdleConnections = 16;
    Duration idleConnectionTimeout = Duration.ofSeconds(10);
    long maxResponseBytes = 4L * 1024 * 1024;
    int maxConcurrentRequests = 64;
    OkHttpClient httpClient;
    Clock clock = Clock.systemUTC();
    Supplier<String> nonceSupplier = Nonces::next;
    String userAgentSuffix;
    SystemSettings settings = SystemSettings.system();
    List<String> documentedRegions = Collections.emptyList();
    final List<RpcInterceptor> interceptors = new ArrayList<>();
    ProxySettings proxy;

    /** For subclasses. */
    protected ClientBuilder() {
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * Sends every call through an HTTP proxy (an https endpoint is reached through it with
     * {@code CONNECT}). Without this, the JVM's proxy properties ({@code https.proxyHost}, ...)
     * apply when set, else the environment's {@code HTTPS_PROXY} / {@code HTTP_PROXY} /
     * {@code NO_PROXY} (either case; {@code http://user:password@host:port} carries credentials).
     *
     * @param proxy {@code http://host:port}
     * @return this builder
     * @throws io.github.imssdk.core.exception.ImsClientException when it is not such a URI
     */
    public B proxy(URI proxy) {
        this.proxy = ProxySettings.of(proxy, null, null);
        return self();
    }

    /**
     * Like {@link #proxy(URI)}, for a proxy that asks for Basic credentials. The password is never
     * logged or shown.
     *
     * @param proxy {@code http://host:port}
     * @param username the proxy user
     * @param password its password
     * @return this builder
     * @throws io.github.imssdk.core.exception.ImsClientException when the URI is not such a URI,
     *     or carries user info
     */
    public B proxy(URI proxy, String username, String password) {
        this.proxy = ProxySettings.of(proxy, Objects.requireNonNull(username, "username"),
                Objects.requireNonNull(password, "password"));
        return self();
    }

    /**
     * Adds an interceptor, which sees every call and attempt of the client (and may add headers
     * to attempts). Interceptors run in the order they were added.
     *
     * @param interceptor the interceptor
     * @return this builder
     */
    public B addInterceptor(RpcInterceptor interceptor) {
        interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
        return self();
    }

    /**
     * @param region the region id, e.g. {@code cn-shanghai}; default {@code ALIBABA_CLOUD_REGION_ID}
     * @return this builder
     */
    public B region(String region) {
        this.region = region;
        return self();
    }

    /**
     * @param endpoint where to send requests instead of the regional endpoint, e.g.
     *     {@code http://127.0.0.1:8080}; scheme, host and port are used
     * @return this builder
     */
    public B endpointOverride(URI endpoint) {
        this.endpointOverride = endpoint;
        return self();
    }

    /**
     * @param provider who supplies credentials (default {@link CredentialsProvider#defaultChain()})
     * @return this builder
     */
    public B credentialsProvider(CredentialsProvider provider) {
        this.credentialsProvider = provider;
        return self();
    }

    /**
     * @param version how to sign (default {@link SignatureVersion#V3})
     * @return this builder
     */
    public B signatureVersion(SignatureVersion version) {
        this.signatureVersion = Objects.requireNonNull(version, "signatureVersion");
        return self();
    }

    /**
     * @param policy retry policy (default {@link RetryPolicy#defaultPolicy()})
     * @return this builder
     */
    public B retryPolicy(RetryPolicy policy) {
        this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
        return self();
    }

    /**
     * @param timeout TCP/TLS connect timeout (default 5 s); not applied to a caller's {@link #httpClient}
     * @return this builder
     */
    public B connectTimeout(Duration timeout) {
        this.connectTimeout = positive(timeout, "connectTimeout");
        return self();
    }

    /**
     * The longest silence from the service: the wait for its answer once the request is written,
     * and every wait for more of the answer (or of a TLS handshake); OkHttp's read timeout. A
     * call that runs out of it fails with
     * {@link io.github.imssdk.core.exception.ImsClientException#isTimeout()} true.
     *
     * @param timeout the read timeout (default 10 s); not applied to a caller's {@link #httpClient},
     *                whose own timeouts apply
     * @return this builder
     */
    public B readTimeout(Duration timeout) {
        this.readTimeout = positive(timeout, "readTimeout");
        return self();
    }

    /**
     * The longest the service may take to accept more of the request; OkHttp's write timeout.
     *
     * @param timeout the write timeout (default 10 s); not applied to a caller's {@link #httpClient},
     *                whose own timeouts apply
     * @return this builder
     */
    public B writeTimeout(Duration timeout) {
        this.writeTimeout = positive(timeout, "writeTimeout");
        return self();
    }

    /**
     * @param timeout bound on a whole call: every attempt and every wait between attempts (default 30 s)
     * @return this builder
     */
    public B callTimeout(Duration timeout) {
        this.callTimeout = positive(timeout, "callTimeout");
        return self();
    }

    /**
     * @param max idle connections kept for reuse (default 16); not applied to a caller's
     *     {@link #httpClient}
     * @return this builder
     */
    public B maxIdleConnections(int max) {
        if (max < 0) {
            throw new IllegalArgumentException("maxIdleConnections must not be negative");
        }
        this.maxIdleConnections = max;
        return self();
    }

    /**
     * How long an idle connection is kept for reuse. Shorter than the idle timeouts of the load
     * balancers in front of a service (15 s by default on Alibaba Cloud's), so that the client
     * drops a connection before the other side does, rather than sending a request into one the
     * other side has just closed.
     *
     * @param timeout idle time before a pooled connection is closed (default 10 s); not applied
     *     to a caller's {@link #httpClient}
     * @return this builder
     */
    public B idleConnectionTimeout(Duration timeout) {
        this.idleConnectionTimeout = positive(timeout, "idleConnectionTimeout");
        return self();
    }

    /**
     * The largest answer the client reads, counted after decompression. A larger one (declared
     * or not) fails the attempt with {@link io.github.imssdk.core.exception.ResponseTooLargeException}
     * and its connection is discarded, so a broken or hostile server cannot fill the heap.
     *
     * @param bytes the limit (default 4 MiB, far above any answer of the APIs this SDK serves)
     * @return this builder
     */
    public B maxResponseSize(long bytes) {
        if (bytes < 1024) {
            throw new IllegalArgumentException("maxResponseSize must be at least 1024 bytes");
        }
        this.maxResponseBytes = bytes;
        return self();
    }

    /**
     * @param max asynchronous calls in flight at once; more wait in a queue (default 64); not
     *     applied to a caller's {@link #httpClient}
     * @return this builder
     */
    public B maxConcurrentRequests(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("maxConcurrentRequests must be at least 1");
        }
        this.maxConcurrentRequests = max;
        return self();
    }

    /**
     * @param client your own OkHttp client, whose pool, dispatcher, timeouts, proxy and TLS
     *     settings are used. The SDK derives its client with {@code newBuilder()}, turns off
     *     OkHttp's silent retries and redirects, adds its event listener to yours with
     *     {@code EventListener.plus} (it tells whether an attempt started writing its request,
     *     for safe retries), and leaves your client's dispatcher and pool alone on close. Your
     *     dispatcher runs synchronous calls too: its {@code maxRequestsPerHost} (5 by default)
     *     limits how many calls are in flight at once.
     * @return this builder
     */
    public B httpClient(OkHttpClient client) {
        this.httpClient = client;
        return self();
    }

    /**
     * @param clock the clock that stamps requests and checks time windows (default UTC system clock)
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return self();
    }

    /**
     * @param supplier makes each attempt's signature nonce; must never repeat (default 128 random bits as hex)
     * @return this builder
     */
    public B nonceSupplier(Supplier<String> supplier) {
        this.nonceSupplier = Objects.requireNonNull(supplier, "nonceSupplier");
        return self();
    }

    /**
     * @param suffix text appended to the {@code User-Agent}, e.g. your application's name
     * @return this builder
     */
    public B userAgentSuffix(String suffix) {
        this.userAgentSuffix = suffix;
        return self();
    }

    B settings(SystemSettings settings) {
        this.settings = settings;
        return self();
    }

    /**
     * For service builders: the regions the service is documented in. They are not enforced
     * (a new region works before the SDK knows it); when the host name built from a region id
     * cannot be resolved, the error lists them.
     *
     * @param regions region ids, e.g. {@code cn-shanghai}
     */
    protected final void documentedRegions(String... regions) {
        this.documentedRegions = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(regions)));
    }

    /** @return the clock set on this builder */
    protected final Clock configuredClock() {
        return clock;
    }

    /**
     * Builds the transport of a service client from these settings.
     *
     * @param product the product code, e.g. {@code ice}
     * @return a new RPC client
     * @throws ImsClientException when no region and no endpoint, or a malformed one
     */
    protected final RpcClient newRpcClient(String product) {
        if (product == null || !LABEL.matcher(product).matches()) {
            throw new ImsClientException("product must be set to the API's product code, e.g. 'ice' (was "
                    + product + ")");
        }
        String r = endpointOverride == null ? resolveRegion() : null;
        return new RpcClient(this, product, r == null ? overrideEndpoint() : regionalEndpoint(product, r), r);
    }

    /** @return the endpoint override, checked: scheme, host and port, nothing else */
    private HttpUrl overrideEndpoint() {
        if (endpointOverride.getRawUserInfo() != null) {
            // never repeated: user info is usually a password
            throw new ImsClientException("endpointOverride must not carry user info (user:password@); give "
                    + "credentials through credentialsProvider");
        }
        HttpUrl url = HttpUrl.get(endpointOverride);
        if (url == null || url.host().isEmpty()) {
            throw new ImsClientException("endpointOverride must be an http or https URI with a host (was "
                    + Redactor.oneLine(endpointOverride.toString()) + ")");
        }
        return url.newBuilder().encodedPath("/").query(null).fragment(null).build();
    }

    /** @return the region id set here or in {@code ALIBABA_CLOUD_REGION_ID}, checked */
    private String resolveRegion() {
        String r = region != null ? region.trim() : settings.envNonBlank("ALIBABA_CLOUD_REGION_ID");
        if (r == null || r.isEmpty()) {
            throw new ImsClientException("No region: call region(\"cn-shanghai\"), set ALIBABA_CLOUD_REGION_ID, "
                    + "or give an endpointOverride");
        }
        if (r.length() > MAX_REGION_LENGTH || !LABEL.matcher(r).matches()) {
            String shown = r.length() > MAX_REGION_LENGTH ? Redactor.oneLine(r.substring(0, MAX_REGION_LENGTH)) + "... ("
                    + r.length() + " characters)" : Redactor.oneLine(r);
            throw new ImsClientException("region '" + shown + "' is not a region id like cn-shanghai (lower-case "
                    + "letters, digits and '-', at most " + MAX_REGION_LENGTH + " characters)");
        }
        return r;
    }

    private static HttpUrl regionalEndpoint(String product, String region) {
        return HttpUrl.get("https://" + product + "." + region + ".aliyuncs.com/");
    }

    private static Duration positive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
    }
}
