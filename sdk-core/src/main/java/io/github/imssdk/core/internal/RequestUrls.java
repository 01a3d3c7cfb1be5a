package io.github.imssdk.core.internal;

import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Makes each attempt's {@link HttpUrl}: the client's endpoint with the signed query. Not part of
 * the public API.
 *
 * <p>OkHttp's public way, {@code endpoint.newBuilder().encodedQuery(q).build()}, checks every
 * character of the query against its encode set, splits it, percent-decodes every name and
 * value and joins them again: about 1.6 µs for a SubmitLiveTranscodeJob query, a quarter of the
 * client's own work per call. The signer already holds all of that: the encoded query (in the
 * exact form OkHttp would produce, since it escapes everything but unreserved characters) and
 * the names and values before encoding. So where it can, this class hands them straight to the
 * constructor OkHttp's builder itself ends with. That constructor is not public API (Kotlin
 * {@code internal} in OkHttp 4, reached through a public synthetic accessor in OkHttp 5), so it
 * is used only when all of these hold, and the builder otherwise:
 * <ul>
 *   <li>it is found with the expected parameters (OkHttp 4.x and 5.x have them);</li>
 *   <li>the endpoint has no user info, query or fragment;</li>
 *   <li>for this endpoint, a sample URL made both ways is the same by every public accessor
 *       (checked once when the client is built);</li>
 *   <li>the signer says the decoded values are exact (it does not for text with an unpaired
 *       surrogate, which UTF-8 turns into {@code ?});</li>
 *   <li>the system property {@value #DISABLE_PROPERTY} is not {@code true}.</li>
 * </ul>
 * What goes on the wire is the same string either way: OkHttp writes the request line from the
 * URL's text.
 */
public final class RequestUrls {
    /** Set to {@code true} to always build URLs through {@link HttpUrl.Builder}. */
    public static final String DISABLE_PROPERTY = "ims.sdk.disableDirectUrls";

    private static final Logger LOG = LoggerFactory.getLogger(RequestUrls.class);
    private static final Constructor<?> CONSTRUCTOR = findConstructor();

    private final HttpUrl endpoint;
    private final boolean direct;
    private final String prefix;
    /**
     * The constructor's arguments that are the same for every URL of this endpoint, when direct:
     * scheme, username, password, host, port, decoded path segments, [6] decoded query names and
     * values, fragment, [8] the whole URL, and OkHttp 5's marker.
     */
    private final Object[] fixedArgs;

    private RequestUrls(HttpUrl endpoint, boolean direct) {
        this.endpoint = endpoint;
        this.direct = direct;
        this.prefix = endpoint.toString() + "?";
        this.fixedArgs = direct ? new Object[CONSTRUCTOR.getParameterCount()] : null;
        if (direct) {
            fixedArgs[0] = endpoint.scheme();
            fixedArgs[1] = "";
            fixedArgs[2] = "";
            fixedArgs[3] = endpoint.host();
            fixedArgs[4] = endpoint.port();
            fixedArgs[5] = endpoint.pathSegments();
        }
    }

    /**
     * @param endpoint the client's endpoint
     * @return the factory for that endpoint's request URLs
     */
    public static RequestUrls of(HttpUrl endpoint) {
        boolean direct = CONSTRUCTOR != null && !Boolean.getBoolean(DISABLE_PROPERTY)
                && endpoint.encodedUsername().isEmpty() && endpoint.encodedPassword().isEmpty()
                && endpoint.encodedQuery() == null && endpoint.encodedFragment() == null;
        if (direct) {
            RequestUrls candidate = new RequestUrls(endpoint, true);
            String problem = candidate.selfCheck();
            if (problem == null) {
                return candidate;
            }
            LOG.debug("Building request URLs with OkHttp's HttpUrl.Builder: {}", problem);
        }
        return new RequestUrls(endpoint, false);
    }

    /** @return whether URLs skip OkHttp's builder (for tests and diagnostics) */
    public boolean direct() {
        return direct;
    }

    /**
     * @param encodedQuery the query as the signer encoded it: {@code name=value} pairs joined with
     *     {@code &}, every character but {@code A-Z a-z 0-9 - _ . ~} percent-encoded; not empty
     * @param namesAndValues the same pairs before encoding (name, value, name, value, …), or
     *     {@code null} when the signer cannot vouch for them
     * @return the endpoint with that query
     */
    public HttpUrl withQuery(String encodedQuery, String[] namesAndValues) {
        if (direct && namesAndValues != null) {
            try {
                return construct(namesAndValues, prefix + encodedQuery);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // Not expected after the self-check; the builder is always right.
            }
        }
        return endpoint.newBuilder().encodedQuery(encodedQuery).build();
    }

    private HttpUrl construct(String[] namesAndValues, String url) throws ReflectiveOperationException {
        Object[] args = fixedArgs.clone();
        args[6] = Arrays.asList(namesAndValues);
        args[8] = url;
        return (HttpUrl) CONSTRUCTOR.newInstance(args);
    }

    /** @return {@code null} when a direct URL equals the builder's by every public accessor, else what differs */
    private String selfCheck() {
        // Escapes, multi-byte UTF-8, a '+' and a space (plus-is-space decoding), an empty value.
        String[] pairs = {"A", "1", "B~", "{\"k\":\"\u4e2d + x\"}", "C", ""};
        String query = "A=1&B~=%7B%22k%22%3A%22%E4%B8%AD%20%2B%20x%22%7D&C=";
        HttpUrl expected;
        HttpUrl actual;
        try {
            expected = endpoint.newBuilder().encodedQuery(query).build();
            actual = construct(pairs, prefix + query);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return e.toString();
        }
        Object[][] sides = {describe(expected), describe(actual)};
        for (int i = 0; i < sides[0].length; i++) {
            if (!Objects.deepEquals(sides[0][i], sides[1][i])) {
                return "accessor " + i + " differs: " + Arrays.deepToString(new Object[] {sides[0][i]}) + " vs "
                        + Arrays.deepToString(new Object[] {sides[1][i]});
            }
        }
        if (!expected.equals(actual) || !actual.equals(expected) || expected.hashCode() != actual.hashCode()
                || !expected.equals(actual.newBuilder().build())) {
            return "equality differs";
        }
        return null;
    }

    private static Object[] describe(HttpUrl u) {
        int n = u.querySize();
        String[] query = new String[2 * n];
        for (int i = 0; i < n; i++) {
            query[2 * i] = u.queryParameterName(i);
            query[2 * i + 1] = u.queryParameterValue(i);
        }
        return new Object[] {u.toString(), u.scheme(), u.isHttps(), u.username(), u.password(), u.encodedUsername(),
            u.encodedPassword(), u.host(), u.port(), u.pathSize(), u.pathSegments(), u.encodedPath(),
            u.encodedPathSegments(), u.query(), u.encodedQuery(), u.querySize(), query, u.queryParameterNames(),
            u.queryParameter("B~"), u.queryParameterValues("C"), u.fragment(), u.encodedFragment(), u.redact(),
            u.uri()};
    }

    /**
     * OkHttp 4's {@code internal} primary constructor is public in the bytecode; OkHttp 5 makes
     * it private and its builder calls a public synthetic copy whose last parameter is Kotlin's
     * {@code DefaultConstructorMarker} (always {@code null}).
     */
    private static Constructor<?> findConstructor() {
        Class<?>[] expected = {String.class, String.class, String.class, String.class, int.class, List.class,
            List.class, String.class, String.class};
        try {
            for (Constructor<?> c : HttpUrl.class.getConstructors()) {
                Class<?>[] p = c.getParameterTypes();
                if (p.length == 9 && Arrays.equals(p, expected)
                        || p.length == 10 && Arrays.equals(Arrays.copyOf(p, 9), expected)
                        && p[9].getName().equals("kotlin.jvm.internal.DefaultConstructorMarker")) {
                    return c;
                }
            }
        } catch (SecurityException | LinkageError e) {
            LOG.debug("OkHttp's HttpUrl constructor is not reachable: {}", e.toString());
        }
        return null;
    }
}
