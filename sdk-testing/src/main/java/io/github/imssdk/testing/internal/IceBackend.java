package io.github.imssdk.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.imssdk.core.internal.Lenient;
import io.github.imssdk.core.internal.Timestamps;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The emulated service behind the gateway: templates and jobs in memory, media-convert jobs
 * moving on a virtual clock, client tokens honoured. Thread-safe (one lock). Not part of the
 * public API.
 */
public final class IceBackend {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Clock clock;
    private final Duration convertQueued;
    private final Duration convertRunning;
    private final Map<String, Function<Params, ObjectNode>> handlers = new HashMap<>();
    private final Map<String, ObjectNode> transcodeTemplates = new LinkedHashMap<>();
    private final Map<String, ObjectNode> recordTemplates = new LinkedHashMap<>();
    private final Map<String, ObjectNode> snapshotTemplates = new LinkedHashMap<>();
    private final Map<String, ObjectNode> transcodeJobs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> recordJobs = new LinkedHashMap<>();
    private final Map<String, ObjectNode> snapshotJobs = new LinkedHashMap<>();
    private final Map<String, ConvertJob> convertJobs = new LinkedHashMap<>();
    private final Map<String, String[]> clientTokens = new HashMap<>();
    private final Set<String> badInputs = new HashSet<>();
    private String currentRequestId;

    /**
     * @param clock the virtual clock jobs move on
     * @param convertQueued how long a media-convert job stays Inited
     * @param convertRunning how long it then runs
     */
    public IceBackend(Clock clock, Duration convertQueued, Duration convertRunning) {
        this.clock = clock;
        this.convertQueued = convertQueued;
        this.convertRunning = convertRunning;
        handlers.put("SubmitLiveTranscodeJob", this::submitLiveTranscodeJob);
        handlers.put("SubmitLiveRecordJob", this::submitLiveRecordJob);
        handlers.put("SubmitLiveSnapshotJob", this::submitLiveSnapshotJob);
        handlers.put("SubmitMediaConvertJob", this::submitMediaConvertJob);
        handlers.put("UpdateLiveTranscodeTemplate", this::updateLiveTranscodeTemplate);
        handlers.put("GetMediaConvertJob", this::getMediaConvertJob);
    }

    /**
     * @param action the API action
     * @param params its business parameters
     * @param requestId the id this request is answered with
     * @return the body to answer (without RequestId)
     * @throws MockError as the service would answer
     */
    public synchronized ObjectNode handle(String action, Map<String, String> params, String requestId) {
        Function<Params, ObjectNode> h = handlers.get(action);
        if (h == null) {
            throw new MockError(404, "InvalidAction.NotFound", "Specified api is not found, please check your url and method.");
        }
        currentRequestId = requestId;
        return h.apply(new Params(params));
    }

    /** @return whether the emulator knows the action */
    public boolean supports(String action) {
        return handlers.containsKey(action);
    }

    // ---- state set up by tests

    /** Adds a live transcoding template. */
    public synchronized void addTranscodeTemplate(String id, String name, String type) {
        ObjectNode t = F.objectNode().put("TemplateId", id).put("Name", name).put("Type", type)
                .put("Category", "customized").put("CreateTime", now());
        t.putObject("TemplateConfig");
        transcodeTemplates.put(id, t);
    }

    /** Adds a live recording template. */
    public synchronized void addRecordTemplate(String id, String name) {
        recordTemplates.put(id, F.objectNode().put("TemplateId", id).put("Name", name).put("Type", "custom")
                .put("CreateTime", now()));
    }

    /** Adds a live snapshot template. */
    public synchronized void addSnapshotTemplate(String id, String name) {
        snapshotTemplates.put(id, F.objectNode().put("TemplateId", id).put("TemplateName", name).put("Type", "custom")
                .put("TimeInterval", 10).put("CreateTime", now()));
    }

    /** Media-convert jobs reading this input fail. */
    public synchronized void markBadInput(String media) {
        badInputs.add(media);
    }

    /** @return the current state of a media-convert job, or {@code null} */
    public synchronized String convertJobState(String jobId) {
        ConvertJob j = convertJobs.get(jobId);
        return j == null ? null : j.state(clock.instant());
    }

    /** @return a live transcoding template as stored, or {@code null} */
    public synchronized JsonNode transcodeTemplate(String id) {
        ObjectNode t = transcodeTemplates.get(id);
        return t == null ? null : t.deepCopy();
    }

    // ---- operations

