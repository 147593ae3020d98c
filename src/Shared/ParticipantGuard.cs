// Shared source: the checks every IRoomParticipantLinks and IRoomRecordings implementation runs before anything is sent.
namespace RoomClients;

/// <summary>Client-side checks of participant links and recordings, the same for every provider.</summary>
internal static class ParticipantGuard
{
    /// <summary>The longest <see cref="ParticipantLinkRequest.ExternalParticipantId"/> (Zoom's customer_key: 35).</summary>
    public const int MaxExternalIdLength = 35;

    private static readonly System.Buffers.SearchValues<char> NotInEmail = System.Buffers.SearchValues.Create(" \t\r\n<>,;\"");

    /// <summary>The longest <see cref="ParticipantLinkRequest.DisplayName"/>.</summary>
    public const int MaxDisplayNameLength = 100;

    /// <summary>
    /// Checks <paramref name="request"/> for a link to <paramref name="roomId"/> against <paramref name="capabilities"/>:
    /// the id, the role, each part asked for, the formats and the expiry. Returns the room id.
    /// </summary>
    public static string Link(string provider, RoomCapabilities capabilities, string? roomId, ParticipantLinkRequest? request, DateTimeOffset now)
    {
        var id = RoomGuard.Id(provider, roomId, "roomId");
        RoomGuard.NotNull(provider, request, "request");
        if (capabilities.ParticipantRoles.Count == 0)
        {
            throw new RoomFeatureNotSupportedException(provider, "CreateParticipantLink", "the provider makes no participant links; use Room.JoinUrl and Room.HostUrl.");
        }

        if (!Enum.IsDefined(request!.Role))
        {
            throw new RoomValidationException(provider, "ParticipantLinkRequest.Role", $"must be Guest, Host or Viewer; was {(int)request.Role}.");
        }

        if (!capabilities.Supports(request.Role))
        {
            throw new RoomFeatureNotSupportedException(
                provider, $"ParticipantLinkRequest.Role = {request.Role}", $"links can grant {string.Join(", ", capabilities.ParticipantRoles)} only.");
        }

        if (request.DisplayName is { } name)
        {
            if (request.Role == RoomParticipantRole.Host)
            {
                RoomGuard.Unsupported(provider, !capabilities.SupportsHostParticipantNames, "ParticipantLinkRequest.DisplayName (Role = Host)",
                    "a host link cannot carry a name: it signs in as the host's own account, shown under that account's name.");
            }
            else
            {
                RoomGuard.Unsupported(provider, !capabilities.SupportsParticipantNames, "ParticipantLinkRequest.DisplayName", "links cannot carry a participant's name.");
            }

            if (string.IsNullOrWhiteSpace(name) || name.Length > MaxDisplayNameLength || name.Trim().Length != name.Length || HasControl(name))
            {
                throw new RoomValidationException(
                    provider, "ParticipantLinkRequest.DisplayName", $"must be 1 to {MaxDisplayNameLength} characters without control characters or white space at either end.");
            }
        }

        if (request.ExternalParticipantId is { } external)
        {
            RoomGuard.Unsupported(provider, !capabilities.SupportsExternalParticipantIds, "ParticipantLinkRequest.ExternalParticipantId", "links cannot carry the application's participant id.");
            if (external.Length is 0 or > MaxExternalIdLength || !IsExternalId(external))
            {
                throw new RoomValidationException(
                    provider, "ParticipantLinkRequest.ExternalParticipantId", $"must be 1 to {MaxExternalIdLength} characters of A-Z a-z 0-9 . _ - : @.");
            }
        }

        if (request.Email is { } email)
        {
            var at = email.IndexOf('@', StringComparison.Ordinal);
            if (email.Length > 254 || at < 1 || at != email.LastIndexOf('@') || at == email.Length - 1 || email.AsSpan().IndexOfAny(NotInEmail) >= 0 || HasControl(email))
            {
                throw new RoomValidationException(provider, "ParticipantLinkRequest.Email", "must be an e-mail address (name@domain).");
            }
        }
        else if (capabilities.RequiresParticipantEmail && request.Role != RoomParticipantRole.Host)
        {
            throw new RoomValidationException(provider, "ParticipantLinkRequest.Email", $"is required: {provider} registers each participant by e-mail address.");
        }

        if (request.ExpiresAt is not null)
        {
            RoomGuard.Unsupported(provider, !capabilities.SupportsParticipantLinkExpiry, "ParticipantLinkRequest.ExpiresAt", "links do not expire on request.");
            RoomGuard.Future(provider, request.ExpiresAt, now, "ParticipantLinkRequest.ExpiresAt");
        }

        return id;
    }

    /// <summary>Checks that <paramref name="capabilities"/> include recordings and that <paramref name="roomId"/> is a valid id.</summary>
    public static string Recordings(string provider, RoomCapabilities capabilities, string? roomId, string operation)
    {
        if (!capabilities.SupportsRecordings)
        {
            throw new RoomFeatureNotSupportedException(provider, operation, "the provider keeps no recordings.");
        }

        return RoomGuard.Id(provider, roomId, "roomId");
    }

    /// <summary>Checks a recording operation on one recording; <paramref name="deleting"/> also requires <see cref="RoomCapabilities.CanDeleteRecordings"/>.</summary>
    public static (string RoomId, string RecordingId) Recording(string provider, RoomCapabilities capabilities, string? roomId, string? recordingId, bool deleting)
    {
        var operation = deleting ? "DeleteRecording" : "GetRecordingLink";
        var room = Recordings(provider, capabilities, roomId, operation);
        if (deleting && !capabilities.CanDeleteRecordings)
        {
            throw new RoomFeatureNotSupportedException(provider, operation, "the provider does not delete recordings through its API.");
        }

        return (room, RoomGuard.Id(provider, recordingId, "recordingId"));
    }

    private static bool IsExternalId(string value)
    {
        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('.' or '_' or '-' or ':' or '@'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return true;
            }
        }

        return false;
    }
}
