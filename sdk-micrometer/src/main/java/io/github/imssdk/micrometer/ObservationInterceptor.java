package io.github.imssdk.micrometer;

import io.github.imssdk.core.AttemptContext;
import io.github.imssdk.core.CallContext;
import io.github.imssdk.core.RpcInterceptor;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.SenderContext;

import java.util.Objects;

/**
 * Observes every call and every attempt of a client with Micrometer's Observation API: with a
 * meter registry's handler they become timers, with a Micrometer Tracing bridge they become
 * spans, and the bridge's propagator writes the trace context into each attempt's headers.
 *
 * <pre>{@code
 * IceClient ice = IceClient.builder()
 *     .addInterceptor(ObservationInterceptor.create(observationRegistry))
 *     .build();
 * }</pre>
 *
 * <p>Observations (timer names; {@code .active} long-task timers too, as Micrometer makes them):
 * <ul>
 * <li>{@value #CALL}: one per call, all its attempts and waits included. Low-cardinality tags:
 *     {@code product}, {@code action}, {@code region} ({@code none} with an endpoint override),
 *     {@code outcome} ({@code success}, {@code service_error}: the service answered an error,
 *     {@code client_error}: no usable answer), {@code error.code} (the service's code, or
 *     {@code none}), {@code attempts} (1, 2, ...: a retried call has more than 1), and
 *     {@code throttled} ({@code true} when any attempt was throttled). High cardinality:
 *     {@code request.id}.</li>
 * <li>{@value #ATTEMPT}: one per attempt, a child of the call's. Low-cardinality tags:
 *     {@code product}, {@code action}, {@code outcome}, {@code error.code}, {@code http.status}
 *     ({@code none} without an answer), {@code retried} (whether the call was retried after it)
 *     and {@code throttled}. High cardinality: {@code attempt}, {@code request.id}.</li>
 * </ul>
 * Retries are the {@value #ATTEMPT} count with {@code retried=true}; throttling answers, the count
 * with {@code throttled=true}.
 */
public final class ObservationInterceptor implements RpcInterceptor {
    /** The name of the observation of a call. */
    public static final String CALL = "ims.sdk.call";
    /** The name of the observation of an attempt. */
    public static final String ATTEMPT = "ims.sdk.attempt";

    private static final String CALL_KEY = ObservationInterceptor.class.getName() + ".call";
    private static final String ATTEMPT_KEY = ObservationInterceptor.class.getName() + ".attempt.";
    private static final String THROTTLED_KEY = ObservationInterceptor.class.getName() + ".throttled";

    private final ObservationRegistry registry;

    private ObservationInterceptor(ObservationRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /**
     * @param registry the application's observation registry
     * @return an interceptor to add to a client builder
     */
    public static ObservationInterceptor create(ObservationRegistry registry) {
        return new ObservationInterceptor(registry);
    }

    @Override
    public void beforeCall(CallContext call) {
        Observation o = Observation.createNotStarted(CALL, registry)
                .contextualName(call.product() + " " + call.action())
                .lowCardinalityKeyValue("product", call.product())
                .lowCardinalityKeyValue("action", call.action())
                .lowCardinalityKeyValue("region", call.region() == null ? "none" : call.region())
                .start();
        call.attribute(CALL_KEY, o);
    }

    @Override
    public void beforeAttempt(AttemptContext attempt) {
        CallContext call = attempt.call();
        SenderContext<AttemptContext> context = new SenderContext<>(ObservationInterceptor::inject);
        context.setCarrier(attempt);
        context.setRemoteServiceName(call.product());
        Observation o = Observation.createNotStarted(ATTEMPT, () -> context, registry)
                .parentObservation((Observation) call.attribute(CALL_KEY))
                .contextualName(call.product() + " " + call.action() + " attempt")
                .lowCardinalityKeyValue("product", call.product())
                .lowCardinalityKeyValue("action", call.action())
                .highCardinalityKeyValue("attempt", String.valueOf(attempt.attempt()))
                .start();
        call.attribute(ATTEMPT_KEY + attempt.attempt(), o);
    }

    /** A propagator's header, unless the SDK refuses it (a name the protocol sets): then left out. */
    private static void inject(AttemptContext carrier, String name, String value) {
        if (carrier == null) {
            return;
        }
        try {
            carrier.addHeader(name, value);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // a header the request cannot carry: the attempt goes without it
        }
    }

    @Override
    public void afterAttempt(AttemptContext attempt) {
        CallContext call = attempt.call();
        Observation o = (Observation) call.attribute(ATTEMPT_KEY + attempt.attempt());
        call.attribute(ATTEMPT_KEY + attempt.attempt(), null);
        if (o == null) {
            return;
        }
        boolean throttled = isThrottling(attempt.error());
        if (throttled) {
            call.attribute(THROTTLED_KEY, Boolean.TRUE);
        }
        o.lowCardinalityKeyValue("outcome", outcome(attempt.succeeded(), attempt.error()))
                .lowCardinalityKeyValue("error.code", orNone(attempt.errorCode()))
                .lowCardinalityKeyValue("http.status", attempt.statusCode() == null ? "none" : String.valueOf(attempt.statusCode()))
                .lowCardinalityKeyValue("retried", String.valueOf(attempt.willRetry()))
                .lowCardinalityKeyValue("throttled", String.valueOf(throttled))
                .highCardinalityKeyValue("request.id", orNone(attempt.requestId()));
        if (attempt.error() != null) {
            o.error(attempt.error());
        }
        o.stop();
    }

    @Override
    public void afterCall(CallContext call) {
        Observation o = (Observation) call.attribute(CALL_KEY);
        if (o == null) {
            return;
        }
        o.lowCardinalityKeyValue("outcome", outcome(call.succeeded(), call.error()))
                .lowCardinalityKeyValue("error.code", orNone(call.errorCode()))
                .lowCardinalityKeyValue("attempts", String.valueOf(call.attempts()))
                .lowCardinalityKeyValue("throttled", String.valueOf(call.attribute(THROTTLED_KEY) != null))
                .highCardinalityKeyValue("request.id", orNone(call.requestId()));
        if (call.error() != null) {
            o.error(call.error());
        }
        o.stop();
    }

    private static boolean isThrottling(ImsException e) {
        return e instanceof ImsServiceException && ((ImsServiceException) e).isThrottling();
    }

    private static String outcome(boolean succeeded, ImsException error) {
        if (succeeded) {
            return "success";
        }
        return error instanceof ImsServiceException ? "service_error" : "client_error";
    }

    private static String orNone(String s) {
        return s == null || s.isEmpty() ? "none" : s;
    }

    @Override
    public String toString() {
        return "ObservationInterceptor(" + registry + ")";
    }
}