    private ObjectNode submitLiveTranscodeJob(Params p) {
        String name = p.required("Name");
        String templateId = p.required("TemplateId");
        String startMode = p.oneOf("StartMode", true, "0", "1");
        JsonNode in = p.json("StreamInput", true);
        Params.field(in, "StreamInput", "Type", true, "rtmp");
        String inputUrl = Params.field(in, "StreamInput", "InputUrl", true);
        JsonNode out = p.json("TranscodeOutput", true);
        Params.field(out, "TranscodeOutput", "Type", true, "LiveCenter");
        String domain = Params.field(out, "TranscodeOutput", "DomainName", false);
        JsonNode timed = p.json("TimedConfig", "1".equals(startMode));
        if (timed != null) {
            for (String f : new String[] {"StartTime", "EndTime"}) {
                String v = Params.field(timed, "TimedConfig", f, false);
                if (v != null && Lenient.parseInstant(v) == null) {
                    throw MockError.invalid("TimedConfig." + f, "It must be a UTC time like 2022-02-21T00:00:00Z.");
                }
            }
        }
        ObjectNode template = template(transcodeTemplates, templateId);
        String id = newId();
        ObjectNode job = F.objectNode().put("JobId", id).put("Name", name).put("TemplateId", templateId)
                .put("TemplateName", template.path("Name").asText()).put("TemplateType", template.path("Type").asText())
                .put("StartMode", Integer.parseInt(startMode)).put("Status", "0".equals(startMode) ? 1 : 0)
                .put("CreateTime", now());
        job.putObject("StreamInput").put("Type", "rtmp").put("InputUrl", inputUrl);
        String stream = inputUrl.substring(inputUrl.lastIndexOf('/') + 1);
        job.putObject("OutputStream").putArray("StreamInfos").addObject().put("Type", "rtmp")
                .put("OutputUrl", "rtmp://" + (domain != null ? domain : "live.example.com") + "/live/" + stream
                        + "_" + template.path("Name").asText());
        transcodeJobs.put(id, job);
        return F.objectNode().put("JobId", id);
    }

    private ObjectNode submitLiveRecordJob(Params p) {
        String name = p.required("Name");
        String templateId = p.required("TemplateId");
        JsonNode in = p.json("StreamInput", true);
        Params.field(in, "StreamInput", "Type", true, "rtmp");
        JsonNode out = p.json("RecordOutput", true);
        Params.field(out, "RecordOutput", "Type", true);
        ObjectNode template = template(recordTemplates, templateId);
        String id = newId();
        ObjectNode job = F.objectNode().put("JobId", id).put("Name", name).put("TemplateId", templateId)
                .put("TemplateName", template.path("Name").asText()).put("Status", "initial").put("CreateTime", now());
        if (p.optional("NotifyUrl") != null) {
            job.put("NotifyUrl", p.optional("NotifyUrl"));
        }
        job.set("StreamInput", in);
        job.set("RecordOutput", out);
        recordJobs.put(id, job);
        return F.objectNode().put("JobId", id);
    }

    private ObjectNode submitLiveSnapshotJob(Params p) {
        String name = p.required("JobName");
        String templateId = p.required("TemplateId");
        JsonNode in = p.json("StreamInput", true);
        Params.field(in, "StreamInput", "Type", true, "rtmp");
        Params.field(in, "StreamInput", "Url", true);
        JsonNode out = p.json("SnapshotOutput", true);
        Params.field(out, "SnapshotOutput", "StorageType", true, "oss");
        Params.field(out, "SnapshotOutput", "Endpoint", true);
        Params.field(out, "SnapshotOutput", "Bucket", true);
        ObjectNode template = template(snapshotTemplates, templateId);
        String id = newId();
        ObjectNode job = F.objectNode().put("JobId", id).put("JobName", name).put("TemplateId", templateId)
                .put("TemplateName", template.path("TemplateName").asText()).put("Status", "init")
                .put("TimeInterval", template.path("TimeInterval").asInt()).put("CreateTime", now());
        if (p.optional("CallbackUrl") != null) {
            job.put("CallbackUrl", p.optional("CallbackUrl"));
        }
        job.set("StreamInput", in);
        job.set("SnapshotOutput", out);
        snapshotJobs.put(id, job);
        return F.objectNode().put("JobId", id);
    }

