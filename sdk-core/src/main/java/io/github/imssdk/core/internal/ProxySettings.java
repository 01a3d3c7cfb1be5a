package io.github.imssdk.core.internal;

import io.github.imssdk.core.exception.ImsClientException;
import okhttp3.Authenticator;
import okhttp3.OkHttpClient;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The HTTP proxy of a client: given on the builder, or read from {@code HTTPS_PROXY},
 * {@code HTTP_PROXY} and {@code NO_PROXY} (either case, as Alibaba Cloud's SDKs and CLI read
 * them). Its password is never in a {@code toString()}, a log line or a message. Not part of the
 * public API.
 */
public final class ProxySettings {
    private final Proxy https;
    private final Proxy http;
    private final List<String> noProxy;
    private final String username;
    private final String password;
    private final String description;
    private final boolean fromEnvironment;

    private ProxySettings(Proxy https, Proxy http, List<String> noProxy, String username, String password,
                          String description, boolean fromEnvironment) {
        this.fromEnvironment = fromEnvironment;
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
        this.username = username;
        this.password = password;
        this.description = description;
    }

    /**
     * @param uri {@code http://host:port} of an HTTP proxy (CONNECT for https endpoints)
     * @param username the proxy user, or {@code null}
     * @param password its password, or {@code null}
     * @return the settings
     * @throws ImsClientException for anything but an http URI with a host and no user info
     */
    public static ProxySettings of(URI uri, String username, String password) {
        if (uri == null || !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new ImsClientException("a proxy is an http://host:port URI (an HTTP proxy; https endpoints go "
                    + "through it with CONNECT), not " + (uri == null ? "null" : uri.getScheme() + "://" + uri.getHost()));
        }
        if (uri.getRawUserInfo() != null) {
            throw new ImsClientException("give the proxy's user and password as the arguments of proxy(uri, user, "
                    + "password), not in the URI");
        }
        if ((username == null) != (password == null)) {
            throw new ImsClientException("a proxy user needs a password, and a password a user");
        }
        Proxy p = proxy(uri);
        return new ProxySettings(p, p, Collections.emptyList(), username, password, describe(uri, username), false);
    }

    /**
     * @param settings the environment
     * @return the proxies {@code HTTPS_PROXY} / {@code HTTP_PROXY} / {@code NO_PROXY} name, or
     *     {@code null} when neither proxy variable is set, or when the JVM's own proxy properties are
     *     (OkHttp's default selector follows those)
     */
    public static ProxySettings fromEnvironment(SystemSettings settings) {
        if (settings.propertyNonBlank("https.proxyHost") != null || settings.propertyNonBlank("http.proxyHost") != null) {
            return null;
        }
        String httpsValue = either(settings, "HTTPS_PROXY");
        String httpValue = either(settings, "HTTP_PROXY");
        if (httpsValue == null && httpValue == null) {
            return null;
        }
        URI httpsUri = httpsValue == null ? null : parse("HTTPS_PROXY", httpsValue);
        URI httpUri = httpValue == null ? null : parse("HTTP_PROXY", httpValue);
        URI withUser = httpsUri != null ? httpsUri : httpUri;
        String user = null;
        String pass = null;
        if (withUser.getRawUserInfo() != null) {
            String info = withUser.getRawUserInfo();
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            pass = colon < 0 ? "" : decode(info.substring(colon + 1));
        }
        List<String> noProxy = new ArrayList<>();
        String np = either(settings, "NO_PROXY");
        if (np != null) {
            for (String h : np.split(",")) {
                String t = h.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty()) {
                    noProxy.add(t);
                }
            }
        }
        return new ProxySettings(httpsUri == null ? null : proxy(httpsUri), httpUri == null ? null : proxy(httpUri),
                noProxy, user, pass, "environment (" + (httpsUri != null ? "HTTPS_PROXY " + describe(httpsUri, user) : "")
                + (httpsUri != null && httpUri != null ? ", " : "") + (httpUri != null ? "HTTP_PROXY " + describe(httpUri, user) : "")
                + (noProxy.isEmpty() ? "" : ", NO_PROXY " + noProxy) + ")", true);
    }

    private static String either(SystemSettings settings, String name) {
        String v = settings.envNonBlank(name);
        return v != null ? v : settings.envNonBlank(name.toLowerCase(Locale.ROOT));
    }

    private static URI parse(String variable, String value) {
        String v = value.trim();
        if (!v.contains("://")) {
            v = "http://" + v;
        }
        try {
            URI uri = new URI(v);
            if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http proxy");
            }
            return uri;
        } catch (Exception e) {
            // the value may carry a password: named, never shown
            throw new ImsClientException(variable + " is not an http://[user:password@]host:port proxy address");
        }
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Proxy proxy(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(uri.getHost(), port));
    }

    private static String describe(URI uri, String user) {
        return "http://" + (user != null ? user + ":" + Redactor.MASK + "@" : "") + uri.getHost()
                + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    /**
     * Sends the client's calls through the proxy.
     *
     * @param hb the OkHttp builder of the client
     */
    public void applyTo(OkHttpClient.Builder hb) {
        hb.proxySelector(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                Proxy p = "https".equalsIgnoreCase(uri.getScheme()) ? https : http;
                if (p == null || bypass(uri.getHost())) {
                    return Collections.singletonList(Proxy.NO_PROXY);
                }
                return Collections.singletonList(p);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                // OkHttp reports the failure to the caller; nothing to remember
            }
        });
        if (username != null) {
            String header = okhttp3.Credentials.basic(username, password);
            hb.proxyAuthenticator(basic(header));
        }
    }

    private static Authenticator basic(String header) {
        return (route, response) -> {
            if (response.request().header("Proxy-Authorization") != null) {
                return null; // refused once: give up rather than loop
            }
            return response.request().newBuilder().header("Proxy-Authorization", header).build();
        };
    }

    /** NO_PROXY: {@code *}, a host, or a domain ({@code .example.com} or {@code example.com}, subdomains included). */
    boolean bypass(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (String n : noProxy) {
            String name = n.contains(":") && !n.startsWith("[") ? n.substring(0, n.indexOf(':')) : n;
            if (name.equals("*")) {
                return true;
            }
            String domain = name.startsWith(".") ? name.substring(1) : name;
            if (h.equals(domain) || h.endsWith("." + domain)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether these settings replace whatever proxy a caller's OkHttp client had */
    public boolean explicit() {
        return !fromEnvironment;
    }

    @Override
    public String toString() {
        return description;
    }
}
