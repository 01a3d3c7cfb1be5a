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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    /** Media-convert jobs whose end was already announced by an event. */
    private final java.util.Set<String> notified = new java.util.HashSet<>();
    private final Map<String, String[]> clientTokens = new HashMap<>();
    private final Set<String> badInputs = new HashSet<>();
    private final Map<String, ObjectNode> recordFiles = new LinkedHashMap<>();
    private final Map<String, java.util.TreeMap<Long, ObjectNode>> snapshotFiles = new HashMap<>();
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
        handlers.put("ListMediaConvertJobs", this::listMediaConvertJobs);
        handlers.put("CreateLiveTranscodeTemplate", this::createLiveTranscodeTemplate);
        handlers.put("GetLiveTranscodeTemplate", p -> F.objectNode().set("TemplateContent",
                template(transcodeTemplates, p.required("TemplateId")).deepCopy()));
        handlers.put("ListLiveTranscodeTemplates", this::listLiveTranscodeTemplates);
        handlers.put("DeleteLiveTranscodeTemplate", p -> remove(transcodeTemplates, p.required("TemplateId"), "TemplateNotFound", "No such template."));
        handlers.put("GetLiveTranscodeJob", p -> F.objectNode().set("Job", job(transcodeJobs, p.required("JobId")).deepCopy()));
        handlers.put("ListLiveTranscodeJobs", this::listLiveTranscodeJobs);
        handlers.put("UpdateLiveTranscodeJob", this::updateLiveTranscodeJob);
        handlers.put("DeleteLiveTranscodeJob", p -> remove(transcodeJobs, p.required("JobId"), "JobNotFound", "No such job."));
        handlers.put("SendLiveTranscodeJobCommand", this::sendLiveTranscodeJobCommand);
        handlers.put("GetLiveRecordJob", p -> F.objectNode().set("RecordJob", job(recordJobs, p.required("JobId")).deepCopy()));
        handlers.put("ListLiveRecordJobs", this::listLiveRecordJobs);
        handlers.put("CreateLiveRecordTemplate", this::createLiveRecordTemplate);
        handlers.put("GetLiveRecordTemplate", p -> F.objectNode().set("RecordTemplate",
                template(recordTemplates, p.required("TemplateId")).deepCopy()));
        handlers.put("ListLiveRecordTemplates", this::listLiveRecordTemplates);
        handlers.put("UpdateLiveRecordTemplate", this::updateLiveRecordTemplate);
        handlers.put("DeleteLiveRecordTemplate", p -> remove(recordTemplates, p.required("TemplateId"), "TemplateNotFound", "No such template."));
        handlers.put("ListLiveRecordFiles", this::listLiveRecordFiles);
        handlers.put("DeleteLiveRecordFiles", this::deleteLiveRecordFiles);
        handlers.put("GetLiveSnapshotJob", p -> job(snapshotJobs, p.required("JobId")).deepCopy());
        handlers.put("ListLiveSnapshotJobs", this::listLiveSnapshotJobs);
        handlers.put("SendLiveSnapshotJobCommand", this::sendLiveSnapshotJobCommand);
        handlers.put("CreateLiveSnapshotTemplate", this::createLiveSnapshotTemplate);
        handlers.put("GetLiveSnapshotTemplate", p -> template(snapshotTemplates, p.required("TemplateId")).deepCopy());
        handlers.put("ListLiveSnapshotTemplates", this::listLiveSnapshotTemplates);
        handlers.put("UpdateLiveSnapshotTemplate", this::updateLiveSnapshotTemplate);
        handlers.put("DeleteLiveSnapshotTemplate", p -> remove(snapshotTemplates, p.required("TemplateId"), "TemplateNotFound", "No such template."));
        handlers.put("ListLiveSnapshotFiles", this::listLiveSnapshotFiles);
        handlers.put("DeleteLiveSnapshotFiles", this::deleteLiveSnapshotFiles);
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

    /** Adds {@code count} recorded files to a recording job (created if unknown), one an hour back from now. */
    public synchronized void addRecordFiles(String jobId, int count) {
        ObjectNode job = recordJobs.get(jobId);
        for (int i = 0; i < count; i++) {
            Instant end = clock.instant().minus(Duration.ofMinutes(5L * (count - i)));
            String id = newId();
            ObjectNode f = F.objectNode().put("RecordId", id).put("JobId", jobId)
                    .put("JobName", job == null ? "job" : job.path("Name").asText())
                    .put("CreateTime", Timestamps.format(end)).put("StartTime", Timestamps.format(end.minusSeconds(300)))
                    .put("EndTime", Timestamps.format(end)).put("Duration", 300.0f).put("Format", "m3u8")
                    .put("Width", 1280).put("Height", 720)
                    .put("RecordUrl", "http://bucket.oss-cn-shanghai.aliyuncs.com/record/" + id + ".m3u8")
                    .put("StreamUrl", "rtmp://example.com/live/stream1")
                    .put("RecordOutput", "{\"Type\":\"oss\",\"Endpoint\":\"oss-cn-shanghai.aliyuncs.com\",\"Bucket\":\"bucket\"}");
            recordFiles.put(id, f);
        }
    }

    /** Adds {@code count} snapshots to a snapshot job, {@code interval} apart from {@code first}. */
    public synchronized void addSnapshotFiles(String jobId, int count, Instant first, Duration interval) {
        java.util.TreeMap<Long, ObjectNode> files = snapshotFiles.computeIfAbsent(jobId, k -> new java.util.TreeMap<>());
        for (int i = 0; i < count; i++) {
            Instant t = first.plus(interval.multipliedBy(i));
            files.put(t.toEpochMilli(), F.objectNode().put("OssEndpoint", "oss-cn-shanghai.aliyuncs.com")
                    .put("OssBucket", "bucket").put("OssObject", "snapshot/" + jobId + "/" + t.toEpochMilli() + ".jpg")
                    .put("CreateTime", Timestamps.format(t)).put("CreateTimestamp", t.toEpochMilli()).put("IsOverlay", false));
        }
    }

    /** Creates {@code count} finished media-convert jobs directly, as if submitted earlier. */
    public synchronized void addMediaConvertJobs(int count) {
        JsonNode config = F.objectNode().set("Inputs", F.arrayNode().add(F.objectNode().set("InputFile",
                F.objectNode().put("Type", "OSS").put("Media", "oss://bucket/in.mp4"))));
        for (int i = 0; i < count; i++) {
            String id = newId();
            convertJobs.put(id, new ConvertJob(id, null, "seeded", config, null, null,
                    clock.instant().minus(Duration.ofHours(1)).plusMillis(i), false));
        }
    }

    /** Media-convert jobs reading this input fail. */
    public synchronized void markBadInput(String media) {
        badInputs.add(media);
    }

    /**
     * @return the job, as {@code GetMediaConvertJob} shows it, of every media-convert job that
     *     has ended (Success or Failed) and was not handed out before: each is handed out once
     */
    public synchronized List<ObjectNode> takeEndedConvertJobs() {
        List<ObjectNode> out = new ArrayList<>();
        Instant now = clock.instant();
        for (ConvertJob j : convertJobs.values()) {
            String state = j.state(now);
            if ((state.equals("Success") || state.equals("Failed")) && notified.add(j.id)) {
                out.add((ObjectNode) j.toJson(now, true).get("Job"));
            }
        }
        return out;
    }

    /** @param job a job handed out by {@link #takeEndedConvertJobs} whose event could not be delivered */
    public synchronized void untake(String job) {
        notified.remove(job);
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

    // ---- live transcoding templates and jobs

    private ObjectNode createLiveTranscodeTemplate(Params p) {
        String name = p.required("Name");
        String type = p.oneOf("Type", true, "normal", "narrow-band", "audio-only", "origin");
        JsonNode config = p.json("TemplateConfig", false);
        JsonNode video = config == null ? null : config.get("VideoParams");
        if ("normal".equals(type)) {
            if (video == null || (Params.field(video, "TemplateConfig.VideoParams", "Width", false) == null
                    && Params.field(video, "TemplateConfig.VideoParams", "Height", false) == null)) {
                throw MockError.missing("TemplateConfig.VideoParams.Width");
            }
            Params.field(video, "TemplateConfig.VideoParams", "Fps", true);
            Params.field(video, "TemplateConfig.VideoParams", "Bitrate", true);
        }
        if (video != null) {
            Params.field(video, "TemplateConfig.VideoParams", "Codec", false, "H.264", "H.265");
        }
        String id = newId();
        ObjectNode t = F.objectNode().put("TemplateId", id).put("Name", name).put("Type", type)
                .put("Category", "customized").put("CreateTime", now());
        t.set("TemplateConfig", config == null ? F.objectNode() : config);
        transcodeTemplates.put(id, t);
        return F.objectNode().put("TemplateId", id);
    }

    private ObjectNode listLiveTranscodeTemplates(Params p) {
        String category = p.oneOf("Category", false, "system", "customized");
        String type = p.optional("Type");
        String codec = p.optional("VideoCodec");
        String keyword = p.optional("KeyWord");
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode t : transcodeTemplates.values()) {
            if ((category == null || category.equals(t.path("Category").asText()))
                    && (type == null || type.equals(t.path("Type").asText()))
                    && (codec == null || codec.equals(t.path("TemplateConfig").path("VideoParams").path("Codec").asText()))
                    && matches(keyword, t.path("TemplateId").asText(), t.path("Name").asText())) {
                hits.add(t);
            }
        }
        return page(hits, p, 10, 100, "TemplateContentList", false, true);
    }

    private ObjectNode listLiveTranscodeJobs(Params p) {
        String keyword = p.optional("KeyWord");
        String type = p.optional("Type");
        String startMode = p.oneOf("StartMode", false, "0", "1");
        String status = p.oneOf("Status", false, "0", "1", "2");
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode j : transcodeJobs.values()) {
            if (matches(keyword, j.path("JobId").asText(), j.path("Name").asText())
                    && (type == null || type.equals(j.path("TemplateType").asText()))
                    && (startMode == null || startMode.equals(j.path("StartMode").asText()))
                    && (status == null || status.equals(j.path("Status").asText()))) {
                hits.add(j);
            }
        }
        return page(hits, p, 10, 100, "JobList", false, true);
    }

    private ObjectNode updateLiveTranscodeJob(Params p) {
        ObjectNode job = job(transcodeJobs, p.required("JobId"));
        JsonNode in = p.json("StreamInput", false);
        JsonNode out = p.json("TranscodeOutput", false);
        JsonNode timed = p.json("TimedConfig", false);
        if (in != null || out != null || timed != null) {
            if (job.path("StartMode").asInt() != 1 || job.path("Status").asInt() != 0) {
                throw new MockError(400, "InvalidParameter",
                        "Only the Name of a job that is not a timed job waiting to start can be changed.");
            }
            if (in != null) {
                Params.field(in, "StreamInput", "Type", true, "rtmp");
                job.putObject("StreamInput").put("Type", "rtmp")
                        .put("InputUrl", Params.field(in, "StreamInput", "InputUrl", true));
            }
            if (out != null) {
                Params.field(out, "TranscodeOutput", "Type", true, "LiveCenter");
                Params.field(out, "TranscodeOutput", "DomainName", true);
            }
        }
        if (p.optional("Name") != null) {
            job.put("Name", p.optional("Name"));
        }
        return F.objectNode();
    }

    private ObjectNode sendLiveTranscodeJobCommand(Params p) {
        ObjectNode job = job(transcodeJobs, p.required("JobId"));
        p.oneOf("Command", true, "stop");
        job.put("Status", 2);
        return F.objectNode();
    }

    // ---- live recording

    private ObjectNode listLiveRecordJobs(Params p) {
        String keyword = p.optional("Keyword");
        String status = p.oneOf("Status", false, "initial", "started", "paused");
        Instant[] window = window(p, 30);
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode j : recordJobs.values()) {
            if (matches(keyword, j.path("JobId").asText(), j.path("Name").asText())
                    && (status == null || status.equals(j.path("Status").asText())) && inWindow(j, window)) {
                hits.add(j);
            }
        }
        return page(hits, p, 10, Integer.MAX_VALUE, "LiveRecordJobs", true, true);
    }

    private java.util.List<JsonNode> recordFormats(Params p) {
        String raw = p.required("RecordFormat");
        JsonNode list;
        try {
            list = io.github.imssdk.core.internal.Json.mapper().readTree(raw);
        } catch (Exception e) {
            throw MockError.invalid("RecordFormat", "It must be a JSON array.");
        }
        if (list == null || !list.isArray() || list.size() == 0) {
            throw MockError.invalid("RecordFormat", "It must be a non-empty JSON array.");
        }
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode f : list) {
            String format = Params.field(f, "RecordFormat", "Format", true, "m3u8", "mp4", "flv");
            if (format.equals("m3u8")) {
                Params.field(f, "RecordFormat", "SliceOssObjectPrefix", true);
                String d = Params.field(f, "RecordFormat", "SliceDuration", true);
                int sd = f.path("SliceDuration").asInt(-1);
                if (sd < 5 || sd > 30) {
                    throw MockError.invalid("RecordFormat.SliceDuration", "It must be between 5 and 30, not " + d + ".");
                }
            }
            out.add(f);
        }
        return out;
    }

    private ObjectNode createLiveRecordTemplate(Params p) {
        String name = p.required("Name");
        java.util.List<JsonNode> formats = recordFormats(p);
        String id = newId();
        ObjectNode t = F.objectNode().put("TemplateId", id).put("Name", name).put("Type", "custom")
                .put("CreateTime", now()).put("LastModified", now());
        t.putArray("RecordFormatList").addAll(formats);
        recordTemplates.put(id, t);
        return F.objectNode().put("TemplateId", id);
    }

    private ObjectNode updateLiveRecordTemplate(Params p) {
        ObjectNode t = template(recordTemplates, p.required("TemplateId"));
        String name = p.required("Name");
        java.util.List<JsonNode> formats = recordFormats(p);
        if ("system".equals(t.path("Type").asText())) {
            throw new MockError(400, "InvalidParameter", "Preset templates cannot be changed.");
        }
        t.put("Name", name).put("LastModified", now());
        t.putArray("RecordFormatList").addAll(formats);
        return F.objectNode();
    }

    private ObjectNode listLiveRecordTemplates(Params p) {
        String keyword = p.optional("Keyword");
        String type = p.oneOf("Type", false, "system", "custom");
        java.util.Set<String> ids = flat(p, "TemplateIds");
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode t : recordTemplates.values()) {
            if (matches(keyword, t.path("TemplateId").asText(), t.path("Name").asText())
                    && (type == null || type.equals(t.path("Type").asText()))
                    && (ids.isEmpty() || ids.contains(t.path("TemplateId").asText()))) {
                hits.add(t);
            }
        }
        return page(hits, p, 10, 100, "RecordTemplateList", true, true);
    }

    private ObjectNode listLiveRecordFiles(Params p) {
        java.util.Set<String> jobIds = flat(p, "JobIds");
        Instant[] window = window(p, 4);
        String format = p.optional("RecordFormat");
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode f : recordFiles.values()) {
            if ((jobIds.isEmpty() || jobIds.contains(f.path("JobId").asText())) && inWindow(f, window)
                    && (format == null || format.equalsIgnoreCase(f.path("Format").asText()))) {
                hits.add(f);
            }
        }
        // This operation answers PageSize and TotalCount as strings, and sorts ascending by default.
        ObjectNode page = pageWithOrder(hits, p, 10, 5, 30, "Files", true, "asc");
        page.put("PageSize", page.path("PageSize").asText()).put("TotalCount", page.path("TotalCount").asText());
        return page;
    }

    private ObjectNode deleteLiveRecordFiles(Params p) {
        java.util.Set<String> ids = flat(p, "RecordIds");
        if (ids.isEmpty()) {
            throw MockError.missing("RecordIds");
        }
        ArrayNode infos = F.arrayNode();
        for (String id : ids) {
            boolean found = recordFiles.remove(id) != null;
            infos.addObject().put("RecordId", id).put("Code", found ? "OK" : "RecordNotFound")
                    .put("Message", found ? "deleted" : "No such record.");
        }
        ObjectNode out = F.objectNode().put("Message", "done");
        out.set("DeleteFileInfoList", infos);
        return out;
    }

    // ---- live snapshots

    private ObjectNode listLiveSnapshotJobs(Params p) {
        String keyword = p.optional("SearchKeyWord");
        String status = p.oneOf("Status", false, "init", "started", "paused");
        Instant[] window = window(p, 30);
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode j : snapshotJobs.values()) {
            if (matches(keyword, j.path("JobId").asText(), j.path("JobName").asText())
                    && (status == null || status.equals(j.path("Status").asText())) && inWindow(j, window)) {
                ObjectNode item = F.objectNode();
                for (String f : new String[] {"JobId", "JobName", "TemplateId", "TemplateName", "Status", "TimeInterval",
                        "CreateTime", "SnapshotOutput"}) {
                    if (j.has(f)) {
                        item.set(f, j.get(f));
                    }
                }
                hits.add(item);
            }
        }
        return page(hits, p, 10, 100, "JobList", true, true);
    }

    private ObjectNode sendLiveSnapshotJobCommand(Params p) {
        ObjectNode job = job(snapshotJobs, p.required("JobId"));
        String command = p.oneOf("Command", true, "start", "stop", "restart");
        if (command.equals("start") && "started".equals(job.path("Status").asText())) {
            throw new MockError(409, "JobAlreadyStarted", "Job is already started.");
        }
        job.put("Status", command.equals("stop") ? "paused" : "started").put("LastModified", now());
        return F.objectNode();
    }

    private ObjectNode snapshotTemplateFields(Params p, ObjectNode t) {
        String name = p.required("TemplateName");
        Integer interval = p.integer("TimeInterval", true, 5, 3600);
        String overwrite = p.optional("OverwriteFormat");
        String sequence = p.optional("SequenceFormat");
        if (overwrite == null && sequence == null) {
            throw MockError.missing("SequenceFormat");
        }
        for (String[] f : new String[][] {{"OverwriteFormat", overwrite}, {"SequenceFormat", sequence}}) {
            if (f[1] != null && (!f[1].endsWith(".jpg") || f[1].startsWith("/"))) {
                throw MockError.invalid(f[0], "It must end in .jpg and must not start with '/'.");
            }
        }
        t.put("TemplateName", name).put("TimeInterval", interval).put("LastModified", now());
        if (overwrite != null) {
            t.put("OverwriteFormat", overwrite);
        } else {
            t.remove("OverwriteFormat");
        }
        if (sequence != null) {
            t.put("SequenceFormat", sequence);
        } else {
            t.remove("SequenceFormat");
        }
        return t;
    }

    private ObjectNode createLiveSnapshotTemplate(Params p) {
        String id = newId();
        ObjectNode t = F.objectNode().put("TemplateId", id).put("Type", "custom").put("CreateTime", now());
        snapshotTemplateFields(p, t);
        snapshotTemplates.put(id, t);
        return F.objectNode().put("TemplateId", id);
    }

    private ObjectNode updateLiveSnapshotTemplate(Params p) {
        snapshotTemplateFields(p, template(snapshotTemplates, p.required("TemplateId")));
        return F.objectNode();
    }

    private ObjectNode listLiveSnapshotTemplates(Params p) {
        String keyword = p.optional("SearchKeyWord");
        String type = p.oneOf("Type", false, "system", "custom");
        java.util.Set<String> ids = keyword != null ? java.util.Collections.emptySet() : flat(p, "TemplateIds");
        java.util.List<ObjectNode> hits = new java.util.ArrayList<>();
        for (ObjectNode t : snapshotTemplates.values()) {
            if (matches(keyword, t.path("TemplateId").asText(), t.path("TemplateName").asText())
                    && (type == null || type.equals(t.path("Type").asText()))
                    && (ids.isEmpty() || ids.contains(t.path("TemplateId").asText()))) {
                ObjectNode item = F.objectNode();
                for (String f : new String[] {"TemplateId", "TemplateName", "Type", "TimeInterval", "CreateTime"}) {
                    item.set(f, t.get(f));
                }
                hits.add(item);
            }
        }
        return page(hits, p, 10, 100, "TemplateList", true, true);
    }

    private ObjectNode listLiveSnapshotFiles(Params p) {
        String jobId = p.required("JobId");
        Instant start = instant(p, "StartTime", true);
        Instant end = instant(p, "EndTime", true);
        if (Duration.between(start, end).compareTo(Duration.ofDays(1)) > 0 || !end.isAfter(start)) {
            throw MockError.invalid("EndTime", "The range must be positive and at most 1 day.");
        }
        Integer limit = p.integer("Limit", false, 1, 100);
        int n = limit == null ? 10 : limit;
        java.util.TreeMap<Long, ObjectNode> files = snapshotFiles.getOrDefault(jobId, new java.util.TreeMap<>());
        java.util.SortedMap<Long, ObjectNode> range = files.subMap(start.toEpochMilli(), end.toEpochMilli());
        ArrayNode list = F.arrayNode();
        ObjectNode out = F.objectNode();
        int i = 0;
        for (Map.Entry<Long, ObjectNode> e : range.entrySet()) {
            if (i++ == n) {
                out.put("NextStartTime", Timestamps.formatMillis(e.getKey()));
                break;
            }
            list.add(e.getValue());
        }
        out.set("FileList", list);
        return out;
    }

    private ObjectNode deleteLiveSnapshotFiles(Params p) {
        String jobId = p.required("JobId");
        String raw = p.required("CreateTimestampList");
        JsonNode list;
        try {
            list = io.github.imssdk.core.internal.Json.mapper().readTree(raw);
        } catch (Exception e) {
            throw MockError.invalid("CreateTimestampList", "It must be a JSON array of numbers.");
        }
        if (list == null || !list.isArray() || list.size() == 0 || list.size() > 200) {
            throw MockError.invalid("CreateTimestampList", "It must hold 1 to 200 timestamps.");
        }
        java.util.TreeMap<Long, ObjectNode> files = snapshotFiles.getOrDefault(jobId, new java.util.TreeMap<>());
        ArrayNode results = F.arrayNode();
        for (JsonNode ts : list) {
            boolean removed = files.remove(ts.asLong()) != null;
            results.addObject().put("CreateTimestamp", ts.asLong()).put("Result", removed ? "OK" : "NotFound");
        }
        return F.objectNode().set("DeleteFileResultList", results);
    }

    // ---- media convert list

    private ObjectNode listMediaConvertJobs(Params p) {
        String jobId = p.optional("JobId");
        Instant from = instant(p, "StartOfCreateTime", false);
        Instant to = instant(p, "EndOfCreateTime", false);
        String status = p.optional("Status");
        String order = p.oneOf("OrderBy", false, "CreateTimeDesc", "CreateTimeAsc");
        Integer size = p.integer("PageSize", false, 1, 100);
        int n = size == null ? 20 : size;
        java.util.List<ConvertJob> hits = new java.util.ArrayList<>();
        Instant now = clock.instant();
        for (ConvertJob j : convertJobs.values()) {
            String state = j.state(now);
            if ((jobId == null || jobId.equals(j.id)) && (from == null || !j.created.isBefore(from))
                    && (to == null || j.created.isBefore(to)) && (status == null || sameState(status, state))) {
                hits.add(j);
            }
        }
        if (!"CreateTimeAsc".equals(order)) {
            java.util.Collections.reverse(hits);
        }
        int offset = 0;
        String token = p.optional("NextPageToken");
        if (token != null) {
            try {
                offset = Integer.parseInt(new String(java.util.Base64.getDecoder().decode(token),
                        java.nio.charset.StandardCharsets.US_ASCII));
            } catch (RuntimeException e) {
                throw MockError.invalid("NextPageToken", "It is not a token this service issued.");
            }
        }
        ArrayNode jobs = F.arrayNode();
        for (int i = offset; i < Math.min(hits.size(), offset + n); i++) {
            ObjectNode j = (ObjectNode) hits.get(i).toJson(now, true).get("Job");
            j.remove("OutputDetails");
            j.remove("OutputGroupDetails");
            j.remove("Percent");
            jobs.add(j);
        }
        ObjectNode out = F.objectNode();
        out.put("NextPageToken", offset + n < hits.size() ? java.util.Base64.getEncoder().encodeToString(
                Integer.toString(offset + n).getBytes(java.nio.charset.StandardCharsets.US_ASCII)) : "");
        out.set("Jobs", jobs);
        return out;
    }

    private static boolean sameState(String filter, String state) {
        return filter.equalsIgnoreCase(state) || (filter.equalsIgnoreCase("Complete") && state.equals("Success"))
                || (filter.equalsIgnoreCase("Error") && state.equals("Failed"));
    }

    // ---- helpers

    private static ObjectNode remove(Map<String, ObjectNode> map, String id, String code, String message) {
        if (map.remove(id) == null) {
            throw new MockError(404, code, message);
        }
        return F.objectNode();
    }

    private static ObjectNode job(Map<String, ObjectNode> jobs, String id) {
        ObjectNode j = jobs.get(id);
        if (j == null) {
            throw new MockError(404, "JobNotFound", "No such job.");
        }
        return j;
    }

    private static boolean matches(String keyword, String id, String name) {
        return keyword == null || keyword.equals(id) || (name != null && name.contains(keyword));
    }

    private static java.util.Set<String> flat(Params p, String name) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 1; p.optional(name + "." + i) != null; i++) {
            out.add(p.optional(name + "." + i));
        }
        return out;
    }

    private static Instant instant(Params p, String name, boolean required) {
        String v = required ? p.required(name) : p.optional(name);
        if (v == null) {
            return null;
        }
        Instant t = Lenient.parseInstant(v);
        if (t == null) {
            throw MockError.invalid(name, "It must be a UTC time like 2022-02-21T00:00:00Z.");
        }
        return t;
    }

    private static Instant[] window(Params p, int maxDays) {
        Instant start = instant(p, "StartTime", false);
        Instant end = instant(p, "EndTime", false);
        if (start != null && end != null && Duration.between(start, end).compareTo(Duration.ofDays(maxDays)) > 0) {
            throw MockError.invalid("EndTime", "The range must be at most " + maxDays + " days.");
        }
        return new Instant[] {start, end};
    }

    private static boolean inWindow(JsonNode item, Instant[] window) {
        Instant t = Lenient.parseInstant(item.path("CreateTime").asText());
        return t == null || ((window[0] == null || !t.isBefore(window[0])) && (window[1] == null || t.isBefore(window[1])));
    }

    private static ObjectNode page(java.util.List<ObjectNode> items, Params p, int defaultSize, int maxSize, String listName,
                                   boolean echo, boolean descByDefault) {
        return pageWithOrder(items, p, defaultSize, 1, maxSize, listName, echo, descByDefault ? "desc" : "asc");
    }

    private static ObjectNode pageWithOrder(java.util.List<ObjectNode> items, Params p, int defaultSize, int minSize,
                                            int maxSize, String listName, boolean echo, String defaultOrder) {
        Integer pageNo = p.integer("PageNo", false, 1, Integer.MAX_VALUE);
        Integer pageSize = p.integer("PageSize", false, minSize, maxSize);
        String sort = p.oneOf("SortBy", false, "asc", "desc");
        String order = sort != null ? sort : defaultOrder;
        int no = pageNo == null ? 1 : pageNo;
        int size = pageSize == null ? defaultSize : pageSize;
        java.util.List<ObjectNode> sorted = new java.util.ArrayList<>(items);
        if (order.equals("desc")) {
            java.util.Collections.reverse(sorted);
        }
        ArrayNode list = F.arrayNode();
        long from = (long) (no - 1) * size;
        for (long i = from; i < Math.min(sorted.size(), from + size); i++) {
            list.add(sorted.get((int) i).deepCopy());
        }
        ObjectNode out = F.objectNode();
        if (echo) {
            out.put("PageNo", no).put("PageSize", size).put("SortBy", order);
        }
        out.put("TotalCount", sorted.size());
        out.set(listName, list);
        return out;
    }

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
