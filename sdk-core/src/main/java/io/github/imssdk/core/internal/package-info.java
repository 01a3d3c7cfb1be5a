/**
 * Signers, encoders, parsers and other helpers shared by the SDK's own modules. Not API: it
 * changes in any release without notice. On the module path it is exported only to
 * {@code io.github.imssdk.ice} and {@code io.github.imssdk.testing}; on the class path, do not
 * use it.
 */
package io.github.imssdk.core.internal;
