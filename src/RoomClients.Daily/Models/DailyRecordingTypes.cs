namespace RoomClients.Daily.Models;

/// <summary>The values of <c>enable_recording</c> (room and meeting token) and of a recording's type.</summary>
public static class DailyRecordingTypes
{
    /// <summary>Composited cloud recording, stored by Daily or in your bucket.</summary>
    public const string Cloud = "cloud";

    /// <summary>Recording in the participant's browser.</summary>
    public const string Local = "local";

    /// <summary>One file per track, in Daily's or your bucket.</summary>
    public const string RawTracks = "raw-tracks";
}
