/**
 * {@link io.github.imssdk.testing.IceMockServer}: a local emulator of ICE for your tests. It
 * checks each call's signature, keeps jobs and templates, moves jobs on a clock you own
 * ({@link io.github.imssdk.testing.VirtualClock}), injects {@link io.github.imssdk.testing.Fault}s
 * and records every call; {@link io.github.imssdk.testing.IceMockServerExtension} starts one per
 * JUnit 5 test.
 *
 * <p>Stable API, recorded in {@code sdk-testing/api/ims-sdk-testing.api}. What the emulator
 * answers follows the documents and may grow more faithful in any release.
 */
package io.github.imssdk.testing;
