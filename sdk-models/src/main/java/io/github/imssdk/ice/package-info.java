/**
 * The ICE clients: {@link io.github.imssdk.ice.IceClient} (blocking) and
 * {@link io.github.imssdk.ice.IceAsyncClient} ({@code CompletableFuture}s), one method per
 * operation, built with {@code IceClient.builder()}; waiters that poll until a job is done, and
 * paginators that fetch every page lazily. Both clients are interfaces, so your tests can mock
 * them.
 *
 * <p>Stable API, recorded in {@code sdk-models/api/ims-sdk-models.api}. The client interfaces are
 * generated from the operation list, and a new operation adds a method to them: mock them or
 * delegate to them, but do not implement them in your own code.
 */
package io.github.imssdk.ice;
