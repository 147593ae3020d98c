namespace RoomClients.Routing;

/// <summary>What a create request needs from a provider's <see cref="RoomCapabilities"/>: the routine the adapters run before sending.</summary>
internal static class RoomRequirements
{
    /// <summary>Returns why a provider with <paramref name="capabilities"/> cannot serve <paramref name="request"/>, or <see langword="null"/> when it can (<see cref="RoomSupport.Unmet"/>, the adapters' own routine).</summary>
    public static string? Unmet(RoomCapabilities capabilities, CreateRoomRequest request) =>
        RoomSupport.Unmet(capabilities, request, out _) is var (feature, reason) ? $"{reason} ({feature})" : null;

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

        // A room's links and recordings come from its owner, which may be any member: what all of them can do.
        ParticipantRoles = members.Skip(1).Aggregate((IEnumerable<RoomParticipantRole>)members[0].ParticipantRoles, (roles, m) => roles.Intersect(m.ParticipantRoles)).Order().ToArray(),
        SupportsParticipantNames = members.All(m => m.SupportsParticipantNames),
        SupportsHostParticipantNames = members.All(m => m.SupportsHostParticipantNames),
        SupportsExternalParticipantIds = members.All(m => m.SupportsExternalParticipantIds),
        SupportsParticipantLinkExpiry = members.All(m => m.SupportsParticipantLinkExpiry),
        RequiresParticipantEmail = members.Any(m => m.RequiresParticipantEmail),
        SupportsRecordings = members.All(m => m.SupportsRecordings),
        CanDeleteRecordings = members.All(m => m.CanDeleteRecordings),
    };
}
