package io.github.imssdk.examples;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.model.AudioCodec;
import io.github.imssdk.ice.model.AudioProfile;
import io.github.imssdk.ice.model.UpdateLiveTranscodeTemplateResponse;
import io.github.imssdk.ice.model.VideoCodec;
import io.github.imssdk.ice.model.VideoProfile;
import io.github.imssdk.testing.IceMockServer;

/** Changes a live transcoding template to 720p H.264 at 2.5 Mbit/s with AAC stereo audio. */
public final class UpdateLiveTranscodeTemplateExample {
    private UpdateLiveTranscodeTemplateExample() {
    }

    /**
     * @param ice the client
     * @param templateId the template to change
     * @return the response
     */
    public static UpdateLiveTranscodeTemplateResponse run(IceClient ice, String templateId) {
        return ice.updateLiveTranscodeTemplate(b -> b
                .templateId(templateId)
                .name("720p-h264")
                .templateConfig(c -> c
                        .videoParams(v -> v.codec(VideoCodec.H264).width(1280).height(720).fps(30)
                                .bitrate(2500).gop(60).profile(VideoProfile.HIGH))
                        .audioParams(a -> a.codec(AudioCodec.AAC).profile(AudioProfile.AAC_LOW)
                                .bitrate(128).samplerate(44100).channels(2))));
    }

    /** @param args see {@link ExampleEnvironment#usage()} */
    public static void main(String[] args) {
        try (ExampleEnvironment env = ExampleEnvironment.fromArgs(args).requireForLive("transcode-template");
             IceClient ice = env.client()) {
            UpdateLiveTranscodeTemplateResponse r = run(ice,
                    env.option("transcode-template", IceMockServer.LIVE_TRANSCODE_TEMPLATE_ID));
            System.out.println("template updated (request " + r.requestId() + ")");
        }
    }
}
