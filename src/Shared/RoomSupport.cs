// Shared source: compiled into the core package (the failover), each provider package and RoomClients.Testing as an
// internal type, so that what a create request demands of a provider is decided by one routine everywhere.
namespace RoomClients;

/// <summary>The neutral checks of a create request against a provider's <see cref="RoomCapabilities"/>, run before anything is sent.</summary>
internal static class RoomSupport
{
    /// <summary>
    /// Returns the feature of <paramref name="request"/> that a provider with <paramref name="capabilities"/> cannot honour
    /// and why, or <see langword="null"/> when it can serve the request; <paramref name="kind"/> is the kind it would create
    /// (<see cref="RoomCapabilities.KindFor"/>). Only what the caller set counts: unset fields are derived, never refused.
    /// </summary>
    public static (string Feature, string Reason)? Unmet(RoomCapabilities capabilities, CreateRoomRequest request, out RoomKind kind)
    {
        kind = default;
        if (capabilities.KindFor(request) is not { } fitting)
        {
            var kinds = string.Join(", ", capabilities.SupportedKinds);
            return request.Kind is { } asked
                ? ($"RoomKind.{asked}", $"no RoomKind.{asked} rooms (it has: {kinds})")
                : ("CreateRoomRequest.StartsAt", $"rooms cannot be scheduled, they open when created (it has: {kinds})");
        }

        kind = fitting;
        if (request.StartsAt is not null && fitting != RoomKind.Scheduled)
        {
            return ("CreateRoomRequest.StartsAt", $"only scheduled rooms have a start; RoomKind.{fitting} rooms open when created");
        }

        if (request.EndsAt is not null && request.Kind == RoomKind.Permanent)
        {
            return ("CreateRoomRequest.EndsAt", "permanent rooms have no end; leave Kind unset (or set Instant or Scheduled) for a room with an end");
        }

        if (request.RecordAutomatically is not null && !capabilities.SupportsAutomaticRecording)
        {
            return ("CreateRoomRequest.RecordAutomatically", "no automatic recording setting");
        }

        if (request.Locked is not null && !capabilities.SupportsLocking)
        {
            return ("CreateRoomRequest.Locked", "no locking (knock to enter)");
        }

        if (request.TemplateId is not null && !capabilities.SupportsTemplates)
        {
            return ("CreateRoomRequest.TemplateId", "no room templates");
        }

        if (request.DisplayName is not null && !capabilities.SupportsDisplayName)
        {
            return ("CreateRoomRequest.DisplayName", "no room display names (rooms are named by the provider)");
        }

        return request.Metadata.Count > 0 && !capabilities.SupportsMetadata ? ("CreateRoomRequest.Metadata", "no room metadata") : null;
    }

    /// <summary>
    /// Checks <paramref name="request"/> for <paramref name="provider"/>: what it cannot honour throws
    /// <see cref="RoomFeatureNotSupportedException"/>; a blank display name, a scheduled room without a start, a start or
    /// end in the past and an end before the start throw <see cref="RoomValidationException"/>. Returns the kind to create.
    /// </summary>
    public static RoomKind Check(string provider, RoomCapabilities capabilities, CreateRoomRequest? request, DateTimeOffset now, Func<string, string?>? hint = null)
    {
        RoomGuard.NotNull(provider, request, nameof(request));
        if (Unmet(capabilities, request!, out var kind) is var (feature, reason))
        {
            throw new RoomFeatureNotSupportedException(provider, feature, hint?.Invoke(feature) is { } advice ? $"{reason}. {advice}" : $"{reason}.");
        }

        if (request!.DisplayName is { } name && string.IsNullOrWhiteSpace(name))
        {
            throw new RoomValidationException(provider, "DisplayName", "must not be blank; leave it unset to let the provider name the room.");
        }

        if (kind == RoomKind.Scheduled && request.StartsAt is null)
        {
            throw new RoomValidationException(provider, "StartsAt", "is required for a scheduled room.");
        }

        RoomGuard.Future(provider, request.StartsAt, now, "StartsAt");
        RoomGuard.Future(provider, request.EndsAt, now, "EndsAt");
        RoomGuard.Ordered(provider, request.StartsAt, request.EndsAt, "EndsAt");
        return kind;
    }
}
