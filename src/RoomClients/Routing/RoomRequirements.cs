namespace RoomClients.Routing;

/// <summary>What a create request needs from a provider's <see cref="RoomCapabilities"/>: the same rules the adapters enforce before sending.</summary>
internal static class RoomRequirements
{
    /// <summary>Returns why a provider with <paramref name="capabilities"/> cannot serve <paramref name="request"/>, or <see langword="null"/> when it can.</summary>
    public static string? Unmet(RoomCapabilities capabilities, CreateRoomRequest request)
    {
        if (!capabilities.Supports(request.Kind))
        {
            return $"no RoomKind.{request.Kind} rooms";
        }

        if (request.RecordAutomatically is not null && !capabilities.SupportsAutomaticRecording)
        {
            return "no automatic recording (RecordAutomatically)";
        }

        if (request.Locked is not null && !capabilities.SupportsLocking)
        {
            return "no locking (Locked)";
        }

        if (request.TemplateId is not null && !capabilities.SupportsTemplates)
        {
            return "no templates (TemplateId)";
        }

        if (request.DisplayName is not null && !capabilities.SupportsDisplayName)
        {
            return "no display names (DisplayName)";
        }

        return request.Metadata.Count > 0 && !capabilities.SupportsMetadata ? "no metadata (Metadata)" : null;
    }

    /// <summary>The capabilities of a failover over <paramref name="members"/>; see <see cref="RoomFailoverService.Capabilities"/>.</summary>
    public static RoomCapabilities Combine(IReadOnlyList<RoomCapabilities> members) => new()
    {
        SupportedKinds = members.SelectMany(m => m.SupportedKinds).Distinct().Order().ToArray(),
        SupportsAutomaticRecording = members.Any(m => m.SupportsAutomaticRecording),
        SupportsLocking = members.Any(m => m.SupportsLocking),
        SupportsTemplates = members.Any(m => m.SupportsTemplates),
        SupportsDisplayName = members.Any(m => m.SupportsDisplayName),
        SupportsMetadata = members.Any(m => m.SupportsMetadata),
        CanUpdate = members.All(m => m.CanUpdate),
        CanDelete = members.All(m => m.CanDelete),
        CanList = members.All(m => m.CanList),
        HasHostUrl = members.All(m => m.HasHostUrl),
        ListsInPages = members.All(m => m.ListsInPages),
        MaxPageSize = members.Min(m => m.MaxPageSize),
    };
}
