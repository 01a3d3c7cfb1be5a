/**
 * The default client implementations and the wire mapping of every operation (requests to RPC
 * parameters, JSON answers to models), mostly generated. Not API and not exported from the
 * module: it changes in any release without notice.
 */
package io.github.imssdk.ice.internal;
