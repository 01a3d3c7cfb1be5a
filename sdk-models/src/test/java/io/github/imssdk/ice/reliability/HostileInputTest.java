package io.github.imssdk.ice.reliability;

import io.github.imssdk.core.RetryPolicy;
import io.github.imssdk.core.exception.ImsClientException;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.exception.ValidationException;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.IceRequest;
import io.github.imssdk.testing.IceMockServer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seeded random requests across every operation (boundaries, huge strings, unicode, control
 * characters, nulls), built through the public builders by reflection: each either fails
 * validation with nothing sent, or reaches the emulator with a valid signature; nothing but an
 * ImsException ever escapes. Then mutated answers: only ImsException subtypes escape.
 * Sizes: -Dims.fuzz.requests (10,000), -Dims.fuzz.responses (3,000).
 */
class HostileInputTest {
    static final int REQUESTS = Integer.getInteger("ims.fuzz.requests", 10_000);
    static final int RESPONSES = Integer.getInteger("ims.fuzz.responses", 3_000);
    static final Set<String> SIGNATURE_ERRORS = Set.of("SignatureDoesNotMatch", "IncompleteSignature",
            "InvalidAccessKeyId.NotFound", "InvalidTimeStamp.Expired", "SignatureNonceUsed");

    Random r = new Random(20261123L);

    static List<Method> operations() {
        List<Method> ops = new ArrayList<>();
        for (Method m : IceClient.class.getMethods()) {
            if (m.getParameterCount() == 1 && IceRequest.class.isAssignableFrom(m.getParameterTypes()[0])) {
                ops.add(m);
            }
        }
        ops.sort((a, b) -> a.getName().compareTo(b.getName()));
        return ops;
    }

    String randomString() {
        switch (r.nextInt(14)) {
            case 0: return null;
            case 1: return "";
            case 2: return "x".repeat(r.nextInt(20_000));
            case 3: return "模板-\u00e9\u0130\u0131-\uD83C\uDFAC";
            case 4: return "ctl\u0000\u0001\n\r\t\u007f";
            case 5: return "rtmp://example.com/live/s" + r.nextInt(100);
            case 6: return "https://example.com/cb?a=1&b=" + r.nextInt(10);
            case 7: return IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID;
            case 8: return IceMockServer.LIVE_RECORD_TEMPLATE_ID;
            case 9: return IceMockServer.LIVE_SNAPSHOT_TEMPLATE_ID;
            case 10: return "{\"a\":[1,2,{\"b\":null}]}";
            case 11: return "oss://bucket/in/" + r.nextInt(1000) + ".mp4";
            case 12: return "snap/{JobId}/{UnixTimestamp}.jpg";
            default: return "v" + r.nextInt(1000) + " *~/+=&%";
        }
    }

    Object random(Type type, int depth) throws Exception {
        Class<?> c = type instanceof ParameterizedType ? (Class<?>) ((ParameterizedType) type).getRawType() : (Class<?>) type;
        if (r.nextInt(8) == 0) {
            return null;
        }
        if (c == String.class) {
            return randomString();
        }
        if (c == Integer.class) {
            int[] edges = {-1, 0, 1, 2, 4, 5, 10, 30, 31, 60, 61, 100, 101, 128, 1440, 2560, 2561, 3600, 3601, 6000,
                    44100, 96000, 96001, Integer.MAX_VALUE, Integer.MIN_VALUE};
            return edges[r.nextInt(edges.length)];
        }
        if (c == Long.class) {
            return r.nextInt(3) == 0 ? Long.MAX_VALUE : (long) r.nextInt(2_000_000_000);
        }
        if (c == Boolean.class) {
            return r.nextBoolean();
        }
        if (c == Instant.class) {
            return Instant.now().plus(Duration.ofHours(r.nextInt(24 * 20) - 24 * 10));
        }
        if (c.isEnum()) {
            Object[] vs = c.getEnumConstants();
            return vs[r.nextInt(vs.length)];
        }
        if (Collection.class.isAssignableFrom(c)) {
            Type elem = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> l = new ArrayList<>();
            int n = r.nextInt(10) == 0 ? 201 : r.nextInt(4);
            for (int i = 0; i < n; i++) {
                Object e = random(elem, depth + 1);
                if (e != null) {
                    l.add(e);
                }
            }
            return l;
        }
        if (depth > 4) {
            return null;
        }
        Method builder = c.getMethod("builder");
        Object b = builder.invoke(null);
        fill(b, depth + 1);
        return b.getClass().getMethod("build").invoke(b);
    }

    void fill(Object builder, int depth) throws Exception {
        for (Method m : builder.getClass().getMethods()) {
            if (m.getDeclaringClass() != builder.getClass() || m.getParameterCount() != 1 || m.isVarArgs()
                    || Modifier.isStatic(m.getModifiers()) || m.getName().startsWith("add")
                    || m.getParameterTypes()[0] == java.util.function.Consumer.class || r.nextInt(10) < 3) {
                continue;
            }
            Type t = m.getGenericParameterTypes()[0];
            if (t == String.class && r.nextInt(3) == 0) {
                continue; // prefer the typed overload of enums
            }
            m.invoke(builder, random(t, depth));
        }
    }

