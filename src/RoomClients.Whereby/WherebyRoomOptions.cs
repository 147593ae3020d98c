using RoomClients.Whereby.Models;

namespace RoomClients.Whereby;

/// <summary>Whereby-only create settings; add to <see cref="CreateRoomRequest.ProviderOptions"/>.</summary>
public sealed class WherebyRoomOptions : ProviderRoomOptions
{
    /// <inheritdoc />
    public override string Provider => RoomProviders.Whereby;

    /// <summary>Gets or sets the room mode: <see cref="WherebyRoomMode.Normal"/> (up to 4, peer to peer) or <see cref="WherebyRoomMode.Group"/> (up to 200).</summary>
    public WherebyRoomMode? RoomMode { get; set; }

    /// <summary>Gets or sets the room-name prefix (lowercase letters, digits and dashes, at most 39 characters).</summary>
    public string? RoomNamePrefix { get; set; }

    /// <summary>Gets or sets short, human-friendly room names (<c>human-short</c>) instead of UUIDs.</summary>
    public bool HumanShortRoomName { get; set; }

    /// <summary>Gets or sets viewer mode (<c>templateType: viewerMode</c>): a locked group room with host and viewer URLs.</summary>
    public bool ViewerMode { get; set; }

    /// <summary>Gets or sets whether to request the viewer URL (returned in <see cref="Room.Metadata"/> as <c>viewerRoomUrl</c>).</summary>
    public bool IncludeViewerUrl { get; set; }

    /// <summary>Gets or sets full recording settings; cannot be combined with <see cref="CreateRoomRequest.RecordAutomatically"/>.</summary>
    public MeetingRecording? Recording { get; set; }

    /// <summary>Gets or sets live transcription.</summary>
    public MeetingLiveTranscription? LiveTranscription { get; set; }

    /// <summary>Gets or sets RTMP streaming.</summary>
    public MeetingStreaming? Streaming { get; set; }
}