    private ObjectNode updateLiveTranscodeTemplate(Params p) {
        String id = p.required("TemplateId");
        JsonNode config = p.json("TemplateConfig", false);
        if (config != null) {
            JsonNode video = config.get("VideoParams");
            if (video != null) {
                Params.field(video, "TemplateConfig.VideoParams", "Codec", false, "H.264", "H.265");
                Params.field(video, "TemplateConfig.VideoParams", "Profile", false, "1", "2", "3");
            }
            JsonNode audio = config.get("AudioParams");
            if (audio != null) {
                Params.field(audio, "TemplateConfig.AudioParams", "Codec", false, "AAC", "MP3");
                Params.field(audio, "TemplateConfig.AudioParams", "Channels", false, "1", "2");
                Params.field(audio, "TemplateConfig.AudioParams", "Profile", false, "aac_low", "aac_he", "aac_he_v2", "aac_ld");
            }
        }
        ObjectNode t = template(transcodeTemplates, id);
        for (ObjectNode job : transcodeJobs.values()) {
            if (id.equals(job.path("TemplateId").asText()) && job.path("Status").asInt() == 1) {
                throw new MockError(400, "InvalidParam.TemplateIdInuse", "Parameters: templateId is inuse.");
            }
        }
        if (p.optional("Name") != null) {
            t.put("Name", p.optional("Name"));
        }
        if (config != null) {
            ObjectNode stored = (ObjectNode) t.get("TemplateConfig");
            for (String part : new String[] {"VideoParams", "AudioParams"}) {
                if (config.has(part)) {
                    ObjectNode target = stored.has(part) ? (ObjectNode) stored.get(part) : stored.putObject(part);
                    target.setAll((ObjectNode) config.get(part));
                }
            }
        }
        return F.objectNode();
    }

    private ObjectNode submitMediaConvertJob(Params p) {
        JsonNode config = p.json("Config", true);
        JsonNode inputs = config.get("Inputs");
        if (inputs == null || !inputs.isArray() || inputs.size() == 0) {
            throw MockError.missing("Config.Inputs");
        }
        for (JsonNode input : inputs) {
            JsonNode file = input.get("InputFile");
            Params.field(file, "Config.Inputs.InputFile", "Type", true, "OSS", "Media", "ExternalURL");
            Params.field(file, "Config.Inputs.InputFile", "Media", true);
        }
        boolean anyOutput = config.path("Outputs").size() > 0;
        for (JsonNode g : config.path("OutputGroups")) {
            Params.field(g.get("GroupConfig"), "Config.OutputGroups.GroupConfig", "Type", true, "File", "Hls", "Dash");
            anyOutput |= g.path("Outputs").size() > 0;
        }
        if (!anyOutput) {
            throw MockError.missing("Config.Outputs");
        }
        String token = p.optional("ClientToken");
        String fingerprint = null;
        if (token != null) {
            Map<String, String> others = new TreeMap<>(p.all());
            others.remove("ClientToken");
            fingerprint = others.toString();
            String[] seen = clientTokens.get(token);
            if (seen != null) {
                if (!seen[0].equals(fingerprint)) {
                    throw new MockError(400, "IdempotentParameterMismatch",
                            "The request uses the same client token as a previous, but non-identical request.");
                }
                return convertJobs.get(seen[1]).toJson(clock.instant(), false);
            }
        }
        String id = newId();
        boolean bad = false;
        for (JsonNode input : inputs) {
            bad |= badInputs.contains(input.path("InputFile").path("Media").asText());
        }
        ConvertJob job = new ConvertJob(id, token, currentRequestId, config, p.optional("UserData"),
                p.optional("PipelineId"), clock.instant(), bad);
        convertJobs.put(id, job);
        if (token != null) {
            clientTokens.put(token, new String[] {fingerprint, id});
        }
        return job.toJson(clock.instant(), false);
    }

    private ObjectNode getMediaConvertJob(Params p) {
        String id = p.required("JobId");
        ConvertJob job = convertJobs.get(id);
        if (job == null) {
            throw new MockError(404, "JobNotFound", "No such job.");
        }
        return job.toJson(clock.instant(), true);
    }

    // ---- helpers

    private static ObjectNode template(Map<String, ObjectNode> templates, String id) {
        ObjectNode t = templates.get(id);
        if (t == null) {
            throw new MockError(404, "TemplateNotFound", "No such template.");
        }
        return t;
    }

    private String now() {
        return Timestamps.format(clock.instant());
    }

    private static String newId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** A media-convert job whose state follows the virtual clock. */
    private final class ConvertJob {
        final String id;
        final String token;
        final String requestId;
        final JsonNode config;
        final String userData;
        final String pipelineId;
        final Instant created;
        final boolean bad;

        ConvertJob(String id, String token, String requestId, JsonNode config, String userData, String pipelineId,
                   Instant created, boolean bad) {
            this.id = id;
            this.token = token;
            this.requestId = requestId;
            this.config = config;
            this.userData = userData;
            this.pipelineId = pipelineId;
            this.created = created;
            this.bad = bad;
        }

