package io.github.imssdk.ice.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.imssdk.core.internal.Json;
import io.github.imssdk.core.internal.Lenient;
import io.github.imssdk.ice.internal.ResponseUnmarshaller;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The documented rules that span several fields; the per-field limits are declared in the spec
 * (tools/ice_spec.py). Each rule's javadoc names the page and section it comes from;
 * docs/api/operations.md lists them under each operation with the page's address.
 */
final class ValidationRules {
    /**
     * The query parameters that carry the signature of a pre-signed OSS (V1, V4) or S3 URL: the
     * media-convert pages say "do not use a signed URL" for an OSS Media. Only a signature marks
     * one; {@code Expires} and the like alone do not.
     */
    private static final Set<String> SIGNED_URL_PARAMS = new HashSet<>(Arrays.asList(
            "signature", "x-oss-signature", "x-amz-signature"));
    private static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private ValidationRules() {
    }

    /**
     * SubmitLiveTranscodeJob, TimedConfig: "required when StartMode is 1". Not forbidden with 0
     * (the page does not say so): the service decides.
     */
    static void startMode(SubmitLiveTranscodeJobRequest r, Violations v) {
        if (r.startMode() == StartMode.TIMED && r.timedConfig() == null) {
            v.essential("timedConfig", "is required when startMode is TIMED (1)", null);
        }
    }

    /**
     * SubmitLiveTranscodeJob and UpdateLiveTranscodeJob pages, Request parameters, TimedConfig:
     * "the time span between the start/stop time and the current time cannot exceed seven days".
     */
    static void sevenDayWindow(TimedConfig t, Instant now, Violations v) {
        if (t == null) {
            return;
        }
        window("timedConfig.startTime", t.startTime(), now, v);
        window("timedConfig.endTime", t.endTime(), now, v);
    }

    private static void window(String field, Instant time, Instant now, Violations v) {
        if (time != null && Duration.between(now, time).abs().compareTo(SEVEN_DAYS) > 0) {
            v.add(field, "must be within seven days of now (" + now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")",
                    time);
        }
    }

    /**
     * UpdateLiveTranscodeTemplate and CreateLiveTranscodeTemplate pages, Request parameters,
     * TemplateConfig.VideoParams: Width and Height from 128, the longer side at most 2560, the
     * shorter at most 1440.
     */
    static void resolution(Integer width, Integer height, String path, Violations v) {
        if (width != null && height != null && Math.min(width, height) > 1440) {
            v.add(path + "width", "with height: min(width, height) must be at most 1440", width + "x" + height);
        }
    }

    /**
     * UpdateLiveTranscodeTemplate and CreateLiveTranscodeTemplate pages, Request parameters,
     * TemplateConfig.AudioParams: Samplerate at most 44100 with profile aac_ld. (A Profile with MP3
     * is not forbidden there: the service's to judge.)
     */
    static void audioParams(AudioParams a, String path, Violations v) {
        if (a.profile() == AudioProfile.AAC_LD && a.samplerate() != null && a.samplerate() > 44100) {
            v.add(path + "samplerate", "must be at most 44100 with profile aac_ld", a.samplerate());
        }
    }

    /**
     * MediaObject page (api-ice-2020-11-09-struct-mediaobject, via SubmitMediaConvertJob): Type and
     * Media required; an OSS Media is oss://bucket/path or http(s)://bucket.endpoint/path, "do not
     * use a signed URL".
     */
    static void mediaObject(MediaObject m, String path, Violations v) {
        v.required(path + "type", m.typeAsString());
        v.required(path + "media", m.media());
        // MediaObject page: an OSS Media is oss://bucket/path or http(s)://bucket.endpoint/path
        if (m.type() == MediaObjectType.OSS && m.media() != null && !m.media().isEmpty()
                && !m.media().matches("(?i)(oss|https?)://.+")) {
            v.add(path + "media", "an OSS media must be oss://bucket/path or http(s)://bucket.endpoint/path", m.media());
        }
        if (m.media() != null && isSignedUrl(m.media())) {
            v.add(path + "media", "must not be a signed URL (the service authenticates itself; signed URLs fail)",
                    m.media());
        }
    }

