/**
 * Event notifications that ICE sends to an HTTP callback or an MNS queue:
 * {@link io.github.imssdk.ice.callback.IceEvents#parse(String)} reads one into a typed event, and
 * {@link io.github.imssdk.ice.callback.CallbackVerifier} checks the callback's signature headers.
 *
 * <p>Stable API. Event types the SDK has no class for still parse, as a plain
 * {@link io.github.imssdk.ice.callback.IceEvent} with the message body as JSON text.
 */
package io.github.imssdk.ice.callback;