    @Test
    void randomRequestsAreRejectedLocallyOrAcceptedWithAValidSignature() throws Exception {
        List<Method> ops = operations();
        int rejected = 0;
        int accepted = 0;
        int serviceRejected = 0;
        int escaped = 0;
        List<String> escapes = new ArrayList<>();
        try (IceMockServer server = IceMockServer.builder().start();
             IceClient ice = IceClient.builder().endpointOverride(server.endpoint())
                     .credentialsProvider(server.credentialsProvider()).retryPolicy(RetryPolicy.none()).build()) {
            for (int i = 0; i < REQUESTS; i++) {
                Method op = ops.get(i % ops.size());
                Class<?> requestType = op.getParameterTypes()[0];
                Object request;
                int before = server.journal().size();
                try {
                    Object b = requestType.getMethod("builder").invoke(null);
                    fill(b, 0);
                    request = b.getClass().getMethod("build").invoke(b);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof ValidationException) {
                        rejected++;
                        continue;
                    }
                    escaped++;
                    escapes.add(op.getName() + ": " + e.getCause());
                    continue;
                }
                try {
                    op.invoke(ice, request);
                    accepted++;
                } catch (InvocationTargetException e) {
                    Throwable t = e.getCause();
                    if (t instanceof ValidationException) {
                        rejected++; // time window at send time
                        assertThat(server.journal()).hasSize(before);
                    } else if (t instanceof ImsServiceException) {
                        serviceRejected++;
                        assertThat(((ImsServiceException) t).errorCode()).as(op.getName())
                                .isNotIn(SIGNATURE_ERRORS);
                    } else {
                        escaped++;
                        escapes.add(op.getName() + ": " + t);
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "FUZZ requests generated=%d rejected_locally=%d accepted=%d "
                + "refused_by_service=%d escaped=%d%n", REQUESTS, rejected, accepted, serviceRejected, escaped);
        assertThat(escapes).isEmpty();
        assertThat(rejected + accepted + serviceRejected).isEqualTo(REQUESTS);
        assertThat(accepted).as("some random requests were valid").isGreaterThan(REQUESTS / 50);
        assertThat(rejected).as("many were not").isGreaterThan(REQUESTS / 4);
    }

    @Test
    void mutatedAnswersOnlyEverRaiseImsExceptions() throws Exception {
        byte[] seed;
        try (InputStream in = getClass().getResourceAsStream("/seeds/SubmitMediaConvertJob.json")) {
            seed = in.readAllBytes();
        }
        Random m = new Random(7);
        int ok = 0;
        int clientErrors = 0;
        int serviceErrors = 0;
        List<String> escapes = new ArrayList<>();
        try (MockWebServer server = new MockWebServer()) {
            server.setServerSocketFactory(new io.github.imssdk.testing.internal.NoDelayServerSocketFactory());
            server.setDispatcher(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().body(new okio.Buffer().write(mutate(seed, m))).build();
                }
            });
            server.start();
            try (IceClient ice = IceClient.builder().endpointOverride(server.url("/").uri())
                    .credentialsProvider(io.github.imssdk.core.auth.StaticCredentialsProvider.create("i", "s"))
                    .retryPolicy(RetryPolicy.none()).build()) {
                for (int i = 0; i < RESPONSES; i++) {
                    try {
                        ice.getMediaConvertJob(b -> b.jobId("j")).job();
                        ok++;
                    } catch (ImsClientException e) {
                        clientErrors++;
                    } catch (ImsServiceException e) {
                        serviceErrors++;
                    } catch (RuntimeException e) {
                        escapes.add(e.toString());
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "FUZZ answers mutated=%d parsed=%d client_errors=%d service_errors=%d escaped=%d%n",
                RESPONSES, ok, clientErrors, serviceErrors, escapes.size());
        assertThat(escapes).isEmpty();
        assertThat(ok).isGreaterThan(0);
        assertThat(clientErrors).isGreaterThan(0);
    }

    static synchronized byte[] mutate(byte[] seed, Random m) {
        String s = new String(seed, StandardCharsets.UTF_8);
        switch (m.nextInt(8)) {
            case 0: return s.substring(0, m.nextInt(s.length())).getBytes(StandardCharsets.UTF_8);
            case 1: {
                byte[] b = seed.clone();
                for (int i = 0; i < 1 + m.nextInt(20); i++) {
                    b[m.nextInt(b.length)] = (byte) m.nextInt(256);
                }
                return b;
            }
            case 2: return s.replace("\"Success\"", "123").replace("\"403.039999\"", "{}").getBytes(StandardCharsets.UTF_8);
            case 3: return s.replace("[", "{\"x\":[").replace("]", "]}").getBytes(StandardCharsets.UTF_8);
            case 4: return ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
            case 5: return s.replace("\"Job\"", "\"Job\":null,\"Old\"").getBytes(StandardCharsets.UTF_8);
            case 6: return s.replace(":", ": \"\u0000\uFFFF\",\"z\":").getBytes(StandardCharsets.UTF_8);
            default: return seed;
        }
    }
}
