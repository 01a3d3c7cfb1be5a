/**
 * The emulator's workings: request parsing, signature checks, the in-memory service state.
 * Not API and not exported from the module.
 */
package io.github.imssdk.testing.internal;
