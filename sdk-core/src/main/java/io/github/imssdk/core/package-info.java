/**
 * A client for any Alibaba Cloud RPC-style API: {@link io.github.imssdk.core.RpcClient} signs,
 * sends, retries and checks each call, {@link io.github.imssdk.core.RpcRequest} is a call's action
 * and parameters, {@link io.github.imssdk.core.RpcResponse} its answer. Use it to reach an ICE
 * operation the SDK has not modelled yet; for modelled ones use {@code IceClient}
 * (ims-sdk-models), which is built on it.
 *
 * <p>Stable: every public type here is API, recorded in {@code sdk-core/api/ims-sdk-core.api}, and
 * changes only with a note in the changelog (until 1.0.0 a minor version may change it).
 * {@link io.github.imssdk.core.ClientBuilder} is the shared base of the client builders; its
 * protected methods are for the SDK's own builders.
 */
package io.github.imssdk.core;