        Instant started() {
            return created.plus(convertQueued);
        }

        Instant finished() {
            return started().plus(convertRunning);
        }

        String state(Instant now) {
            if (now.isBefore(started())) {
                return "Inited";
            }
            if (now.isBefore(finished())) {
                return "Running";
            }
            return bad ? "Failed" : "Success";
        }

        int percent(Instant now) {
            if (now.isBefore(started())) {
                return 0;
            }
            if (!now.isBefore(finished())) {
                return 100;
            }
            long total = Math.max(1, convertRunning.toMillis());
            return (int) Math.min(99, Duration.between(started(), now).toMillis() * 100 / total);
        }

        ObjectNode toJson(Instant now, boolean withProgress) {
            String state = state(now);
            boolean done = state.equals("Success") || state.equals("Failed");
            ObjectNode job = F.objectNode();
            job.put("JobId", id).put("RequestId", requestId);
            if (token != null) {
                job.put("ClientToken", token);
            }
            if (pipelineId != null) {
                job.put("PipelineId", pipelineId);
            }
            if (userData != null) {
                job.put("UserData", userData);
            }
            job.put("State", state);
            if (state.equals("Failed")) {
                job.put("Code", "InvalidParameter.ResourceContentBad").put("Message", "The resource operated InputFile is bad");
            }
            if (withProgress) {
                job.put("Percent", percent(now)).put("CreateTime", Timestamps.format(created));
                if (done) {
                    job.put("FinishTime", Timestamps.format(finished()));
                }
            }
            job.set("Config", config.deepCopy());
            String status = done ? state : now.isBefore(started()) ? "Init" : "Running";
            ArrayNode details = job.putArray("OutputDetails");
            int n = 0;
            for (JsonNode o : config.path("Outputs")) {
                details.add(detail(o.path("Name").asText("output-" + n), o.path("OutputFile").path("Media").asText(),
                        status, now, n++));
            }
            ArrayNode groups = job.putArray("OutputGroupDetails");
            for (JsonNode g : config.path("OutputGroups")) {
                ObjectNode gd = groups.addObject().put("Name", g.path("Name").asText()).put("TaskId", newId())
                        .put("Status", status).put("CreateTime", Timestamps.format(created));
                if (done) {
                    gd.put("FinishTime", Timestamps.format(finished()));
                }
                String base = g.path("GroupConfig").path("OutputFileBase").path("Media").asText();
                ArrayNode outs = gd.putArray("Outputs");
                for (JsonNode o : g.path("Outputs")) {
                    String file = base + (base.endsWith("/") ? "" : "/") + o.path("OutputFileName").asText("output-" + n);
                    outs.add(detail(o.path("Name").asText("output-" + n), file, status, now, n++));
                }
            }
            return F.objectNode().set("Job", job);
        }

        private ObjectNode detail(String name, String media, String status, Instant now, int index) {
            ObjectNode d = F.objectNode().put("Name", name).put("TaskId", id.substring(0, 24) + String.format("%08d", index))
                    .put("Status", status).put("CreateTime", Timestamps.format(created));
            if (status.equals("Failed")) {
                d.put("Code", "InvalidParameter.ResourceContentBad").put("Message", "The resource operated InputFile is bad");
            }
            if (status.equals("Success")) {
                d.put("FinishTime", Timestamps.format(finished()));
                ObjectNode result = d.putObject("Result");
                result.putObject("OutputFile").put("Type", "OSS").put("Media", media);
                ObjectNode meta = result.putObject("OutFileMeta");
                meta.putObject("FileBasicInfo").put("FileName", media.substring(media.lastIndexOf('/') + 1))
                        .put("FileUrl", media).put("FileSize", "31737").put("FileStatus", "Normal")
                        .put("FileType", "transcode_file").put("Duration", "403.039999").put("Bitrate", "888.563")
                        .put("Width", "1280").put("Height", "720");
                meta.putArray("VideoStreamInfoList").addObject().put("Index", "0").put("Codec_name", "h264")
                        .put("Width", "1280").put("Height", "720").put("Fps", "25.0").put("Bit_rate", "800.0")
                        .put("Duration", "403.039989");
                meta.putArray("AudioStreamInfoList").addObject().put("Index", "1").put("CodecName", "aac")
                        .put("SampleRate", "44100").put("Channels", "2").put("Bitrate", "0.f")
                        .put("Duration", "403.039989");
            }
            return d;
        }
    }
}
