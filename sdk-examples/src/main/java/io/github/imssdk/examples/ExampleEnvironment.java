package io.github.imssdk.examples;

import io.github.imssdk.core.auth.CredentialsProvider;
import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.VirtualClock;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the examples run: an embedded {@link IceMockServer} by default (no account, no network),
 * or, with {@code --live}, the real service in {@code --region} (default cn-shanghai) with
 * credentials from the default chain. Resource ids for live runs come from options such as
 * {@code --transcode-template ID}; see {@link #usage()}.
 */
public final class ExampleEnvironment implements AutoCloseable {
    private final boolean live;
    private final String region;
    private final Map<String, String> options;
    private final IceMockServer server;

    private ExampleEnvironment(boolean live, String region, Map<String, String> options) {
        this.live = live;
        this.region = region;
        this.options = options;
        // Virtual time runs 20x faster than real time, so that a media-convert job (11 s of
        // virtual time in the emulator) finishes within a second of polling.
        this.server = live ? null : IceMockServer.builder()
                .clock(VirtualClock.running(Instant.now().truncatedTo(ChronoUnit.SECONDS), 20)).start();
    }

    /**
     * @param args {@code [--live] [--region R] [--name value ...]}
     * @return the environment
     */
    public static ExampleEnvironment fromArgs(String... args) {
        boolean live = false;
        String region = "cn-shanghai";
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--live")) {
                live = true;
            } else if (a.equals("--help") || a.equals("-h")) {
                System.out.println(usage());
                System.exit(0);
            } else if (a.startsWith("--") && i + 1 < args.length) {
                if (a.equals("--region")) {
                    region = args[++i];
                } else {
                    options.put(a.substring(2), args[++i]);
                }
            } else {
                throw new IllegalArgumentException("unknown argument '" + a + "'\n" + usage());
            }
        }
        return new ExampleEnvironment(live, region, options);
    }

    /** @return the command-line help */
    public static String usage() {
        return "usage: [--live [--region cn-shanghai]] [--transcode-template ID] [--record-template ID]\n"
                + "       [--snapshot-template ID] [--stream-url rtmp://...] [--domain NAME] [--oss-endpoint HOST]\n"
                + "       [--oss-bucket NAME] [--input-media oss://...] [--output-base oss://.../]\n"
                + "Without --live everything runs against an embedded IceMockServer. With --live, credentials come\n"
                + "from the default chain (e.g. ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET) and\n"
                + "every option the program uses must be given.";
    }

    /**
     * Checks, for a live run, that everything the program needs was given: credentials the
     * default chain can find, and each named option. Against the emulator it checks nothing.
     *
     * @param needed the options the program needs, without their dashes
     * @return this environment
     * @throws IllegalArgumentException naming everything that is missing, when anything is
     */
    public ExampleEnvironment requireForLive(String... needed) {
        if (!live) {
            return this;
        }
        List<String> missing = new ArrayList<>();
        for (String name : needed) {
            if (options.get(name) == null) {
                missing.add("--" + name);
            }
        }
        String credentials = null;
        try {
            CredentialsProvider.defaultChain().resolveCredentials();
        } catch (ImsException e) {
            credentials = e.getMessage();
        }
        if (missing.isEmpty() && credentials == null) {
            return this;
        }
        StringBuilder sb = new StringBuilder("--live needs what a real call needs, and some of it is missing:");
        if (!missing.isEmpty()) {
            sb.append("\n  - options: ").append(String.join(", ", missing));
        }
        if (credentials != null) {
            sb.append("\n  - credentials: ").append(credentials);
        }
        sb.append("\n").append(usage());
        close();
        throw new IllegalArgumentException(sb.toString());
    }

    /** @return a client for this environment */
    public IceClient client() {
        if (live) {
            return IceClient.builder().region(region).credentialsProvider(CredentialsProvider.defaultChain()).build();
        }
        return IceClient.builder().endpointOverride(server.endpoint()).credentialsProvider(server.credentialsProvider())
                .build();
    }

    /** @return whether this runs against the real service */
    public boolean live() {
        return live;
    }

    /** @return the region of a live run */
    public String region() {
        return region;
    }

    /** @return the embedded emulator, or {@code null} in a live run */
    public IceMockServer server() {
        return server;
    }

    /**
     * @param name an option without its dashes, e.g. {@code transcode-template}
     * @param emulatorDefault the value used against the emulator
     * @return the option's value; against the emulator, the default when not given; in a live
     *     run {@code null} when not given
     */
    public String option(String name, String emulatorDefault) {
        String v = options.get(name);
        return v != null || live ? v : emulatorDefault;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
