/**
 * {@link io.github.imssdk.micrometer.ObservationInterceptor}: one Micrometer
 * {@code Observation} per call and one per attempt, so that an application's meter registry
 * handler gets timers and its Micrometer Tracing bridge gets spans (with the trace context
 * propagated in each attempt's headers).
 *
 * <p>Stable API, recorded in {@code sdk-micrometer/api/ims-sdk-micrometer.api}; the observation
 * names and tags are part of it (README, "Metrics and tracing").
 */
package io.github.imssdk.micrometer;
