package io.github.imssdk.examples;

import io.github.imssdk.core.exception.ImsException;
import io.github.imssdk.core.exception.ImsServiceException;
import io.github.imssdk.core.exception.ValidationException;
import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.MediaConvertJob;
import io.github.imssdk.testing.Fault;
import io.github.imssdk.testing.IceMockServer;
import io.github.imssdk.testing.RecordedCall;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A tour of every operation of the SDK. With no arguments it starts an embedded
 * {@link IceMockServer} and runs everything against it through the real {@link IceClient},
 * printing what was sent and what came back: no credentials and no network needed. With
 * {@code --live [--region R]} it runs against the real service with credentials from the
 * default chain (see {@link ExampleEnvironment#usage()} for the resource ids it needs).
 */
public final class Tour {
    /** What a live tour needs: every step runs, none is skipped. */
    static final String[] LIVE_OPTIONS = {"transcode-template", "record-template", "snapshot-template", "stream-url",
        "domain", "oss-endpoint", "oss-bucket", "input-media", "output-base"};

    private final PrintStream out;
    private final ExampleEnvironment env;
    private final IceClient ice;
    private int step;
    private int problems;

    private Tour(PrintStream out, ExampleEnvironment env, IceClient ice) {
        this.out = out;
        this.env = env;
        this.ice = ice;
    }

    /** @param args {@code [--live] [--region R] [options]} */
    public static void main(String[] args) {
        int code = run(System.out, args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * @param out where the report goes
     * @param args the command line
     * @return 0 when every step went as expected
     */
    public static int run(PrintStream out, String... args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive(LIVE_OPTIONS);
             IceClient ice = env.client()) {
            Tour t = new Tour(out, env, ice);
            return t.tour();
        } catch (IllegalArgumentException e) {
            out.println("The tour cannot start: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            out.println("The tour stopped: " + e);
            return 1;
        }
    }

    private int tour() {
        if (env.live()) {
            out.println("ims-java-sdk tour against the LIVE Alibaba Cloud ICE service in region " + env.region()
                    + ", with credentials from the default chain.");
            out.println("Jobs submitted here are real and may be billed.");
        } else {
            out.println("ims-java-sdk tour against an embedded IceMockServer at " + env.server().endpoint());
            out.println("(no credentials, no network; the emulator verifies every signature and parameter)");
        }
        String transcodeTemplate = env.option("transcode-template", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID);
        String recordTemplate = env.option("record-template", IceMockServer.LIVE_RECORD_TEMPLATE_ID);
        String snapshotTemplate = env.option("snapshot-template", IceMockServer.LIVE_SNAPSHOT_TEMPLATE_ID);
        String stream = env.option("stream-url", "rtmp://example.com/live/stream1");
        String domain = env.option("domain", "example.com");
        String ossEndpoint = env.option("oss-endpoint", "oss-cn-shanghai.aliyuncs.com");
        String bucket = env.option("oss-bucket", "my-bucket");
        String input = env.option("input-media", "oss://my-bucket/in/movie.mp4");
        String outputBase = env.option("output-base", "oss://my-bucket/out/movie-42/");

        operation("UpdateLiveTranscodeTemplate", transcodeTemplate != null,
                () -> "request " + UpdateLiveTranscodeTemplateExample.run(ice, transcodeTemplate).requestId());
        operation("SubmitLiveTranscodeJob", transcodeTemplate != null && stream != null,
                () -> "job " + SubmitLiveTranscodeJobExample.run(ice, transcodeTemplate, stream, domain).jobId());
        operation("SubmitLiveRecordJob", recordTemplate != null && stream != null && bucket != null,
                () -> "job " + SubmitLiveRecordJobExample.run(ice, recordTemplate, stream, ossEndpoint, bucket).jobId());
        operation("SubmitLiveSnapshotJob", snapshotTemplate != null && stream != null && bucket != null,
                () -> "job " + SubmitLiveSnapshotJobExample.run(ice, snapshotTemplate, stream, ossEndpoint, bucket).jobId());
        operation("SubmitMediaConvertJob", input != null && outputBase != null, () -> {
            MediaConvertJob j = SubmitMediaConvertJobExample.run(ice, input, outputBase).job();
            return "job " + j.jobId() + ", state " + j.stateAsString() + ", client token " + j.clientToken();
        });
        if (input != null && outputBase != null) {
            heading("A media-convert job from submission to its final state (the waiter polls with backoff)");
            try {
                expect(MediaConvertWaitExample.run(ice, input, outputBase, out).succeeded(), "the job to succeed");
            } catch (ImsException e) {
                problems++;
                out.println("   FAILED    " + e.getMessage());
            }
        }
        if (stream != null && domain != null) {
            heading("A live transcoding job's life: template, submit, get, list, stop, delete");
            try {
                LiveTranscodeLifecycleExample.run(ice, stream, domain, out);
            } catch (ImsException e) {
                problems++;
                out.println("   FAILED    " + e.getMessage());
            }
        }
        if (!env.live()) {
            showValidation();
            showServiceError();
            showRetries(stream, domain);
            out.println();
            out.println("Emulator journal: " + env.server().journal().size() + " calls received.");
        }
        out.println();
        out.println(problems == 0 ? "Tour complete: every step went as expected." : "Tour finished with " + problems
                + " unexpected result(s).");
        return problems == 0 ? 0 : 2;
    }

    private void operation(String action, boolean runnable, Supplier<String> call) {
        heading(action);
        if (!runnable) {
            out.println("   skipped: give the resource ids it needs (see --help)");
            return;
        }
        try {
            String result = call.get();
            if (!env.live()) {
                printSent(env.server().lastCall());
            }
            out.println("   received  " + result);
        } catch (ImsException e) {
            problems++;
            out.println("   FAILED    " + e.getMessage());
        }
    }

    private void showValidation() {
        heading("Validation: a request breaking three limits is refused before anything is sent");
        int before = env.server().journal().size();
        try {
            ice.updateLiveTranscodeTemplate(b -> b.templateId(IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID)
                    .templateConfig(c -> c.videoParams(v -> v.width(3840).height(2160).fps(75))));
            expect(false, "a ValidationException");
        } catch (ValidationException e) {
            for (ValidationException.Violation v : e.violations()) {
                out.println("   - " + v);
            }
            expect(env.server().journal().size() == before, "nothing reached the server");
        }
    }

    private void showServiceError() {
        heading("Errors: an unknown template id");
        try {
            ice.submitLiveRecordJob(b -> b.name("n").templateId("no-such-template")
                    .streamInput(s -> s.url("rtmp://example.com/live/s")).recordOutput(o -> o.type("oss")));
            expect(false, "an ImsServiceException");
        } catch (ImsServiceException e) {
            out.println("   " + e.getClass().getSimpleName() + ": " + e.getMessage());
            expect("TemplateNotFound".equals(e.errorCode()), "code TemplateNotFound");
        }
    }

    private void showRetries(String stream, String domain) {
        heading("Retries: the emulator throttles twice, the client backs off and succeeds");
        int before = env.server().calls("SubmitLiveTranscodeJob").size();
        env.server().inject(Fault.throttling().forAction("SubmitLiveTranscodeJob").times(2));
        String job = SubmitLiveTranscodeJobExample.run(ice, IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID, stream, domain).jobId();
        int attempts = env.server().calls("SubmitLiveTranscodeJob").size() - before;
        out.println("   job " + job + " after " + attempts + " attempts (answers: "
                + env.server().calls("SubmitLiveTranscodeJob").stream().skip(before)
                .map(c -> c.errorCode() == null ? "200" : c.errorCode()).reduce((a, b) -> a + ", " + b).orElse("") + ")");
        expect(attempts == 3, "three attempts");
    }

    private void printSent(RecordedCall call) {
        out.println("   sent      " + call.httpMethod() + " (" + call.signatureVersion() + " signature)"
                + (call.formParams().isEmpty() ? ", parameters in the query" : ", parameters in the form body"));
        Map<String, String> params = call.formParams().isEmpty() ? call.queryParams() : call.formParams();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (!isCommon(e.getKey())) {
                out.println("               " + e.getKey() + " = " + e.getValue());
            }
        }
    }

    private static boolean isCommon(String name) {
        switch (name) {
            case "Action": case "Version": case "Format": case "AccessKeyId": case "SignatureMethod":
            case "SignatureVersion": case "SignatureNonce": case "Timestamp": case "Signature": case "SecurityToken":
                return true;
            default:
                return false;
        }
    }

    private void heading(String title) {
        out.println();
        out.println(++step + ". " + title);
    }

    private void expect(boolean ok, String what) {
        if (!ok) {
            problems++;
            out.println("   UNEXPECTED: expected " + what);
        }
    }
}
