package io.github.imssdk.examples.spring;

import io.github.imssdk.ice.IceClient;
import io.github.imssdk.ice.callback.MediaConvertCompleteEvent;
import io.github.imssdk.ice.model.MediaObjectType;
import io.github.imssdk.ice.model.OutputGroupType;
import io.github.imssdk.ice.model.SubmitMediaConvertJobResponse;
import io.github.imssdk.testing.IceMockServer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot service using the starter: it submits a media-convert job with the auto-configured
 * {@link IceClient} and learns that the job finished from IMS's callback, received on the
 * starter's verified endpoint ({@code ims.callback.*}) and handed to an {@code @EventListener}.
 * The service here is the embedded emulator, which runs the job on its virtual clock and then
 * calls the application back, signed with the AuthKey, as IMS does.
 */
@SpringBootApplication
public class CallbackExampleApplication {
    static final String AUTH_KEY = "ExampleKey1";

    /** Receives the events, as an application's own component would. */
    @Component
    public static class JobEvents {
        final BlockingQueue<MediaConvertCompleteEvent> completed = new LinkedBlockingQueue<>();

        /** @param event a media-convert job finished */
        @EventListener
        public void on(MediaConvertCompleteEvent event) {
            System.out.println("callback received: MediaConvertComplete for job " + event.job().jobId() + ", state "
                    + event.job().stateAsString() + ", user data " + event.job().userData());
            completed.add(event);
        }
    }

    /** @param args Spring Boot arguments */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * @param args Spring Boot arguments
     * @return 0 when the callback for the submitted job arrived, else 1
     */
    public static int run(String... args) {
        try (IceMockServer emulator = IceMockServer.builder().start()) {
            SpringApplication app = new SpringApplication(CallbackExampleApplication.class);
            Map<String, Object> props = new HashMap<>();
            props.put("ims.endpoint", emulator.endpoint().toString());
            props.put("ims.credentials.access-key-id", IceMockServer.ACCESS_KEY_ID);
            props.put("ims.credentials.access-key-secret", IceMockServer.ACCESS_KEY_SECRET);
            props.put("ims.callback.auth-key", AUTH_KEY);
            app.setDefaultProperties(props);
            try (ConfigurableApplicationContext ctx = app.run(args)) {
                int port = ctx.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
                SubmitMediaConvertJobResponse submitted = submit(ctx.getBean(IceClient.class));
                String jobId = submitted.job().jobId();
                System.out.println("submitted media-convert job " + jobId + " (" + submitted.job().stateAsString() + ")");

                // The emulator runs the job on its clock, then calls this application back.
                emulator.clock().advance(Duration.ofMinutes(1));
                emulator.eventCallback("http://127.0.0.1:" + port + "/ims/callback", AUTH_KEY);
                int accepted = emulator.deliverEvents();
                MediaConvertCompleteEvent event = ctx.getBean(JobEvents.class).completed.poll(30, TimeUnit.SECONDS);
                boolean ok = accepted == 1 && event != null && jobId.equals(event.job().jobId());
                System.out.println(ok ? "done: the callback for job " + jobId + " arrived"
                        : "the callback for job " + jobId + " did not arrive");
                return ok ? 0 : 1;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    static SubmitMediaConvertJobResponse submit(IceClient ice) {
        return ice.submitMediaConvertJob(b -> b
                .userData("{\"movieId\":\"m-42\"}")
                .config(c -> c
                        .jobName("movie-42-hls")
                        .addInput(i -> i.name("source").inputFile(f -> f.type(MediaObjectType.OSS).media("oss://my-bucket/in/movie.mp4")))
                        .addOutputGroup(g -> g
                                .name("hls")
                                .groupConfig(gc -> gc.type(OutputGroupType.HLS).manifestName("master")
                                        .outputFileBase(f -> f.type(MediaObjectType.OSS).media("oss://my-bucket/out/movie-42/")))
                                .addOutput(o -> o.name("720p").outputFileName("720p.m3u8").inputRef("source")
                                        .templateId("S00000001-200030")))));
    }
}
