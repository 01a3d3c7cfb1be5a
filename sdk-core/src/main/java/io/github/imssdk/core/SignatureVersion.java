package io.github.imssdk.core;

/** How requests are signed. */
public enum SignatureVersion {
    /**
     * RPC signature HMAC-SHA1 with {@code SignatureVersion=1.0} in the query (what the official
     * ICE SDK up to 6.5.0 uses; the docs call it "V2" and deprecate it).
     */
    V1,
    /** ACS3-HMAC-SHA256 in the {@code Authorization} header; the default, as in the official SDK since 6.5.1. */
    V3
}
