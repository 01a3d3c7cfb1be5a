"""The ICE operations, models and enums that tools/genmodels.py turns into Java.

Sources: each operation's public reference page (its address is in docs/api/operations.md, which
the generator writes from this file) and the pages listed in docs/api/README.md, which also says
how the SDK reads them where they disagree. Each field is declared once: Java name, type, wire
name, documented limits.
Checks that span fields are Java statements calling ValidationRules (hand-written).
"""


class F:
    """One field. type: String, Integer, Long, Double, Boolean, Instant, Duration, an enum or
    struct name, or List<X>."""

    def __init__(self, name, type, wire, doc="", required=False, const=None, min=None, max=None,
                 max_len=None, max_bytes=None, one_of=None, url=None, json=False, max_items=None,
                 numstr=False, raw=False, flat=False, token=False, alt_of=None, raw_alt=False,
                 sensitive=False, singular=None):
        self.name, self.type, self.wire, self.doc = name, type, wire, doc
        self.required, self.const, self.min, self.max = required, const, min, max
        self.max_len, self.max_bytes, self.one_of, self.url = max_len, max_bytes, one_of, url
        self.json, self.max_items, self.numstr, self.raw = json, max_items, numstr, raw
        self.flat, self.token, self.alt_of, self.raw_alt = flat, token, alt_of, raw_alt
        self.sensitive, self.singular = sensitive, singular


class Enum:
    def __init__(self, name, doc, values, json_number=False, extra=""):
        self.name, self.doc, self.values, self.json_number, self.extra = name, doc, values, json_number, extra


class Struct:
    """source: where its limits are documented, when not in the Request parameters section of the
    page of each operation that sends it (at the parameter holding it)."""

    def __init__(self, name, doc, fields, checks=(), extra="", source=None):
        self.name, self.doc, self.fields, self.checks, self.extra = name, doc, fields, list(checks), extra
        self.source = source


class Op:
    def __init__(self, action, doc, method, placement, idempotent, fields, response_fields, response_doc,
                 checks=(), time_checks=(), request_extra="", response_extra="", paginate=None):
        self.action, self.doc, self.method, self.placement = action, doc, method, placement
        self.idempotent, self.fields, self.response_fields = idempotent, fields, response_fields
        self.response_doc, self.checks, self.time_checks = response_doc, list(checks), list(time_checks)
        self.request_extra, self.response_extra = request_extra, response_extra
        self.paginate = paginate


REQUEST_ID = F("requestId", "String", "RequestId", "The id of the request, for support tickets.")

# ------------------------------------------------------------------------------------------------
# enums

ENUMS = [
    Enum("StartMode", "When a live transcoding job starts ({@code StartMode}, an integer on the wire).", [
        ("IMMEDIATE", "0", "Starts at once; the input stream must already be playable."),
        ("TIMED", "1", "Starts at {@code TimedConfig.StartTime}; needs a {@link TimedConfig}."),
    ], json_number=True),
    Enum("VideoCodec", "Video codec of a live transcoding template.", [
        ("H264", "H.264", "H.264 / AVC."),
        ("H265", "H.265", "H.265 / HEVC."),
    ]),
    Enum("VideoProfile", "H.264/H.265 encoding profile of a live transcoding template ({@code \"1\"}-{@code \"3\"} on the wire).", [
        ("BASELINE", "1", "Baseline: mobile devices."),
        ("MAIN", "2", "Main: standard-definition devices."),
        ("HIGH", "3", "High: high-definition devices."),
    ]),
    Enum("AudioCodec", "Audio codec of a live transcoding template.", [
        ("AAC", "AAC", "AAC."),
        ("MP3", "MP3", "MP3."),
    ]),
    Enum("AudioProfile", "AAC profile of a live transcoding template (only with {@link AudioCodec#AAC}).", [
        ("AAC_LOW", "aac_low", "AAC-LC."),
        ("AAC_HE", "aac_he", "HE-AAC."),
        ("AAC_HE_V2", "aac_he_v2", "HE-AAC v2."),
        ("AAC_LD", "aac_ld", "AAC-LD; sample rate at most 44100 Hz."),
    ]),
    Enum("MediaObjectType", "Where a media-convert input or output lives ({@code MediaObject.Type}).", [
        ("OSS", "OSS", "An OSS object: {@code oss://bucket/path} or {@code http(s)://bucket.endpoint/path}."),
        ("MEDIA", "Media", "A media asset id of IMS."),
        ("EXTERNAL_URL", "ExternalURL", "A public URL (not generally available)."),
    ]),
    Enum("OutputGroupType", "Kind of a media-convert output group ({@code GroupConfig.Type}).", [
        ("FILE", "File", "One or more standalone files."),
        ("HLS", "Hls", "HLS manifests (adaptive bitrate)."),
        ("DASH", "Dash", "DASH manifests."),
    ]),
    Enum("HlsRenditionType", "Kind of an HLS rendition ({@code HlsGroupConfig.Type}).", [
        ("VIDEO", "video", "A video rendition."),
        ("AUDIO", "audio", "An audio rendition; needs a name."),
        ("SUBTITLE", "subtitle", "A subtitle rendition; needs a name."),
        ("HYBRID", "hybrid", "Audio and video together (the default)."),
    ]),
    Enum("ManifestExcludeType", "What a manifest extension excludes ({@code Excludes[].Type}).", [
        ("AUDIO", "Audio", "Audio renditions."),
        ("SUBTITLE", "Subtitle", "Subtitle renditions."),
    ]),
    Enum("MediaConvertJobState",
         "State of a media-convert job. The service has spelled these differently over time "
         "({@code Complete}/{@code Success}/{@code Finished}, {@code Error}/{@code Failed}, "
         "{@code Cancelled}/{@code Canceled}); every spelling maps to one constant, and the raw "
         "value is kept by {@code stateAsString()}.", [
             ("INITED", "Inited", "Accepted, not yet running."),
             ("RUNNING", "Running", "Running."),
             ("SUCCESS", "Success", "Finished successfully (also {@code Complete}, {@code Finished}).",
              ["Complete", "Finished", "Succeeded"]),
             ("FAILED", "Failed", "Failed (also {@code Error}); see the job's code and message.", ["Error"]),
             ("CANCELLED", "Cancelled", "Cancelled (also {@code Canceled}).", ["Canceled"]),
         ], extra="""
    /** @return whether the job will not change any more (success, failure or cancellation) */
    public boolean isTerminal() {
        return this == SUCCESS || this == FAILED || this == CANCELLED;
    }
"""),
    Enum("MediaConvertTaskStatus", "Status of one output or output group of a media-convert job.", [
        ("INIT", "Init", "Not started."),
        ("SCHEDULED", "Scheduled", "Scheduled."),
        ("RUNNING", "Running", "Running."),
        ("SUCCESS", "Success", "Done.", ["Complete", "Finished"]),
        ("FAILED", "Failed", "Failed.", ["Error"]),
        ("SKIPPED", "Skipped", "Skipped."),
    ]),
]

# ------------------------------------------------------------------------------------------------
# live transcoding

