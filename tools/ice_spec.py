"""The ICE operations, models and enums that tools/genmodels.py turns into Java.

Sources: the operation pages in ../shared/seeds/ and the notes in ../shared/api/ (live.md,
media-convert.md). Each field is declared once: Java name, type, wire name, documented limits.
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
    def __init__(self, name, doc, fields, checks=(), extra=""):
        self.name, self.doc, self.fields, self.checks, self.extra = name, doc, fields, list(checks), extra


class Op:
    def __init__(self, action, doc, method, placement, idempotent, fields, response_fields, response_doc,
                 checks=(), time_checks=(), request_extra="", response_extra=""):
        self.action, self.doc, self.method, self.placement = action, doc, method, placement
        self.idempotent, self.fields, self.response_fields = idempotent, fields, response_fields
        self.response_doc, self.checks, self.time_checks = response_doc, list(checks), list(time_checks)
        self.request_extra, self.response_extra = request_extra, response_extra


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
        F("inputUrl", "String", "InputUrl", "The URL of the input stream, e.g. {@code rtmp://example.com/live/stream1}.",
          required=True, url=["rtmp"]),
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
           ], checks=["ValidationRules.timedConfig(this, path, v);"]),
    Struct("VideoParams", "Video settings of a live transcoding template ({@code TemplateConfig.VideoParams}). "
                          "Every number travels as a JSON string.", [
        F("codec", "VideoCodec", "Codec", "The video codec."),
        F("width", "Integer", "Width", "Output width in pixels; with the height: max(W,H) <= 2560 and min(W,H) <= 1440.",
          min=128, max=2560, numstr=True),
        F("height", "Integer", "Height", "Output height in pixels; with the width: max(W,H) <= 2560 and min(W,H) <= 1440.",
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
        F("url", "String", "Url", "The URL of the live stream, e.g. {@code rtmp://example.com/live/stream1}.",
          url=["rtmp"], max_len=255),
    ]),
    Struct("RecordOutput", "Where a live recording job stores its files ({@code RecordOutput}).", [
        F("type", "String", "Type", "The storage type.", required=True, one_of=["oss", "vod"]),
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
    ], checks=["ValidationRules.mediaObject(this, path, v);"]),
    Struct("MediaConvertInput", "One input of a media-convert job ({@code Inputs[]}).", [
        F("name", "String", "Name", "The name outputs and manifest extensions refer to in {@code InputRef}."),
        F("inputFile", "MediaObject", "InputFile", "The input file.", required=True),
    ]),
    Struct("ManifestExclude", "One exclusion rule of a manifest extension; conditions in one rule are ANDed, rules are ORed.", [
        F("type", "ManifestExcludeType", "Type", "The kind of rendition."),
        F("name", "String", "Name", "The rendition name."),
        F("language", "String", "Language",
          "The language (RFC 5646). The wire name was {@code language} before 2025-12; the current "
          "official SDK sends {@code Language}, so do we, and both are read."),
    ]),
    Struct("ManifestExtend", "Extends an existing manifest ({@code GroupConfig.ManifestExtend}).", [
        F("inputRef", "String", "InputRef", "The {@code Name} of the input that holds the manifest."),
        F("excludes", "List<ManifestExclude>", "Excludes", "Renditions to leave out.", singular="exclude"),
    ]),
    Struct("OutputGroupConfig", "Settings of a media-convert output group ({@code GroupConfig}).", [
        F("type", "OutputGroupType", "Type", "The kind of group.", required=True),
        F("outputFileBase", "MediaObject", "OutputFileBase",
          "The base directory of every file in the group, e.g. {@code oss://bucket/path/to/dir}.", required=True),
        F("manifestName", "String", "ManifestName", "The manifest file name; only for Hls and Dash groups."),
        F("manifestExtend", "ManifestExtend", "ManifestExtend", "Extends an existing manifest."),
    ], checks=["ValidationRules.groupConfig(this, path, v);"]),
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
    ], checks=["ValidationRules.hlsGroupConfig(this, path, v);"]),
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
    ]),
    Struct("MediaConvertOutputGroup", "One output group of a media-convert job ({@code OutputGroups[]}).", [
        F("name", "String", "Name", "The group name, e.g. {@code hls-group}."),
        F("groupConfig", "OutputGroupConfig", "GroupConfig", "The group settings.", required=True),
        F("outputs", "List<OutputGroupOutput>", "Outputs", "The group's outputs; at least one.", required=True,
          singular="output"),
    ], checks=["ValidationRules.outputGroup(this, path, v);"]),
    Struct("MediaConvertOutput", "One standalone output of a media-convert job, outside any group (top-level {@code Outputs[]}).", [
        F("name", "String", "Name", "The output name."),
        F("outputFile", "MediaObject", "OutputFile", "The output file.", required=True),
        F("templateId", "String", "TemplateId", "The transcoding template."),
        F("inputRef", "String", "InputRef", "The {@code Name} of the input to transcode (default: the first)."),
        F("overrideParams", "String", "OverrideParams", "JSON text overriding template settings.", json=True),
        F("features", "String", "Features", "JSON text of extra features (clip, metadata, watermarks).", json=True),
        F("priority", "Integer", "Priority", "Larger runs sooner; default 6.", min=1, max=10),
    ]),
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
           ], checks=["ValidationRules.jobConfig(this, path, v);"]),
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
             "Generated (a UUID) for each call when not given.", max_len=64, token=True),
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
