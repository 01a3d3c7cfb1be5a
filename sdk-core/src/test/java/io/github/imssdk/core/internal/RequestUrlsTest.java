package io.github.imssdk.core.internal;

import io.github.imssdk.core.auth.Credentials;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The URLs {@link RequestUrls} makes without OkHttp's builder must be indistinguishable from the
 * builder's. The oracle is OkHttp itself: {@code endpoint.newBuilder().encodedQuery(q).build()}.
 */
class RequestUrlsTest {
    private static final Credentials CREDENTIALS = Credentials.create("id", "secret");

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/", "https://ice.cn-shanghai.aliyuncs.com/",
        "https://ice.cn-shanghai.aliyuncs.com:8443/", "http://[::1]:9000/", "http://localhost/", "https://h.example/base/path/"})
    void plainEndpointsGoDirectAndMatchTheBuilderForRandomQueries(String endpoint) {
        HttpUrl base = HttpUrl.get(endpoint);
        RequestUrls urls = RequestUrls.of(base);
        assertThat(urls.direct()).as("direct for %s", endpoint).isTrue();
        Random random = new Random(endpoint.hashCode());
        for (int i = 0; i < 300; i++) {
            Map<String, String> query = randomQuery(random);
            SignedRequest signed = sign(query);
            assertThat(signed.decodedQuery()).as("decoded query of %s", query).isNotNull();
            assertSame(urls.withQuery(signed.encodedQuery(), signed.decodedQuery()),
                    base.newBuilder().encodedQuery(signed.encodedQuery()).build());
        }
    }

    @Test
    void theSeedRequestsQueryMatchesTheBuilder() {
        HttpUrl base = HttpUrl.get("https://ice.cn-shanghai.aliyuncs.com/");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("Name", "task1");
        query.put("TemplateId", "96e8864746a0b6f3");
        query.put("StartMode", "0");
        query.put("StreamInput", "{\"InputUrl\":\"rtmp://d/app/s\",\"Type\":\"rtmp\"}");
        query.put("TranscodeOutput", "{\"DomainName\":\"d\",\"Type\":\"LiveCDN\"}");
        query.put("Empty", "");
        query.put("Null", null);
        SignedRequest signed = sign(query);
        HttpUrl direct = RequestUrls.of(base).withQuery(signed.encodedQuery(), signed.decodedQuery());
        assertSame(direct, base.newBuilder().encodedQuery(signed.encodedQuery()).build());
        // Independent of both: what the server decodes.
        assertThat(direct.queryParameter("StreamInput")).isEqualTo("{\"InputUrl\":\"rtmp://d/app/s\",\"Type\":\"rtmp\"}");
        assertThat(direct.queryParameter("Null")).isEmpty();
        assertThat(direct.encodedQuery()).startsWith("Empty=&Name=task1&Null=&StartMode=0&StreamInput=%7B%22InputUrl%22");
    }

    @Test
    void anUnpairedSurrogateLeavesTheUrlToTheBuilder() {
        HttpUrl base = HttpUrl.get("http://127.0.0.1:8080/");
        Map<String, String> query = new LinkedHashMap<>();
        query.put("A", "ok");
        query.put("B", "x\ud800y");
        SignedRequest signed = sign(query);
        assertThat(signed.decodedQuery()).isNull();
        HttpUrl url = RequestUrls.of(base).withQuery(signed.encodedQuery(), signed.decodedQuery());
        assertSame(url, base.newBuilder().encodedQuery(signed.encodedQuery()).build());
        assertThat(url.queryParameter("B")).isEqualTo("x?y");
        // A proper pair (an emoji) is exact.
        query.put("B", "x\ud83d\ude00y");
        assertThat(sign(query).decodedQuery()).containsExactly("A", "ok", "B", "x\ud83d\ude00y");
    }

    @Test
    void endpointsWithUserInfoQueryOrFragmentUseTheBuilder() {
        for (String endpoint : new String[] {"http://u:p@127.0.0.1:8080/", "http://127.0.0.1:8080/?x=1",
            "http://127.0.0.1:8080/#f"}) {
            HttpUrl base = HttpUrl.get(endpoint);
            RequestUrls urls = RequestUrls.of(base);
            assertThat(urls.direct()).as(endpoint).isFalse();
            assertSame(urls.withQuery("A=1", new String[] {"A", "1"}), base.newBuilder().encodedQuery("A=1").build());
        }
    }

    @Test
    void theSystemPropertyTurnsTheDirectPathOff() {
        HttpUrl base = HttpUrl.get("http://127.0.0.1:8080/");
        String before = System.getProperty(RequestUrls.DISABLE_PROPERTY);
        System.setProperty(RequestUrls.DISABLE_PROPERTY, "true");
        try {
            assertThat(RequestUrls.of(base).direct()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(RequestUrls.DISABLE_PROPERTY);
            } else {
                System.setProperty(RequestUrls.DISABLE_PROPERTY, before);
            }
        }
        assertThat(RequestUrls.of(base).direct()).isTrue();
    }

    @Test
    void wellFormedFindsUnpairedSurrogatesOnly() {
        assertThat(AsciiBuffer.wellFormed("a\u4e2d\ud83d\ude00", 0, 4)).isTrue();
        assertThat(AsciiBuffer.wellFormed("\ud83d", 0, 1)).isFalse();
        assertThat(AsciiBuffer.wellFormed("\ude00\ud83d", 0, 2)).isFalse();
        assertThat(AsciiBuffer.wellFormed("\ud83d\ude00", 0, 1)).as("pair cut by the range").isFalse();
    }

    private static SignedRequest sign(Map<String, String> query) {
        return AcsV3Signer.sign("POST", "h", "Act", "2020-11-09", query, Collections.emptyMap(), CREDENTIALS,
                Instant.parse("2026-11-23T00:00:00Z"), "n");
    }

    private static Map<String, String> randomQuery(Random random) {
        String alphabet = "aZ09-_.~ !\"#$%&'()*+,/:;<=>?@[\\]^`{|}\u00e9\u4e2d\ud83d\ude00\t";
        Map<String, String> query = new LinkedHashMap<>();
        int n = 1 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            query.put(randomText(random, alphabet, 1 + random.nextInt(8)), randomText(random, alphabet, random.nextInt(40)));
        }
        return query;
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < length) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            if (Character.isHighSurrogate(c)) {
                sb.append(c).append(alphabet.charAt(at + 1));
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Every public accessor, equality and hash code. */
    private static void assertSame(HttpUrl actual, HttpUrl expected) {
        assertThat(actual.toString()).isEqualTo(expected.toString());
        assertThat(actual).isEqualTo(expected);
        assertThat(expected).isEqualTo(actual);
        assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
        assertThat(actual.scheme()).isEqualTo(expected.scheme());
        assertThat(actual.isHttps()).isEqualTo(expected.isHttps());
        assertThat(actual.username()).isEqualTo(expected.username());
        assertThat(actual.password()).isEqualTo(expected.password());
        assertThat(actual.host()).isEqualTo(expected.host());
        assertThat(actual.port()).isEqualTo(expected.port());
        assertThat(actual.pathSegments()).isEqualTo(expected.pathSegments());
        assertThat(actual.encodedPath()).isEqualTo(expected.encodedPath());
        assertThat(actual.encodedPathSegments()).isEqualTo(expected.encodedPathSegments());
        assertThat(actual.query()).isEqualTo(expected.query());
        assertThat(actual.encodedQuery()).isEqualTo(expected.encodedQuery());
        assertThat(actual.querySize()).isEqualTo(expected.querySize());
        assertThat(pairs(actual)).isEqualTo(pairs(expected));
        assertThat(actual.queryParameterNames()).isEqualTo(expected.queryParameterNames());
        for (String name : expected.queryParameterNames()) {
            assertThat(actual.queryParameterValues(name)).isEqualTo(expected.queryParameterValues(name));
        }
        assertThat(actual.fragment()).isEqualTo(expected.fragment());
        assertThat(actual.redact()).isEqualTo(expected.redact());
        assertThat(actual.uri()).isEqualTo(expected.uri());
        assertThat(actual.newBuilder().build()).isEqualTo(expected);
    }

    private static List<String> pairs(HttpUrl url) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            out.add(url.queryParameterName(i));
            out.add(url.queryParameterValue(i));
        }
        return out;
    }
}