STRUCTS = [
    Struct("TranscodeStreamInput", "The input stream of a live transcoding job ({@code StreamInput}).", [
        F("type", "String", "Type", "The input type.", required=True, const="rtmp"),
        # Only Type is said to be rtmp; the URL's scheme is the service's to judge.
        F("inputUrl", "String", "InputUrl", "The URL of the input stream, e.g. {@code rtmp://example.com/live/stream1}.",
          required=True, url=["*"]),
    ]),
    Struct("TranscodeOutput", "Where a live transcoding job publishes ({@code TranscodeOutput}).", [
        F("type", "String", "Type", "The output type: the output URL is derived from an ApsaraVideo Live domain.",
          required=True, const="LiveCenter"),
        F("domainName", "String", "DomainName", "The ApsaraVideo Live streaming domain."),
    ]),
    Struct("TimedConfig",
           "When a timed live transcoding job runs ({@code TimedConfig}). Each time must lie within seven "
           "days of now, checked against the client's clock just before sending.", [
               F("startTime", "Instant", "StartTime", "When the job starts (UTC on the wire)."),
               F("endTime", "Instant", "EndTime", "When the job stops; after the start time."),
           ], checks=[]),
    Struct("VideoParams", "Video settings of a live transcoding template ({@code TemplateConfig.VideoParams}). "
                          "Every number travels as a JSON string.", [
        F("codec", "VideoCodec", "Codec", "The video codec."),
        F("width", "Integer", "Width", "Output width in pixels; with the height: max(W,H) {@code <=} 2560 and min(W,H) {@code <=} 1440.",
          min=128, max=2560, numstr=True),
        F("height", "Integer", "Height", "Output height in pixels; with the width: max(W,H) {@code <=} 2560 and min(W,H) {@code <=} 1440.",
          min=128, max=2560, numstr=True),
        F("fps", "Integer", "Fps", "Frame rate in frames per second.", min=1, max=60, numstr=True),
        F("bitrate", "Integer", "Bitrate", "Bitrate in kbit/s.", min=1, max=6000, numstr=True),
        F("gop", "Integer", "Gop", "Group of pictures, in frames.", min=1, max=3000, numstr=True),
        F("profile", "VideoProfile", "Profile", "The encoding profile."),
    ], checks=["ValidationRules.resolution(width, height, path, v);"]),
    Struct("AudioParams", "Audio settings of a live transcoding template ({@code TemplateConfig.AudioParams}). "
                          "Every number travels as a JSON string.", [
        F("codec", "AudioCodec", "Codec", "The audio codec."),
        F("bitrate", "Integer", "Bitrate", "Bitrate in kbit/s.", min=1, max=1000, numstr=True),
        F("samplerate", "Integer", "Samplerate", "Sample rate in Hz; at most 44100 with {@code aac_ld}.",
          min=22050, max=96000, numstr=True),
        F("channels", "Integer", "Channels", "1 (mono) or 2 (stereo).", min=1, max=2, numstr=True),
        F("profile", "AudioProfile", "Profile", "The AAC profile; only with the AAC codec."),
    ], checks=["ValidationRules.audioParams(this, path, v);"]),
    Struct("TranscodeTemplateConfig", "Video and audio settings of a live transcoding template ({@code TemplateConfig}).", [
        F("videoParams", "VideoParams", "VideoParams", "Video settings."),
        F("audioParams", "AudioParams", "AudioParams", "Audio settings."),
    ]),
    # live recording / snapshots
    Struct("LiveStreamInput", "The input stream of a live recording or snapshot job ({@code StreamInput}).", [
        F("type", "String", "Type", "The input type.", required=True, const="rtmp"),
        # 255 characters is SubmitLiveSnapshotJob's limit only (ValidationRules.snapshotStreamUrl).
        F("url", "String", "Url", "The URL of the live stream, e.g. {@code rtmp://example.com/live/stream1}.",
          url=["*"]),
    ]),
    Struct("RecordOutput", "Where a live recording job stores its files ({@code RecordOutput}).", [
        F("type", "String", "Type", "The storage type (answers show {@code oss} and {@code vod}; the page lists no values).",
          required=True),
        F("bucket", "String", "Bucket", "The bucket name."),
        F("endpoint", "String", "Endpoint", "The storage endpoint, e.g. {@code oss-cn-hangzhou.aliyuncs.com}."),
    ]),
    Struct("SnapshotOutput", "Where a live snapshot job stores its images ({@code SnapshotOutput}).", [
        F("storageType", "String", "StorageType", "The storage type.", required=True, const="oss"),
        F("endpoint", "String", "Endpoint", "The OSS endpoint, e.g. {@code oss-cn-shanghai.aliyuncs.com}.", required=True),
        F("bucket", "String", "Bucket", "The OSS bucket.", required=True),
    ]),
    # media convert
    Struct("MediaObject", "A file of a media-convert job: an OSS object or a media asset ({@code MediaObject}).", [
        F("type", "MediaObjectType", "Type", "Where the file lives."),
        F("media", "String", "Media",
          "The OSS URL ({@code oss://bucket/path} or {@code http(s)://bucket.endpoint/path}; never a signed URL) "
          "or the media asset id."),
        F("url", "String", "Url", "In job results: the real storage URL when the type is Media. "
                                  "Removed from requests by the current API."),
    ], checks=["ValidationRules.mediaObject(this, path, v);"], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaobject"),
    Struct("MediaConvertInput", "One input of a media-convert job ({@code Inputs[]}).", [
        F("name", "String", "Name", "The name outputs and manifest extensions refer to in {@code InputRef}."),
        F("inputFile", "MediaObject", "InputFile", "The input file.", required=True),
    ], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (Inputs)"),
    Struct("ManifestExclude", "One exclusion rule of a manifest extension; conditions in one rule are ANDed, rules are ORed.", [
        F("type", "ManifestExcludeType", "Type", "The kind of rendition."),
        F("name", "String", "Name", "The rendition name."),
        F("language", "String", "Language",
          "The language (RFC 5646). The wire name was {@code language} before 2025-12; the current "
          "official SDK sends {@code Language}, so do we, and both are read."),
    ], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (GroupConfig.ManifestExtend.Excludes)"),
    Struct("ManifestExtend", "Extends an existing manifest ({@code GroupConfig.ManifestExtend}).", [
        F("inputRef", "String", "InputRef", "The {@code Name} of the input that holds the manifest."),
        F("excludes", "List<ManifestExclude>", "Excludes", "Renditions to leave out.", singular="exclude"),
    ], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (GroupConfig.ManifestExtend)"),
    Struct("OutputGroupConfig", "Settings of a media-convert output group ({@code GroupConfig}).", [
        F("type", "OutputGroupType", "Type", "The kind of group.", required=True),
        F("outputFileBase", "MediaObject", "OutputFileBase",
          "The base directory of every file in the group, e.g. {@code oss://bucket/path/to/dir}.", required=True),
        F("manifestName", "String", "ManifestName", "The manifest file name; only for Hls and Dash groups."),
        F("manifestExtend", "ManifestExtend", "ManifestExtend", "Extends an existing manifest."),
    ], checks=["ValidationRules.groupConfig(this, path, v);"], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (OutputGroups[].GroupConfig)"),
    Struct("HlsGroupConfig", "HLS rendition settings of an output in an Hls group ({@code HlsGroupConfig}). "
                             "The flags travel as the strings {@code \"true\"}/{@code \"false\"}.", [
        F("type", "HlsRenditionType", "Type", "The rendition kind (default hybrid)."),
        F("group", "String", "Group", "The GROUP-ID (default: the type)."),
        F("name", "String", "Name", "The NAME; required for audio and subtitle renditions."),
        F("language", "String", "Language", "The language (RFC 5646)."),
        F("audioGroup", "String", "AudioGroup", "The audio group (default {@code audio})."),
        F("subtitleGroup", "String", "SubtitleGroup", "The subtitle group (default {@code subtitle})."),
        F("autoSelect", "Boolean", "AutoSelect", "AUTOSELECT.", numstr=True),
        F("forced", "Boolean", "Forced", "FORCED.", numstr=True),
        F("isDefault", "Boolean", "IsDefault", "DEFAULT; at most one default per group.", numstr=True),
    ], checks=["ValidationRules.hlsGroupConfig(this, path, v);"], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (Outputs[].HlsGroupConfig)"),
    Struct("OutputGroupOutput", "One output of a media-convert output group ({@code OutputGroups[].Outputs[]}).", [
        F("name", "String", "Name", "A label; does not affect the file name."),
        F("outputFileName", "String", "OutputFileName",
          "The file name relative to the group's {@code OutputFileBase}, e.g. {@code 720p.mp4}."),
        F("templateId", "String", "TemplateId", "The transcoding template, e.g. {@code S00000001-200030}."),
        F("inputRef", "String", "InputRef", "The {@code Name} of the input to transcode (default: the first)."),
        F("overrideParams", "String", "OverrideParams", "JSON text overriding template settings.", json=True),
        F("features", "String", "Features", "JSON text of extra features (clip, metadata, watermarks).", json=True),
        F("priority", "Integer", "Priority", "Larger runs sooner; default 6.", min=1, max=10),
        F("hlsGroupConfig", "HlsGroupConfig", "HlsGroupConfig", "HLS rendition settings; only in an Hls group."),
    ], checks=['ValidationRules.overrideParams(overrideParams, path + "overrideParams", v);',
               'ValidationRules.features(features, path + "features", v);'], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (OutputGroups[].Outputs[])"),
    Struct("MediaConvertOutputGroup", "One output group of a media-convert job ({@code OutputGroups[]}).", [
        F("name", "String", "Name", "The group name, e.g. {@code hls-group}."),
        F("groupConfig", "OutputGroupConfig", "GroupConfig", "The group settings.", required=True),
        F("outputs", "List<OutputGroupOutput>", "Outputs", "The group's outputs; at least one.", required=True,
          singular="output"),
    ], checks=["ValidationRules.outputGroup(this, path, v);"], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (OutputGroups)"),
    Struct("MediaConvertOutput", "One standalone output of a media-convert job, outside any group (top-level {@code Outputs[]}).", [
        F("name", "String", "Name", "The output name."),
        F("outputFile", "MediaObject", "OutputFile", "The output file.", required=True),
        F("templateId", "String", "TemplateId", "The transcoding template."),
        F("inputRef", "String", "InputRef", "The {@code Name} of the input to transcode (default: the first)."),
        F("overrideParams", "String", "OverrideParams", "JSON text overriding template settings.", json=True),
        F("features", "String", "Features", "JSON text of extra features (clip, metadata, watermarks).", json=True),
        F("priority", "Integer", "Priority", "Larger runs sooner; default 6.", min=1, max=10),
    ], checks=['ValidationRules.overrideParams(overrideParams, path + "overrideParams", v);',
               'ValidationRules.features(features, path + "features", v);'], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig (Outputs)"),
    Struct("MediaConvertJobConfig",
           "What a media-convert job does ({@code Config}): its inputs and outputs, either in output groups "
           "or as standalone outputs. Sent as one JSON string.", [
               F("jobName", "String", "JobName", "The job name.", max_bytes=64),
               F("inputs", "List<MediaConvertInput>", "Inputs", "The inputs; at least one.", required=True,
                 singular="input"),
               F("outputGroups", "List<MediaConvertOutputGroup>", "OutputGroups", "The output groups.",
                 singular="outputGroup"),
               F("outputs", "List<MediaConvertOutput>", "Outputs",
                 "Standalone outputs (the form of the zh documentation example; the current SDK request "
                 "struct lists only groups, every response echoes both).", singular="output"),
           ], checks=["ValidationRules.jobConfig(this, path, v);"], source="https://www.alibabacloud.com/help/en/ims/developer-reference/api-ice-2020-11-09-struct-mediaconvertjobconfig"),
    # media convert job results
    Struct("FileBasicInfo", "Basic facts of an output file ({@code OutFileMeta.FileBasicInfo}); numbers arrive as text.", [
        F("fileName", "String", "FileName", "The file name."),
        F("fileUrl", "String", "FileUrl", "The file URL."),
        F("fileSize", "Long", "FileSize", "Size in bytes.", raw=True),
        F("fileStatus", "String", "FileStatus", "Status, e.g. {@code Normal}."),
        F("fileType", "String", "FileType", "{@code source_file} or {@code transcode_file}."),
        F("formatName", "String", "FormatName", "Container format, e.g. {@code hls,applehttp}."),
        F("duration", "Duration", "Duration", "Duration."),
        F("bitrate", "Double", "Bitrate", "Bitrate in kbit/s.", raw=True),
        F("width", "Integer", "Width", "Width in pixels.", raw=True),
        F("height", "Integer", "Height", "Height in pixels.", raw=True),
        F("mediaId", "String", "MediaId", "The media asset id."),
        F("region", "String", "Region", "The region."),
    ]),
    Struct("VideoStreamInfo", "One video stream of an output file ({@code VideoStreamInfoList[]}); numbers arrive as text "
                              "and names mix {@code Codec_name} and {@code PixFmt} styles.", [
        F("index", "Integer", "Index", "Stream index.", raw=True),
        F("codecName", "String", "Codec_name", "Codec, e.g. {@code h264}."),
        F("codecLongName", "String", "Codec_long_name", "Codec description."),
        F("codecTag", "String", "Codec_tag", "Codec tag, e.g. {@code 0x001b}."),
        F("codecTagString", "String", "Codec_tag_string", "Codec tag text."),
        F("codecTimeBase", "String", "Codec_time_base", "Codec time base, e.g. {@code 1/50}."),
        F("profile", "String", "Profile", "Profile, e.g. {@code High}."),
        F("level", "String", "Level", "Level, e.g. {@code 31}."),
        F("pixFmt", "String", "PixFmt", "Pixel format, e.g. {@code yuv420p}."),
        F("width", "Integer", "Width", "Width in pixels.", raw=True),
        F("height", "Integer", "Height", "Height in pixels.", raw=True),
        F("sar", "String", "Sar", "Sample aspect ratio, e.g. {@code 478:477}."),
        F("dar", "String", "Dar", "Display aspect ratio, e.g. {@code 16:9}."),
        F("fps", "Double", "Fps", "Frame rate.", raw=True),
        F("avgFps", "Double", "Avg_fps", "Average frame rate.", raw=True),
        F("bitrate", "Double", "Bit_rate", "Bitrate in kbit/s.", raw=True),
        F("duration", "Duration", "Duration", "Duration."),
        F("startTime", "Duration", "Start_time", "Start offset."),
        F("timeBase", "String", "Time_base", "Time base, e.g. {@code 1/90000}."),
        F("numFrames", "Long", "NumFrames", "Number of frames.", raw=True),
        F("hasBFrames", "Integer", "Has_b_frames", "B-frames: 0, 1 or 2.", raw=True),
        F("rotate", "Integer", "Rotate", "Rotation: 0, 90, 180 or 270.", raw=True),
        F("lang", "String", "Lang", "Language."),
    ]),
    Struct("AudioStreamInfo", "One audio stream of an output file ({@code AudioStreamInfoList[]}); numbers arrive as "
                              "text, and {@code Bitrate} may be {@code \"0.f\"}.", [
        F("index", "Integer", "Index", "Stream index.", raw=True),
        F("codecName", "String", "CodecName", "Codec, e.g. {@code aac}."),
        F("codecLongName", "String", "CodecLongName", "Codec description."),
        F("codecTag", "String", "CodecTag", "Codec tag."),
        F("codecTagString", "String", "CodecTagString", "Codec tag text."),
        F("codecTimeBase", "String", "CodecTimeBase", "Codec time base."),
        F("sampleFmt", "String", "SampleFmt", "Sample format, e.g. {@code fltp}."),
        F("sampleRate", "Integer", "SampleRate", "Sample rate in Hz.", raw=True),
        F("channels", "Integer", "Channels", "Number of channels.", raw=True),
        F("channelLayout", "String", "ChannelLayout", "Channel layout, e.g. {@code stereo}."),
        F("bitrate", "Double", "Bitrate", "Bitrate in kbit/s.", raw=True),
        F("duration", "Duration", "Duration", "Duration."),
        F("startTime", "Duration", "StartTime", "Start offset."),
        F("timebase", "String", "Timebase", "Time base."),
        F("lang", "String", "Lang", "Language."),
    ]),
    Struct("OutputFileMeta", "Media facts of an output file ({@code OutFileMeta}).", [
        F("fileBasicInfo", "FileBasicInfo", "FileBasicInfo", "Basic facts."),
        F("videoStreams", "List<VideoStreamInfo>", "VideoStreamInfoList", "Video streams.", singular="videoStream"),
        F("audioStreams", "List<AudioStreamInfo>", "AudioStreamInfoList", "Audio streams.", singular="audioStream"),
    ]),
    Struct("MediaConvertOutputResult", "What one output produced ({@code Result}).", [
        F("outputFile", "MediaObject", "OutputFile", "The file written."),
        F("outFileMeta", "OutputFileMeta", "OutFileMeta", "Its media facts."),
    ]),
    Struct("MediaConvertOutputDetail", "Progress and result of one output ({@code OutputDetails[]}).", [
        F("name", "String", "Name", "The output's name."),
        F("taskId", "String", "TaskId", "The task id."),
        F("status", "MediaConvertTaskStatus", "Status", "The status."),
        F("code", "String", "Code", "Error code when failed."),
        F("message", "String", "Message", "Error message when failed."),
        F("createTime", "Instant", "CreateTime", "When the task was created."),
        F("finishTime", "Instant", "FinishTime", "When the task finished."),
        F("result", "MediaConvertOutputResult", "Result", "What the output produced."),
    ]),
    Struct("MediaConvertOutputGroupDetail", "Progress and result of one output group ({@code OutputGroupDetails[]}).", [
        F("name", "String", "Name", "The group's name."),
        F("taskId", "String", "TaskId", "The task id."),
        F("status", "MediaConvertTaskStatus", "Status", "The status."),
        F("code", "String", "Code", "Error code when failed."),
        F("message", "String", "Message", "Error message when failed."),
        F("createTime", "Instant", "CreateTime", "When the task was created."),
        F("finishTime", "Instant", "FinishTime", "When the task finished."),
        F("outputs", "List<MediaConvertOutputDetail>", "Outputs", "The group's outputs.", singular="output"),
    ]),
    Struct("MediaConvertJob", "A media-convert job as the service reports it ({@code Job}).", [
        F("requestId", "String", "RequestId", "The id of the request that created the job."),
        F("clientToken", "String", "ClientToken", "The idempotency token the job was submitted with."),
        F("jobId", "String", "JobId", "The job id."),
        F("pipelineId", "String", "PipelineId", "The pipeline (queue) id."),
        F("userData", "String", "UserData", "The user data given at submission."),
        F("state", "MediaConvertJobState", "State", "The job state."),
        F("code", "String", "Code", "Error code of a failed job, e.g. {@code InvalidParameter.ResourceContentBad}."),
        F("message", "String", "Message", "Error message of a failed job."),
        F("percent", "Integer", "Percent", "Progress in percent (GetMediaConvertJob only)."),
        F("createTime", "Instant", "CreateTime", "When the job was created."),
        F("finishTime", "Instant", "FinishTime", "When the job finished."),
        F("config", "MediaConvertJobConfig", "Config", "The job configuration."),
        F("outputDetails", "List<MediaConvertOutputDetail>", "OutputDetails", "Per-output details.",
          singular="outputDetail"),
        F("outputGroupDetails", "List<MediaConvertOutputGroupDetail>", "OutputGroupDetails",
          "Per-group details.", singular="outputGroupDetail"),
    ]),
]

# ------------------------------------------------------------------------------------------------
# operations

OPS = [
    Op("SubmitLiveTranscodeJob",
       "Submits a live stream transcoding job, started at once or at a scheduled time. Live "
       "transcoding is available in cn-shanghai only.",
       "POST", "query", False, [
           F("name", "String", "Name", "The job name.", required=True),
           F("templateId", "String", "TemplateId", "The live transcoding template id.", required=True),
           F("startMode", "StartMode", "StartMode", "When the job starts.", required=True),
           F("streamInput", "TranscodeStreamInput", "StreamInput", "The input stream.", required=True),
           F("transcodeOutput", "TranscodeOutput", "TranscodeOutput", "Where the output is published.", required=True),
           F("timedConfig", "TimedConfig", "TimedConfig", "When a timed job runs; required with StartMode TIMED."),
       ], [REQUEST_ID, F("jobId", "String", "JobId", "The id of the new job.")],
       "The answer to SubmitLiveTranscodeJob.",
       checks=["ValidationRules.startMode(this, v);"],
       time_checks=["ValidationRules.sevenDayWindow(timedConfig, now, v);"]),
    Op("SubmitLiveRecordJob",
       "Submits a live stream recording job for an ApsaraVideo Live or third-party RTMP stream. If "
       "the stream cannot be pulled the job retries for 3 minutes, then stops.",
       "POST", "form", False, [
           F("name", "String", "Name", "The job name.", required=True),
           F("templateId", "String", "TemplateId", "The recording template id.", required=True),
           F("notifyUrl", "String", "NotifyUrl", "The callback URL.", url=["http", "https"]),
           F("streamInput", "LiveStreamInput", "StreamInput", "The stream to record.", required=True),
           F("recordOutput", "RecordOutput", "RecordOutput", "Where the recording is stored.", required=True),
       ], [REQUEST_ID, F("jobId", "String", "JobId", "The id of the new job.")],
       "The answer to SubmitLiveRecordJob."),
    Op("SubmitMediaConvertJob",
       "Submits a media-convert (file transcoding) job. Asynchronous: the answer carries the job, "
       "whose final state arrives by callback or by polling. A client token is generated when none is "
       "given and reused on every retry of the call, so a retried submit never creates two jobs.",
       "POST", "query", "token", [
           F("clientToken", "String", "ClientToken",
             "Idempotency key: the same token with the same parameters returns the first job. "
             "Generated (a UUID) for each call when not given, or given empty or blank (an empty "
             "parameter is not sent, and a submit without a token could create a second job on a "
             "retry). No length limit: the operation page documents none.", token=True),
           F("config", "MediaConvertJobConfig", "Config", "What the job does.", raw_alt=True),
           F("configJson", "String", "Config",
             "The job configuration as raw JSON text, for fields this SDK does not model yet; "
             "use instead of {@code config}.", alt_of="config"),
           F("userData", "String", "UserData", "Free-form data echoed in the job and its callbacks."),
           F("pipelineId", "String", "PipelineId", "The pipeline (queue) to run in."),
       ], [REQUEST_ID, F("job", "MediaConvertJob", "Job", "The job as created.")],
       "The answer to SubmitMediaConvertJob.",
       checks=["ValidationRules.configOrJson(config, configJson, v);"]),
    Op("SubmitLiveSnapshotJob",
       "Submits a live stream snapshot job. Submitted while the stream is live, it starts at once "
       "(asynchronously); otherwise it waits.",
       "POST", "form", False, [
           F("jobName", "String", "JobName", "The job name.", required=True, max_len=128),
           F("templateId", "String", "TemplateId", "The snapshot template id.", required=True),
           F("callbackUrl", "String", "CallbackUrl", "The callback URL.", url=["http", "https"], max_len=255),
           F("streamInput", "LiveStreamInput", "StreamInput", "The stream to capture.", required=True),
           F("snapshotOutput", "SnapshotOutput", "SnapshotOutput", "Where the snapshots are stored.", required=True),
       ], [REQUEST_ID, F("jobId", "String", "JobId", "The id of the new job.")],
       "The answer to SubmitLiveSnapshotJob.",
       checks=["ValidationRules.snapshotStreamUrl(streamInput, v);"]),
    Op("UpdateLiveTranscodeTemplate",
       "Updates the name and/or settings of a live transcoding template. Its type cannot be changed.",
       "POST", "query", True, [
           F("templateId", "String", "TemplateId", "The template to update.", required=True),
           F("name", "String", "Name", "The new name."),
           F("templateConfig", "TranscodeTemplateConfig", "TemplateConfig", "The new settings."),
       ], [REQUEST_ID], "The answer to UpdateLiveTranscodeTemplate."),
]

# ================================================================================================
# Issue 5: the rest of the resource families (live transcode / record / snapshot, media convert)
# ================================================================================================

ENUMS += [
    Enum("TranscodeTemplateType", "Kind of a live transcoding template ({@code Type}).", [
        ("NORMAL", "normal", "Standard transcoding; needs a width or height, a frame rate and a bitrate."),
        ("NARROW_BAND", "narrow-band", "Narrowband HD; with H.265 at most 1280x720."),
        ("AUDIO_ONLY", "audio-only", "Audio only."),
        ("ORIGIN", "origin", "Original quality."),
    ]),
    Enum("LiveTranscodeJobStatus", "Status of a live transcoding job (an integer on the wire).", [
        ("NOT_STARTED", "0", "Not started."),
        ("RUNNING", "1", "Running."),
        ("STOPPED", "2", "Stopped."),
    ], json_number=True),
    Enum("LiveRecordJobStatus", "Status of a live recording job.", [
        ("INITIAL", "initial", "Not started."),
        ("STARTED", "started", "Recording."),
        ("PAUSED", "paused", "Paused."),
    ]),
    Enum("LiveSnapshotJobStatus", "Status of a live snapshot job (the record job's {@code initial} is {@code init} here).", [
        ("INIT", "init", "Not started."),
        ("STARTED", "started", "Capturing."),
        ("PAUSED", "paused", "Paused."),
    ]),
    Enum("SortOrder", "Order of a list by creation time ({@code SortBy}).", [
        ("ASC", "asc", "Oldest first."),
        ("DESC", "desc", "Newest first."),
    ]),
    Enum("RecordFileFormat", "Format of recorded files. The English docs write {@code M3U8}, the Chinese docs and "
                             "examples {@code m3u8}; requests send lower case, responses are read in any case.", [
        # both spellings accepted in requests and sent as given (docs/api/README.md)
        ("M3U8", "m3u8", "HLS: an index file and slices.", ["M3U8"]),
        ("MP4", "mp4", "MP4.", ["MP4"]),
        ("FLV", "flv", "FLV.", ["FLV"]),
    ]),
    Enum("LiveSnapshotCommand", "What to do with a live snapshot job.", [
        ("START", "start", "Start capturing."),
        ("STOP", "stop", "Stop capturing."),
        ("RESTART", "restart", "Stop, then start again."),
    ]),
    Enum("MediaConvertJobOrder", "Order of ListMediaConvertJobs.", [
        ("CREATE_TIME_DESC", "CreateTimeDesc", "Newest first."),
        ("CREATE_TIME_ASC", "CreateTimeAsc", "Oldest first."),
    ]),
]

STRUCTS += [
    Struct("LiveTranscodeTemplate", "A live transcoding template ({@code TemplateContent}); every number arrives as text.", [
        F("templateId", "String", "TemplateId", "The template id."),
        F("name", "String", "Name", "The name."),
        F("type", "TranscodeTemplateType", "Type", "The kind of template."),
        F("category", "String", "Category", "{@code system} (preset) or {@code customized}."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
        F("templateConfig", "TranscodeTemplateConfig", "TemplateConfig", "Video and audio settings."),
    ]),
    Struct("LiveStreamInfo", "One output stream of a live transcoding job.", [
        F("type", "String", "Type", "The protocol, {@code rtmp}."),
        F("outputUrl", "String", "OutputUrl", "Where the transcoded stream plays."),
    ]),
    Struct("LiveOutputStream", "The output streams of a live transcoding job ({@code OutputStream}).", [
        F("streamInfos", "List<LiveStreamInfo>", "StreamInfos", "The streams.", singular="streamInfo"),
    ]),
    Struct("LiveTranscodeJob", "A live transcoding job as the service reports it. The timed configuration and the "
                               "output domain cannot be read back.", [
        F("jobId", "String", "JobId", "The job id."),
        F("name", "String", "Name", "The name."),
        F("templateId", "String", "TemplateId", "The template id."),
        F("templateName", "String", "TemplateName", "The template name."),
        F("templateType", "TranscodeTemplateType", "TemplateType", "The template kind."),
        F("startMode", "StartMode", "StartMode", "When it starts."),
        F("status", "LiveTranscodeJobStatus", "Status", "Not started, running or stopped."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
        F("streamInput", "TranscodeStreamInput", "StreamInput", "The input stream."),
        F("outputStream", "LiveOutputStream", "OutputStream", "The output streams."),
    ]),
    Struct("LiveRecordJob", "A live recording job as the service reports it ({@code RecordJob}).", [
        F("jobId", "String", "JobId", "The job id."),
        F("name", "String", "Name", "The name."),
        F("templateId", "String", "TemplateId", "The template id."),
        F("templateName", "String", "TemplateName", "The template name."),
        F("notifyUrl", "String", "NotifyUrl", "The callback URL."),
        F("status", "LiveRecordJobStatus", "Status", "Not started, recording or paused."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
        F("streamInput", "LiveStreamInput", "StreamInput", "The recorded stream."),
        F("recordOutput", "RecordOutput", "RecordOutput", "Where recordings go."),
    ]),
    Struct("RecordFormat", "One output format of a live recording template ({@code RecordFormat[]}). Numbers are "
                           "JSON numbers here.", [
        F("format", "RecordFileFormat", "Format", "The file format.", required=True),
        F("ossObjectPrefix", "String", "OssObjectPrefix",
          "Name of the recorded (index) file; under 256 bytes; variables {JobId} {Sequence} {StartTime} {EndTime} "
          "{EscapedStartTime} {EscapedEndTime}; must contain a start and an end time variable.", max_bytes=255),
        F("sliceOssObjectPrefix", "String", "SliceOssObjectPrefix",
          "Name of each m3u8 slice; under 256 bytes; must contain {UnixTimestamp} and {Sequence}; m3u8 only.",
          max_bytes=255),
        F("sliceDuration", "Integer", "SliceDuration", "Slice length in seconds; m3u8 only (default 30).", min=5, max=30),
        F("cycleDuration", "Integer", "CycleDuration", "Recording cycle in seconds (default 21600)."),
    ], checks=["ValidationRules.recordFormat(this, path, v);"]),
    Struct("LiveRecordTemplate", "A live recording template ({@code RecordTemplate}).", [
        F("templateId", "String", "TemplateId", "The template id."),
        F("name", "String", "Name", "The name."),
        F("type", "String", "Type", "{@code system} or {@code custom}."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
        F("lastModified", "Instant", "LastModified", "When it was last changed."),
        F("recordFormats", "List<RecordFormat>", "RecordFormatList", "Its formats.", singular="recordFormat"),
    ]),
    Struct("LiveRecordFile", "One recorded file ({@code Files[]}); its {@code RecordOutput} arrives as JSON text.", [
        F("recordId", "String", "RecordId", "The record id, for DeleteLiveRecordFiles."),
        F("jobId", "String", "JobId", "The job id."),
        F("jobName", "String", "JobName", "The job name."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
        F("startTime", "Instant", "StartTime", "Start of the recording."),
        F("endTime", "Instant", "EndTime", "End of the recording."),
        F("duration", "Double", "Duration", "Length in seconds."),
        F("format", "RecordFileFormat", "Format", "The format."),
        F("width", "Integer", "Width", "Width in pixels."),
        F("height", "Integer", "Height", "Height in pixels."),
        F("recordUrl", "String", "RecordUrl", "URL of the index file."),
        F("streamUrl", "String", "StreamUrl", "The recorded stream."),
        F("recordOutput", "RecordOutput", "RecordOutput", "Where it is stored."),
    ]),
    Struct("DeleteRecordFileInfo", "The outcome for one record id of DeleteLiveRecordFiles.", [
        F("recordId", "String", "RecordId", "The record id."),
        F("code", "String", "Code", "Outcome code."),
        F("message", "String", "Message", "Outcome message."),
    ]),
    Struct("LiveSnapshotJob", "A live snapshot job as listed ({@code JobList[]}); GetLiveSnapshotJob adds the input, "
                              "callback and formats.", [
        F("jobId", "String", "JobId", "The job id."),
        F("jobName", "String", "JobName", "The name."),
        F("templateId", "String", "TemplateId", "The template id."),
        F("templateName", "String", "TemplateName", "The template name."),
        F("status", "LiveSnapshotJobStatus", "Status", "Not started, capturing or paused."),
        F("timeInterval", "Integer", "TimeInterval", "Seconds between snapshots."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
        F("snapshotOutput", "SnapshotOutput", "SnapshotOutput", "Where snapshots go."),
    ]),
    Struct("LiveSnapshotTemplate", "A live snapshot template as listed ({@code TemplateList[]}).", [
        F("templateId", "String", "TemplateId", "The template id."),
        F("templateName", "String", "TemplateName", "The name."),
        F("type", "String", "Type", "{@code system} or {@code custom}."),
        F("timeInterval", "Integer", "TimeInterval", "Seconds between snapshots."),
        F("createTime", "Instant", "CreateTime", "When it was created."),
    ]),
    Struct("LiveSnapshotFile", "One snapshot image ({@code FileList[]}).", [
        F("ossEndpoint", "String", "OssEndpoint", "The OSS endpoint."),
        F("ossBucket", "String", "OssBucket", "The OSS bucket."),
        F("ossObject", "String", "OssObject", "The object key."),
        F("createTime", "Instant", "CreateTime", "When it was taken."),
        F("createTimestamp", "Long", "CreateTimestamp", "The same in epoch milliseconds: the key DeleteLiveSnapshotFiles takes."),
        F("isOverlay", "Boolean", "IsOverlay", "Whether it is an overwrite-mode snapshot."),
    ]),
    Struct("DeleteSnapshotFileResult", "The outcome for one timestamp of DeleteLiveSnapshotFiles.", [
        F("createTimestamp", "Long", "CreateTimestamp", "The snapshot's timestamp (epoch milliseconds)."),
        F("result", "String", "Result", "{@code OK} when deleted; anything else is a failure."),
    ]),
]

PAGE_NO = F("pageNo", "Integer", "PageNo", "Page number, from 1 (default 1).")


def PAGE_SIZE(lo=1, hi=100, default=10):
    return F("pageSize", "Integer", "PageSize", "Items per page (default %d)." % default, min=lo, max=hi)


SORT = F("sortBy", "SortOrder", "SortBy", "Order by creation time (default newest first).")


def ID(name, wire, doc, **kw):
    return F(name, "String", wire, doc, required=True, **kw)


SNAPSHOT_FORMATS = [
    F("overwriteFormat", "String", "OverwriteFormat",
      "Object name of the overwrite-mode snapshot: not starting with '/', ending in .jpg, only the {JobId} variable.",
      max_len=255),
    F("sequenceFormat", "String", "SequenceFormat",
      "Object name of each sequential snapshot: not starting with '/', ending in .jpg, variables {JobId} {Date} "
      "{UnixTimestamp} {Sequence}, with {UnixTimestamp} or {Sequence}.", max_len=255),
]

SNAPSHOT_JOB_DETAIL = [
    F("jobId", "String", "JobId", "The job id."),
    F("jobName", "String", "JobName", "The name."),
    F("templateId", "String", "TemplateId", "The template id."),
    F("templateName", "String", "TemplateName", "The template name."),
    F("status", "LiveSnapshotJobStatus", "Status", "Not started, capturing or paused."),
    F("timeInterval", "Integer", "TimeInterval", "Seconds between snapshots."),
    F("overwriteFormat", "String", "OverwriteFormat", "Object name of the overwrite-mode snapshot."),
    F("sequenceFormat", "String", "SequenceFormat", "Object name of sequential snapshots."),
    F("callbackUrl", "String", "CallbackUrl", "The callback URL."),
    F("createTime", "Instant", "CreateTime", "When it was created."),
    F("lastModified", "Instant", "LastModified", "When it was last changed."),
    F("streamInput", "LiveStreamInput", "StreamInput", "The captured stream."),
    F("snapshotOutput", "SnapshotOutput", "SnapshotOutput", "Where snapshots go."),
]

SNAPSHOT_TEMPLATE_DETAIL = [
    F("templateId", "String", "TemplateId", "The template id."),
    F("templateName", "String", "TemplateName", "The name."),
    F("type", "String", "Type", "{@code system} or {@code custom}."),
    F("timeInterval", "Integer", "TimeInterval", "Seconds between snapshots."),
    F("overwriteFormat", "String", "OverwriteFormat", "Object name of the overwrite-mode snapshot."),
    F("sequenceFormat", "String", "SequenceFormat", "Object name of sequential snapshots."),
    F("createTime", "Instant", "CreateTime", "When it was created."),
    F("lastModified", "Instant", "LastModified", "When it was last changed."),
]


def window(start, end, days, label):
    return "ValidationRules.window(\"%s\", %s, %s, %d, \"%s\", v);" % (end, start, end, days, label)


ONLY_REQUEST_ID = [REQUEST_ID]
TOTAL = F("totalCount", "Long", "TotalCount", "How many items match in all (a number or, for some operations, text on the wire).")
PAGE_ECHO = [F("pageNo", "Integer", "PageNo", "The page returned."),
             F("pageSize", "Integer", "PageSize", "The page size used."),
             F("sortBy", "SortOrder", "SortBy", "The order used.")]

OPS += [
    # ---- live transcoding templates
    Op("CreateLiveTranscodeTemplate",
       "Creates a live transcoding template (cn-shanghai only). A {@code normal} template needs a width or a height, "
       "a frame rate and a bitrate; an H.265 narrow-band template is at most 1280x720.",
       "POST", "query", False, [
           ID("name", "Name", "The template name."),
           F("type", "TranscodeTemplateType", "Type", "The kind of template.", required=True),
           F("templateConfig", "TranscodeTemplateConfig", "TemplateConfig", "Video and audio settings."),
       ], [REQUEST_ID, F("templateId", "String", "TemplateId", "The id of the new template.")],
       "The answer to CreateLiveTranscodeTemplate.", checks=["ValidationRules.transcodeTemplateType(this, v);"]),
    Op("GetLiveTranscodeTemplate", "Gets a live transcoding template.", "POST", "query", True, [
        ID("templateId", "TemplateId", "The template id."),
    ], [REQUEST_ID, F("templateContent", "LiveTranscodeTemplate", "TemplateContent", "The template.")],
       "The answer to GetLiveTranscodeTemplate."),
    Op("ListLiveTranscodeTemplates", "Lists live transcoding templates, a page at a time; see the paginator.",
       "POST", "query", True, [
           F("category", "String", "Category", "Only {@code system} or only {@code customized} templates.",
             one_of=["system", "customized"]),
           F("type", "TranscodeTemplateType", "Type", "Only templates of this kind."),
           F("videoCodec", "VideoCodec", "VideoCodec", "Only templates with this video codec."),
           F("keyword", "String", "KeyWord", "A template id, or part of a name."),
           PAGE_NO, PAGE_SIZE(), SORT,
       ], [REQUEST_ID, TOTAL, F("templates", "List<LiveTranscodeTemplate>", "TemplateContentList", "This page's templates.",
                               singular="template")],
       "A page of ListLiveTranscodeTemplates.", paginate=("page", "templates", 10)),
    Op("DeleteLiveTranscodeTemplate", "Deletes a live transcoding template.", "POST", "query", True, [
        ID("templateId", "TemplateId", "The template id."),
    ], ONLY_REQUEST_ID, "The answer to DeleteLiveTranscodeTemplate."),
    # ---- live transcoding jobs
    Op("GetLiveTranscodeJob", "Gets a live transcoding job.", "POST", "query", True, [
        ID("jobId", "JobId", "The job id."),
    ], [REQUEST_ID, F("job", "LiveTranscodeJob", "Job", "The job.")], "The answer to GetLiveTranscodeJob."),
    Op("ListLiveTranscodeJobs", "Lists live transcoding jobs, a page at a time; see the paginator.",
       "POST", "query", True, [
           F("keyword", "String", "KeyWord", "A job id, or part of a name."),
           F("type", "TranscodeTemplateType", "Type", "Only jobs whose template is of this kind."),
           F("startMode", "StartMode", "StartMode", "Only jobs with this start mode."),
           F("status", "LiveTranscodeJobStatus", "Status", "Only jobs in this status."),
           PAGE_NO, PAGE_SIZE(), SORT,
       ], [REQUEST_ID, TOTAL, F("jobs", "List<LiveTranscodeJob>", "JobList", "This page's jobs.", singular="job")],
       "A page of ListLiveTranscodeJobs.", paginate=("page", "jobs", 10)),
    Op("UpdateLiveTranscodeJob",
       "Changes a live transcoding job: the name always; for a timed job that has not started, also the input, "
       "the output (DomainName is then required) and the timing.",
       "POST", "query", True, [
           ID("jobId", "JobId", "The job id."),
           F("name", "String", "Name", "The new name."),
           F("streamInput", "TranscodeStreamInput", "StreamInput", "The new input stream."),
           F("transcodeOutput", "TranscodeOutput", "TranscodeOutput", "The new output; DomainName required here."),
           F("timedConfig", "TimedConfig", "TimedConfig", "The new timing; each time within seven days of now."),
       ], ONLY_REQUEST_ID, "The answer to UpdateLiveTranscodeJob.",
       checks=["ValidationRules.updateTranscodeOutput(transcodeOutput, v);"],
       time_checks=["ValidationRules.sevenDayWindow(timedConfig, now, v);"]),
    Op("DeleteLiveTranscodeJob", "Deletes a live transcoding job; stop it first with SendLiveTranscodeJobCommand.",
       "POST", "query", True, [ID("jobId", "JobId", "The job id.")], ONLY_REQUEST_ID,
       "The answer to DeleteLiveTranscodeJob."),
    Op("SendLiveTranscodeJobCommand", "Stops a live transcoding job (the only command).", "POST", "query", True, [
        ID("jobId", "JobId", "The job id."),
        F("command", "String", "Command", "The command.", required=True, const="stop"),
    ], ONLY_REQUEST_ID, "The answer to SendLiveTranscodeJobCommand."),
    # ---- live recording jobs
    Op("GetLiveRecordJob", "Gets a live recording job.", "GET", "query", True, [ID("jobId", "JobId", "The job id.")],
       [REQUEST_ID, F("recordJob", "LiveRecordJob", "RecordJob", "The job.")], "The answer to GetLiveRecordJob."),
    Op("ListLiveRecordJobs", "Lists live recording jobs, a page at a time; see the paginator. The time window is at "
                             "most 30 days.", "GET", "query", True, [
        F("keyword", "String", "Keyword", "A job id, or part of a name."),
        F("status", "LiveRecordJobStatus", "Status", "Only jobs in this status."),
        F("startTime", "Instant", "StartTime", "Created at or after."),
        F("endTime", "Instant", "EndTime", "Created before; at most 30 days after startTime."),
        PAGE_NO, F("pageSize", "Integer", "PageSize", "Items per page (default 10; no range documented)."),
        SORT,
    ], [REQUEST_ID] + PAGE_ECHO + [TOTAL, F("jobs", "List<LiveRecordJob>", "LiveRecordJobs", "This page's jobs.",
                                             singular="job")],
       "A page of ListLiveRecordJobs.", checks=[window("startTime", "endTime", 30, "30 days")],
       paginate=("page", "jobs", 10)),
    # ---- live recording templates
    Op("CreateLiveRecordTemplate", "Creates a live recording template.", "POST", "form", False, [
        ID("name", "Name", "The template name."),
        F("recordFormats", "List<RecordFormat>", "RecordFormat", "The formats to record; at least one.", required=True,
          singular="recordFormat"),
    ], [REQUEST_ID, F("templateId", "String", "TemplateId", "The id of the new template.")],
       "The answer to CreateLiveRecordTemplate."),
    Op("GetLiveRecordTemplate", "Gets a live recording template, or the snapshot of it a job used.", "GET", "query", True, [
        ID("templateId", "TemplateId", "The template id."),
        F("jobId", "String", "JobId", "A job: returns the template as that job used it."),
    ], [REQUEST_ID, F("recordTemplate", "LiveRecordTemplate", "RecordTemplate", "The template.")],
       "The answer to GetLiveRecordTemplate."),
    Op("ListLiveRecordTemplates", "Lists live recording templates, a page at a time; see the paginator.",
       "GET", "query", True, [
           F("keyword", "String", "Keyword", "A template id, or part of a name."),
           F("templateIds", "List<String>", "TemplateIds", "Only these templates.", flat=True, singular="templateId"),
           F("type", "String", "Type", "Only {@code system} or only {@code custom} templates.", one_of=["system", "custom"]),
           PAGE_NO, PAGE_SIZE(), SORT,
       ], [REQUEST_ID] + PAGE_ECHO + [TOTAL, F("templates", "List<LiveRecordTemplate>", "RecordTemplateList",
                                                "This page's templates.", singular="template")],
       "A page of ListLiveRecordTemplates.", paginate=("page", "templates", 10)),
    Op("UpdateLiveRecordTemplate", "Replaces the name and formats of a custom live recording template.",
       "POST", "form", True, [
           ID("templateId", "TemplateId", "The template id."),
           ID("name", "Name", "The name."),
           F("recordFormats", "List<RecordFormat>", "RecordFormat", "The formats; replaces the current list.",
             required=True, singular="recordFormat"),
       ], ONLY_REQUEST_ID, "The answer to UpdateLiveRecordTemplate."),
    Op("DeleteLiveRecordTemplate", "Deletes a live recording template; jobs already using it are not affected.",
       "POST", "query", True, [ID("templateId", "TemplateId", "The template id.")], ONLY_REQUEST_ID,
       "The answer to DeleteLiveRecordTemplate."),
    # ---- live recording files
    Op("ListLiveRecordFiles", "Lists recorded files, a page at a time; see the paginator. The time window is at most "
                              "4 days. The answer sends PageSize and TotalCount as text.", "GET", "query", True, [
        F("jobIds", "List<String>", "JobIds", "Only files of these jobs.", flat=True, singular="jobId"),
        F("startTime", "Instant", "StartTime", "Recorded at or after."),
        F("endTime", "Instant", "EndTime", "Recorded before; at most 4 days after startTime."),
        F("recordFormat", "RecordFileFormat", "RecordFormat", "Only files of this format."),
        PAGE_NO, PAGE_SIZE(5, 30), F("sortBy", "SortOrder", "SortBy", "Order by creation time (default oldest first)."),
    ], [REQUEST_ID] + PAGE_ECHO + [TOTAL, F("files", "List<LiveRecordFile>", "Files", "This page's files.", singular="file")],
       "A page of ListLiveRecordFiles.", checks=[window("startTime", "endTime", 4, "4 days")],
       paginate=("page", "files", 10)),
    Op("DeleteLiveRecordFiles", "Deletes recorded files by record id, optionally with their OSS objects.",
       "POST", "query", True, [
           F("recordIds", "List<String>", "RecordIds", "The record ids; at least one.", required=True, flat=True,
             singular="recordId"),
           F("removeFile", "Boolean", "RemoveFile", "Also delete the files in OSS."),
       ], [REQUEST_ID, F("message", "String", "Message", "Overall message."),
           F("deleteFileInfos", "List<DeleteRecordFileInfo>", "DeleteFileInfoList", "The outcome per record id.",
             singular="deleteFileInfo")],
       "The answer to DeleteLiveRecordFiles."),
    # ---- live snapshot jobs
    Op("GetLiveSnapshotJob", "Gets a live snapshot job (the answer is flat: the job's fields sit next to RequestId).",
       "GET", "query", True, [ID("jobId", "JobId", "The job id.")], [REQUEST_ID] + SNAPSHOT_JOB_DETAIL,
       "The answer to GetLiveSnapshotJob: the job."),
    Op("ListLiveSnapshotJobs", "Lists live snapshot jobs, a page at a time; see the paginator. The time window is at "
                               "most 30 days (default: the last 7 days).", "GET", "query", True, [
        F("keyword", "String", "SearchKeyWord", "A job id, or part of a name.", max_len=128),
        F("status", "LiveSnapshotJobStatus", "Status", "Only jobs in this status."),
        F("startTime", "Instant", "StartTime", "Created at or after (default: 7 days ago)."),
        F("endTime", "Instant", "EndTime", "Created before (default: now); at most 30 days after startTime."),
        PAGE_NO, PAGE_SIZE(), SORT,
    ], [REQUEST_ID] + PAGE_ECHO + [TOTAL, F("jobs", "List<LiveSnapshotJob>", "JobList", "This page's jobs.", singular="job")],
       "A page of ListLiveSnapshotJobs.", checks=[window("startTime", "endTime", 30, "30 days")],
       paginate=("page", "jobs", 10)),
    # Not retried after a possible delivery: "restart" acts again when repeated.
    Op("SendLiveSnapshotJobCommand", "Starts, stops or restarts a live snapshot job.", "POST", "form", False, [
        ID("jobId", "JobId", "The job id."),
        F("command", "LiveSnapshotCommand", "Command", "What to do.", required=True),
    ], ONLY_REQUEST_ID, "The answer to SendLiveSnapshotJobCommand."),
    # ---- live snapshot templates
    Op("CreateLiveSnapshotTemplate", "Creates a live snapshot template: how often to capture and how to name the "
                                     "images (at least one of the two formats).", "POST", "form", False, [
        ID("templateName", "TemplateName", "The template name.", max_len=128),
        F("timeInterval", "Integer", "TimeInterval", "Seconds between snapshots.", required=True, min=5, max=3600),
    ] + SNAPSHOT_FORMATS, [REQUEST_ID, F("templateId", "String", "TemplateId", "The id of the new template.")],
       "The answer to CreateLiveSnapshotTemplate.",
       checks=["ValidationRules.snapshotFormats(overwriteFormat, sequenceFormat, v);"]),
    Op("GetLiveSnapshotTemplate", "Gets a live snapshot template (the answer is flat).", "GET", "query", True, [
        ID("templateId", "TemplateId", "The template id."),
    ], [REQUEST_ID] + SNAPSHOT_TEMPLATE_DETAIL, "The answer to GetLiveSnapshotTemplate: the template."),
    Op("ListLiveSnapshotTemplates", "Lists live snapshot templates, a page at a time; see the paginator.",
       "GET", "query", True, [
           F("keyword", "String", "SearchKeyWord", "A template id, or part of a name; templateIds is ignored with it.",
             max_len=128),
           F("templateIds", "List<String>", "TemplateIds", "Only these templates.", flat=True, max_items=200,
             singular="templateId"),
           F("type", "String", "Type", "Only {@code system} or only {@code custom} templates.", one_of=["system", "custom"]),
           PAGE_NO, PAGE_SIZE(), SORT,
       ], [REQUEST_ID] + PAGE_ECHO + [TOTAL, F("templates", "List<LiveSnapshotTemplate>", "TemplateList",
                                                "This page's templates.", singular="template")],
       "A page of ListLiveSnapshotTemplates.", paginate=("page", "templates", 10)),
    Op("UpdateLiveSnapshotTemplate", "Replaces a live snapshot template (a full replace, not a patch).",
       "POST", "form", True, [
           ID("templateId", "TemplateId", "The template id."),
           ID("templateName", "TemplateName", "The name.", max_len=128),
           F("timeInterval", "Integer", "TimeInterval", "Seconds between snapshots.", required=True, min=5, max=3600),
       ] + SNAPSHOT_FORMATS, ONLY_REQUEST_ID, "The answer to UpdateLiveSnapshotTemplate.",
       checks=["ValidationRules.snapshotFormats(overwriteFormat, sequenceFormat, v);"]),
    Op("DeleteLiveSnapshotTemplate", "Deletes a live snapshot template.", "POST", "form", True, [
        ID("templateId", "TemplateId", "The template id."),
    ], ONLY_REQUEST_ID, "The answer to DeleteLiveSnapshotTemplate."),
    # ---- live snapshot files
    Op("ListLiveSnapshotFiles", "Lists the snapshots of a job in a time window of at most one day, a page at a time "
                                "with a time cursor; see the paginator.", "GET", "query", True, [
        ID("jobId", "JobId", "The job id."),
        F("startTime", "Instant", "StartTime", "Taken at or after.", required=True),
        F("endTime", "Instant", "EndTime", "Taken before; at most one day after startTime.", required=True),
        F("limit", "Integer", "Limit", "Items per page (default 10).", min=1, max=100),
        F("sortBy", "SortOrder", "SortBy", "Order by creation time (default oldest first; the cursor is documented "
                                           "for that order only)."),
    ], [REQUEST_ID, F("nextStartTime", "Instant", "NextStartTime", "The start time of the next page; absent on the last."),
        F("files", "List<LiveSnapshotFile>", "FileList", "This page's snapshots.", singular="file")],
       "A page of ListLiveSnapshotFiles.", checks=[window("startTime", "endTime", 1, "1 day")],
       paginate=("cursor", "files", 10)),
    Op("DeleteLiveSnapshotFiles", "Deletes snapshots by their creation timestamps (at most 200).", "POST", "query", True, [
        ID("jobId", "JobId", "The job id."),
        F("createTimestamps", "List<Long>", "CreateTimestampList", "The snapshots' CreateTimestamp values; 1 to 200.",
          required=True, max_items=200, singular="createTimestamp"),
        F("deleteOriginalFile", "Boolean", "DeleteOriginalFile", "Also delete the OSS objects (default false)."),
    ], [REQUEST_ID, F("results", "List<DeleteSnapshotFileResult>", "DeleteFileResultList", "The outcome per timestamp.",
                      singular="result")],
       "The answer to DeleteLiveSnapshotFiles."),
    # ---- media convert
    Op("GetMediaConvertJob", "Gets a media-convert job with its progress (Percent), CreateTime and FinishTime.",
       "POST", "query", True, [ID("jobId", "JobId", "The job id.")],
       [REQUEST_ID, F("job", "MediaConvertJob", "Job", "The job.")], "The answer to GetMediaConvertJob."),
    Op("ListMediaConvertJobs", "Lists media-convert jobs with a page token (no total count); see the paginator.",
       "POST", "query", True, [
           F("jobId", "String", "JobId", "Only this job."),
           F("startOfCreateTime", "Instant", "StartOfCreateTime", "Created at or after."),
           F("endOfCreateTime", "Instant", "EndOfCreateTime", "Created before."),
           F("status", "MediaConvertJobState", "Status",
             "Only jobs in this state. The docs list Inited, Running, Complete, Error, their example uses Success; "
             "the value is sent as given."),
           F("orderBy", "MediaConvertJobOrder", "OrderBy", "The order (default newest first)."),
           F("pageSize", "Integer", "PageSize", "Items per page (default 20; the SDK documents 1-100, the Chinese page "
             "0-100: both accepted).", min=0, max=100),
           F("nextPageToken", "String", "NextPageToken", "Where the next page starts; none for the first page."),
       ], [REQUEST_ID, F("nextPageToken", "String", "NextPageToken", "Where the next page starts; empty on the last."),
           F("jobs", "List<MediaConvertJob>", "Jobs", "This page's jobs (without output details or progress).",
             singular="job")],
       "A page of ListMediaConvertJobs.", checks=[window("startOfCreateTime", "endOfCreateTime", 0, "")],
       paginate=("token", "jobs", 20)),
]
