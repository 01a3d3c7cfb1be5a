package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.AudioCodec;
import io.github.imssdk.ice.model.LiveTranscodeJob;
import io.github.imssdk.ice.model.LiveTranscodeJobStatus;
import io.github.imssdk.ice.model.StartMode;
import io.github.imssdk.ice.model.TranscodeTemplateType;
import io.github.imssdk.ice.model.VideoCodec;

import java.io.PrintStream;

/** A live transcoding job's whole life: create a template, submit, get, list, stop, delete. */
public final class LiveTranscodeLifecycleExample {
    private LiveTranscodeLifecycleExample() {
    }

    /**
     * @param ice the client
     * @param streamUrl the input stream
     * @param domain the ApsaraVideo Live domain
     * @param out where to report each step
     */
    public static void run(IceClient ice, String streamUrl, String domain, PrintStream out) {
        String templateId = ice.createLiveTranscodeTemplate(b -> b
                .name("sd-540p")
                .type(TranscodeTemplateType.NORMAL)
                .templateConfig(c -> c
                        .videoParams(v -> v.codec(VideoCodec.H264).width(960).height(540).fps(25).bitrate(1200))
                        .audioParams(a -> a.codec(AudioCodec.AAC).bitrate(96).channels(2)))).templateId();
        out.println("   created template " + templateId);

        String jobId = ice.submitLiveTranscodeJob(b -> b
                .name("lobby-cam-540p")
                .templateId(templateId)
                .startMode(StartMode.IMMEDIATE)
                .streamInput(s -> s.inputUrl(streamUrl))
                .transcodeOutput(o -> o.domainName(domain))).jobId();
        out.println("   submitted job " + jobId);

        LiveTranscodeJob job = ice.getLiveTranscodeJob(b -> b.jobId(jobId)).job();
        out.println("   got it: status " + job.status().name() + ", plays at " + job.outputStream().streamInfos().get(0).outputUrl());

        long running = ice.listLiveTranscodeJobsPaginator(b -> b.status(LiveTranscodeJobStatus.RUNNING)).itemStream().count();
        out.println("   listed: " + running + " running job(s)");

        ice.sendLiveTranscodeJobCommand(b -> b.jobId(jobId));
        out.println("   stopped: status " + ice.getLiveTranscodeJob(b -> b.jobId(jobId)).job().status().name());

        ice.deleteLiveTranscodeJob(b -> b.jobId(jobId));
        ice.deleteLiveTranscodeTemplate(b -> b.templateId(templateId));
        out.println("   deleted the job and the template");
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("stream-url", "domain");
             IceClient ice = env.client()) {
            run(ice, env.option("stream-url", "rtmp://example.com/live/lobby"), env.option("domain", "example.com"), System.out);
        }
    }
}
