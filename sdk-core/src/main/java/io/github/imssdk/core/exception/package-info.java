/**
 * The SDK's exceptions, all unchecked under one root,
 * {@link io.github.imssdk.core.exception.ImsException}:
 * {@link io.github.imssdk.core.exception.ImsServiceException} when the service answered an error
 * (status, code, message, request id), {@link io.github.imssdk.core.exception.ImsClientException}
 * when no usable answer came back, and its subclass
 * {@link io.github.imssdk.core.exception.ValidationException} when a request broke a documented
 * limit and was not sent.
 *
 * <p>Stable API. The names start with {@code Ims} although this module knows nothing of ICE: they
 * are the SDK's error contract (DESIGN.md) and the ICE modules throw the same types, so one
 * {@code catch (ImsException e)} covers a whole application.
 */
package io.github.imssdk.core.exception;
