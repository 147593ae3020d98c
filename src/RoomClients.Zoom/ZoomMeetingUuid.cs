namespace RoomClients.Zoom;

/// <summary>Zoom's rule for meeting instance UUIDs in URL paths.</summary>
public static class ZoomMeetingUuid
{
    /// <summary>
    /// Returns <paramref name="uuid"/> as an <see cref="IZoomApi"/> path argument: a UUID that starts with <c>/</c> or
    /// contains <c>//</c> must reach Zoom double-encoded, so it is encoded once here (and once more by the client);
    /// any other UUID is returned unchanged.
    /// </summary>
    /// <param name="uuid">The instance UUID, such as <see cref="Models.ZoomMeeting.Uuid"/>.</param>
    /// <returns>The argument to pass.</returns>
    /// <exception cref="ArgumentException"><paramref name="uuid"/> is empty.</exception>
    public static string ForPath(string uuid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uuid);
        return uuid.StartsWith('/') || uuid.Contains("//", StringComparison.Ordinal) ? Uri.EscapeDataString(uuid) : uuid;
    }
}