    static boolean isSignedUrl(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return false;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            String name = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (SIGNED_URL_PARAMS.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** MediaConvertJobConfig page, OutputGroups[].GroupConfig.ManifestName: "only for Type Hls or Dash". */
    static void groupConfig(OutputGroupConfig g, String path, Violations v) {
        if (g.manifestName() != null && g.type() == OutputGroupType.FILE) {
            v.add(path + "manifestName", "is only used by Hls and Dash groups", g.manifestName());
        }
    }

    /** MediaConvertJobConfig page, Outputs[].HlsGroupConfig.Name: required for audio and subtitle renditions. */
    static void hlsGroupConfig(HlsGroupConfig h, String path, Violations v) {
        HlsRenditionType t = h.type();
        if ((t == HlsRenditionType.AUDIO || t == HlsRenditionType.SUBTITLE) && isBlank(h.name())) {
            v.essential(path + "name", "is required for " + h.typeAsString() + " renditions", null);
        }
    }

    /**
     * MediaConvertJobConfig page, OutputGroups[].Outputs[].HlsGroupConfig: only in an Hls group,
     * and "only one default per group" (IsDefault).
     */
    static void outputGroup(MediaConvertOutputGroup g, String path, Violations v) {
        OutputGroupType type = g.groupConfig() == null ? null : g.groupConfig().type();
        int defaults = 0;
        for (int i = 0; i < g.outputs().size(); i++) {
            HlsGroupConfig h = g.outputs().get(i).hlsGroupConfig();
            if (h == null) {
                continue;
            }
            if (type != null && type != OutputGroupType.HLS) {
                v.add(path + "outputs[" + i + "].hlsGroupConfig", "is only allowed in an Hls group",
                        g.groupConfig().typeAsString());
            }
            if (Boolean.TRUE.equals(h.isDefault())) {
                defaults++;
            }
        }
        if (defaults > 1) {
            v.add(path + "outputs", "may mark at most one rendition as default (isDefault)", defaults + " defaults");
        }
    }

    /**
     * MediaConvertJobConfig page: Inputs and an output (in OutputGroups or Outputs) required; an
     * InputRef (of an output or of ManifestExtend) "is the Name of an input", so it names one, and
     * input names are distinct so that it names one only.
     */
    static void jobConfig(MediaConvertJobConfig c, String path, Violations v) {
        boolean anyOutput = !c.outputs().isEmpty();
        for (MediaConvertOutputGroup g : c.outputGroups()) {
            anyOutput |= !g.outputs().isEmpty();
        }
        if (!anyOutput) {
            v.essential(path + "outputs", "at least one output is required (in outputGroups or outputs)", null);
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < c.inputs().size(); i++) {
            String n = c.inputs().get(i).name();
            if (n != null) {
                if (names.contains(n)) {
                    v.add(path + "inputs[" + i + "].name", "must be unique among the inputs", n);
                }
                names.add(n);
            }
        }
        for (int i = 0; i < c.outputs().size(); i++) {
            inputRef(path + "outputs[" + i + "].inputRef", c.outputs().get(i).inputRef(), names, v);
        }
        for (int i = 0; i < c.outputGroups().size(); i++) {
            MediaConvertOutputGroup g = c.outputGroups().get(i);
            String gp = path + "outputGroups[" + i + "].";
            if (g.groupConfig() != null && g.groupConfig().manifestExtend() != null) {
                inputRef(gp + "groupConfig.manifestExtend.inputRef", g.groupConfig().manifestExtend().inputRef(), names, v);
            }
            for (int j = 0; j < g.outputs().size(); j++) {
                inputRef(gp + "outputs[" + j + "].inputRef", g.outputs().get(j).inputRef(), names, v);
            }
        }
    }

    private static void inputRef(String field, String ref, List<String> names, Violations v) {
        if (ref != null && !names.contains(ref)) {
            v.add(field, "must name one of the inputs " + names, ref);
        }
    }

    /**
     * SubmitMediaConvertJob page, Request parameters, Config (required): given once, typed or as
     * raw JSON text (an object), and a raw one is checked like a typed one.
     */
    static void configOrJson(MediaConvertJobConfig config, String configJson, Violations v) {
        if (config == null && configJson == null) {
            v.essential("config", "is required (or configJson)", null);
        }
        if (config != null && configJson != null) {
            v.add("configJson", "cannot be combined with config; give one of them", "(raw JSON)");
        }
        if (configJson != null) {
            JsonNode n;
            try {
                n = Json.parse(configJson);
            } catch (Exception e) {
                n = null;
            }
            if (n == null || !n.isObject()) {
                v.essential("configJson", "must be a JSON object", configJson);
            } else {
                // the same checks as a typed config: read leniently into the typed tree (fields
                // this SDK does not know are ignored here and sent untouched)
                MediaConvertJobConfig typed = ResponseUnmarshaller.mediaConvertJobConfig(n);
                if (typed != null && config == null) {
                    typed.validate("configJson.", v);
                }
            }
        }
    }

    /**
     * OverrideParams (JSON text): the ranges of the transcoding template parameters it overrides
     * ("Transcoding template parameters" page: Video Width/Height 128-4096 and even, Bitrate -1 or
     * 10-50000, Crf 20-51, Fps 0-60; Audio Bitrate 8-1000, Samplerate and Channels from their lists;
     * MuxConfig.Segment.Duration 1-60). Numbers may be JSON numbers or strings; text that is not a
     * number (a Gop of "10s") is the service's to judge.
     */
    static void overrideParams(String json, String field, Violations v) {
        JsonNode n = object(json);
        if (n == null) {
            return;
        }
        JsonNode video = Lenient.object(n, "Video");
        for (String side : new String[] {"Width", "Height"}) {
            Long x = number(video, side);
            if (x != null && (x < 128 || x > 4096 || x % 2 != 0)) {
                v.add(field + ".Video." + side, "must be an even number in [128, 4096]", x);
            }
        }
        Long bitrate = number(video, "Bitrate");
        if (bitrate != null && bitrate != -1 && (bitrate < 10 || bitrate > 50000)) {
            v.add(field + ".Video.Bitrate", "must be -1 or in [10, 50000]", bitrate);
        }
        v.range(field + ".Video.Crf", number(video, "Crf"), 20, 51);
        v.range(field + ".Video.Fps", number(video, "Fps"), 0, 60);
        JsonNode audio = Lenient.object(n, "Audio");
        v.range(field + ".Audio.Bitrate", number(audio, "Bitrate"), 8, 1000);
        oneOf(field + ".Audio.Samplerate", number(audio, "Samplerate"), v, 22050, 32000, 44100, 48000, 96000);
        oneOf(field + ".Audio.Channels", number(audio, "Channels"), v, 0, 1, 2, 4, 5, 6, 8);
        JsonNode segment = Lenient.object(Lenient.object(n, "MuxConfig"), "Segment");
        v.range(field + ".MuxConfig.Segment.Duration", number(segment, "Duration"), 1, 60);
    }

    /**
     * Features (JSON text of MediaConvertJobFeature, help document 2979993): at most 4 Metadata
     * pairs, keys at most 64 characters, values at most 512; at most 4 Watermarks, FontSize 4-120.
     */
    static void features(String json, String field, Violations v) {
        JsonNode n = object(json);
        if (n == null) {
            return;
        }
        JsonNode metadata = Lenient.object(n, "Metadata");
        if (metadata != null) {
            if (metadata.size() > 4) {
                v.add(field + ".Metadata", "must have at most 4 pairs; it has " + metadata.size(), null);
            }
            for (java.util.Iterator<String> it = metadata.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                v.maxChars(field + ".Metadata key", key, 64);
                JsonNode value = metadata.get(key);
                v.maxChars(field + ".Metadata." + key, value == null ? null : value.asText(), 512);
            }
        }
        int i = 0;
        for (JsonNode w : Lenient.array(n, "Watermarks")) {
            v.range(field + ".Watermarks[" + i + "].FontSize", number(w, "FontSize"), 4, 120);
            i++;
        }
        if (i > 4) {
            v.add(field + ".Watermarks", "must have at most 4 entries; it has " + i, null);
        }
    }

    private static JsonNode object(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonNode n = Json.parse(json);
            return n != null && n.isObject() ? n : null; // not JSON: the json() check says so
        } catch (Exception e) {
            return null;
        }
    }

    /** A whole number given as a JSON number or as text, else {@code null} (left to the service). */
    private static Long number(JsonNode parent, String name) {
        return Lenient.parseLong(Lenient.string(parent, name));
    }

    private static void oneOf(String field, Long value, Violations v, long... allowed) {
        if (value == null) {
            return;
        }
        for (long a : allowed) {
            if (a == value) {
                return;
            }
        }
        v.add(field, "must be one of " + Arrays.toString(allowed), value);
    }

    /**
     * SubmitLiveSnapshotJob: StreamInput.Url is required and at most 255 characters (the
     * recording job, which shares LiveStreamInput, documents neither).
     */
    static void snapshotStreamUrl(LiveStreamInput s, Violations v) {
        if (s != null && v.required("streamInput.url", s.url())) {
            v.maxChars("streamInput.url", s.url(), 255);
        }
    }

    /**
     * CreateLiveTranscodeTemplate page, Request parameters, Type and TemplateConfig: a normal
     * template needs a width or a height, the fps and the bitrate; an H.265 narrow-band template is
     * at most 1280x720.
     */
    static void transcodeTemplateType(CreateLiveTranscodeTemplateRequest r, Violations v) {
        VideoParams video = r.templateConfig() == null ? null : r.templateConfig().videoParams();
        if (r.type() == TranscodeTemplateType.NORMAL) {
            if (video == null) {
                v.essential("templateConfig.videoParams", "is required for a normal template (width or height, fps, bitrate)", null);
            } else {
                if (video.width() == null && video.height() == null) {
                    v.essential("templateConfig.videoParams.width", "a normal template needs a width or a height", null);
                }
                v.required("templateConfig.videoParams.fps", video.fps());
                v.required("templateConfig.videoParams.bitrate", video.bitrate());
            }
        }
        if (r.type() == TranscodeTemplateType.NARROW_BAND && video != null && video.codec() == VideoCodec.H265) {
            Integer w = video.width();
            Integer h = video.height();
            int big = Math.max(w == null ? 0 : w, h == null ? 0 : h);
            int small = w != null && h != null ? Math.min(w, h) : 0;
            if (big > 1280 || small > 720) {
                v.add("templateConfig.videoParams.width", "an H.265 narrow-band template is at most 1280x720",
                        w != null && h != null ? w + "x" + h : w != null ? "width " + w : "height " + h);
            }
        }
    }

    /** UpdateLiveTranscodeJob page, Request parameters, TranscodeOutput.DomainName: required there (optional in Submit). */
    static void updateTranscodeOutput(TranscodeOutput o, Violations v) {
        if (o != null) {
            v.required("transcodeOutput.domainName", o.domainName());
        }
    }

    /**
     * The List operations' pages, Request parameters, EndTime: "EndTime - StartTime" at most
     * {@code maxDays} days (0: no maximum). An end before the start is not forbidden there: the
     * service's to judge.
     */
    static void window(String endField, Instant start, Instant end, int maxDays, String label, Violations v) {
        if (start == null || end == null) {
            return;
        }
        if (maxDays > 0 && Duration.between(start, end).compareTo(Duration.ofDays(maxDays)) > 0) {
            v.add(endField, "must be at most " + label + " after the start time (" + start + ")", end);
        }
    }

    /**
     * CreateLiveRecordTemplate and UpdateLiveRecordTemplate pages, Request parameters, RecordFormat:
     * m3u8 needs SliceOssObjectPrefix and SliceDuration (used only by it); OssObjectPrefix contains
     * a start and an end time variable, SliceOssObjectPrefix {UnixTimestamp} and {Sequence}.
     */
    static void recordFormat(RecordFormat f, String path, Violations v) {
        boolean m3u8 = f.format() == RecordFileFormat.M3U8;
        if (m3u8) {
            v.required(path + "sliceOssObjectPrefix", f.sliceOssObjectPrefix());
            v.required(path + "sliceDuration", f.sliceDuration());
        } else {
            if (f.sliceOssObjectPrefix() != null) {
                v.add(path + "sliceOssObjectPrefix", "is only used with format m3u8", f.sliceOssObjectPrefix());
            }
            if (f.sliceDuration() != null) {
                v.add(path + "sliceDuration", "is only used with format m3u8", f.sliceDuration());
            }
        }
        String p = f.ossObjectPrefix();
        if (p != null && !((p.contains("{StartTime}") || p.contains("{EscapedStartTime}"))
                && (p.contains("{EndTime}") || p.contains("{EscapedEndTime}")))) {
            v.add(path + "ossObjectPrefix", "must contain {StartTime} or {EscapedStartTime}, and {EndTime} or {EscapedEndTime}", p);
        }
        String sp = f.sliceOssObjectPrefix();
        if (sp != null && !(sp.contains("{UnixTimestamp}") && sp.contains("{Sequence}"))) {
            v.add(path + "sliceOssObjectPrefix", "must contain {UnixTimestamp} and {Sequence}", sp);
        }
    }

    private static final java.util.regex.Pattern VARIABLE = java.util.regex.Pattern.compile("\\{[^}]*}");

    /**
     * CreateLiveSnapshotTemplate and UpdateLiveSnapshotTemplate pages, Request parameters,
     * OverwriteFormat and SequenceFormat: at least one; each ends in .jpg, does not start with
     * '/', and uses only the variables listed there.
     */
    static void snapshotFormats(String overwrite, String sequence, Violations v) {
        if (isBlank(overwrite) && isBlank(sequence)) {
            v.essential("overwriteFormat", "at least one of overwriteFormat and sequenceFormat is required", null);
        }
        snapshotFormat("overwriteFormat", overwrite, Arrays.asList("{JobId}"), v);
        snapshotFormat("sequenceFormat", sequence, Arrays.asList("{JobId}", "{Date}", "{UnixTimestamp}", "{Sequence}"), v);
        if (sequence != null && !sequence.contains("{UnixTimestamp}") && !sequence.contains("{Sequence}")) {
            v.add("sequenceFormat", "must contain {UnixTimestamp} or {Sequence}", sequence);
        }
    }

    private static void snapshotFormat(String field, String value, List<String> allowed, Violations v) {
        if (value == null) {
            return;
        }
        if (value.startsWith("/")) {
            v.add(field, "must not start with '/'", value);
        }
        if (!value.endsWith(".jpg")) {
            v.add(field, "must end in .jpg (the only format)", value);
        }
        java.util.regex.Matcher m = VARIABLE.matcher(value);
        while (m.find()) {
            if (!allowed.contains(m.group())) {
                v.add(field, "may only use the variables " + allowed, m.group());
            }
        }
    }

    /** The parameters the RPC protocol itself sets: never an additional parameter. */
    private static final Set<String> PROTOCOL_PARAMETERS = new HashSet<>(Arrays.asList(
            "Action", "Version", "Format", "AccessKeyId", "SecurityToken", "Signature", "SignatureMethod",
            "SignatureVersion", "SignatureNonce", "SignatureType", "Timestamp"));

    /**
     * An additional parameter's name: not empty, not one the request models, not one the protocol
     * sets. A programming error, so thrown at once whatever the validation level.
     */
    static void additionalParameterName(String action, String name, String[] modelled) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(action + ": an additional parameter needs a name");
        }
        for (String w : modelled) {
            if (w.endsWith(".") ? name.startsWith(w) : w.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException(action + ": '" + name + "' is a parameter this request models ("
                        + (w.endsWith(".") ? w + "N" : w) + "); set it through its builder method");
            }
        }
        for (String p : PROTOCOL_PARAMETERS) {
            if (p.equalsIgnoreCase(name)) {
                throw new IllegalArgumentException(action + ": '" + name + "' is set by the protocol, not by a request");
            }
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    private static String trim(String path) {
        return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
    }
}
