using System.Net;
using RoomClients.Testing;

namespace RoomClients.Contract.Tests;

/// <summary>
/// Participant links and recordings (<see cref="IRoomParticipantLinks"/>, <see cref="IRoomRecordings"/>), driven by each
/// subject's <see cref="RoomCapabilities"/>: what a provider declares works, what it does not declare throws before
/// anything is sent.
/// </summary>
public abstract partial class RoomServiceContractTests
{
    /// <summary>Adds a finished recording to <paramref name="room"/> on the subject's server (or in memory); its id, or <see langword="null"/> when the subject keeps no recordings.</summary>
    protected virtual string? AddRecording(Room room) =>
        _simulator is not null ? _simulator.AddRecording(room.Reference.RoomId)
        : Rooms.GetService<InMemoryRoomService>()?.AddRecording(room.Id).Id;

    /// <summary>The fullest request the subject honours for <paramref name="role"/>: a name, an application id, an address and an expiry where supported.</summary>
    protected static ParticipantLinkRequest FullLinkRequest(RoomCapabilities capabilities, RoomParticipantRole role, DateTimeOffset expiresAt) => new()
    {
        Role = role,
        DisplayName = (role == RoomParticipantRole.Host ? capabilities.SupportsHostParticipantNames : capabilities.SupportsParticipantNames) ? $"Contract {role}" : null,
        ExternalParticipantId = capabilities.SupportsExternalParticipantIds ? $"app-{role}-42".ToLowerInvariant() : null,
        Email = capabilities.RequiresParticipantEmail ? $"{role}@example.test".ToLowerInvariant() : null,
        ExpiresAt = capabilities.SupportsParticipantLinkExpiry ? expiresAt : null,
    };

    [Fact]
    public void Links_and_recordings_are_offered_exactly_as_the_capabilities_say()
    {
        var rooms = Rooms;
        var capabilities = rooms.Capabilities;
        Assert.Equal(capabilities.ParticipantRoles.Count > 0, rooms.GetService<IRoomParticipantLinks>() is not null);
        Assert.Equal(capabilities.SupportsRecordings, rooms.GetService<IRoomRecordings>() is not null);
        Assert.Equal(capabilities.ParticipantRoles.Count, capabilities.ParticipantRoles.Distinct().Count());
        Assert.False(capabilities.CanDeleteRecordings && !capabilities.SupportsRecordings, "deleting recordings implies having them");
        var noLinks = capabilities.ParticipantRoles.Count == 0;
        Assert.False(noLinks && (capabilities.SupportsParticipantNames || capabilities.SupportsHostParticipantNames || capabilities.SupportsExternalParticipantIds || capabilities.SupportsParticipantLinkExpiry),
            "link options without links");
    }

    [Fact]
    public async Task A_link_for_every_role_the_provider_grants_carries_what_was_asked()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var capabilities = rooms.Capabilities;
        if (capabilities.ParticipantRoles.Count == 0)
        {
            Assert.Skip($"{ServiceKey} makes no participant links (its capabilities say so; covered by the not-supported scenario).");
        }

        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        var expiresAt = DateTimeOffset.UtcNow.AddHours(1);
        var urls = new HashSet<Uri>();
        foreach (var role in capabilities.ParticipantRoles)
        {
            var request = FullLinkRequest(capabilities, role, expiresAt);
            var link = await rooms.CreateParticipantLinkAsync(room.Id, request, ct);
            Assert.Equal(role, link.Role);
            Assert.Equal(room.Id, link.RoomId);
            Assert.Equal(RoomProvider, link.Provider);
            Assert.True(link.Url.IsAbsoluteUri && (link.Url.Scheme == Uri.UriSchemeHttps || link.Url.Scheme == Uri.UriSchemeHttp), $"{role}: {link.Url}");
            Assert.Equal(request.DisplayName, link.DisplayName);
            Assert.Equal(request.ExternalParticipantId, link.ExternalParticipantId);
            if (request.ExpiresAt is { } asked)
            {
                Assert.NotNull(link.ExpiresAt);
                Assert.True(link.ExpiresAt <= asked.AddSeconds(1), $"{role}: the link expires at {link.ExpiresAt:O}, after the {asked:O} asked for");
                Assert.True(link.ExpiresAt > DateTimeOffset.UtcNow, $"{role}: the link has already expired ({link.ExpiresAt:O})");
            }

            if (_simulator is not null)
            {
                Assert.NotNull(link.RawRepresentation);
            }

            urls.Add(link.Url);
        }

        // A host link is not the guest's: whoever holds a guest link must not be able to join as host.
        Assert.Equal(capabilities.ParticipantRoles.Count, urls.Count);

        // Through the typed feature too, and for a plain guest with nothing but the role.
        var links = rooms.GetService<IRoomParticipantLinks>()!;
        var plain = await links.CreateParticipantLinkAsync(
            room.Id, new ParticipantLinkRequest { Role = capabilities.ParticipantRoles[0], Email = capabilities.RequiresParticipantEmail ? "plain@example.test" : null }, ct);
        Assert.Equal(capabilities.ParticipantRoles[0], plain.Role);
    }

    [Fact]
    public async Task Link_parts_the_provider_cannot_honour_throw_before_anything_is_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var capabilities = rooms.Capabilities;
        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        var before = RequestCount;
        if (capabilities.ParticipantRoles.Count == 0)
        {
            var none = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.CreateParticipantLinkAsync(room.Id, new ParticipantLinkRequest(), ct));
            Assert.Equal(ServiceProvider, none.Provider);
            Assert.Equal(before, RequestCount);
            return;
        }

        var role = capabilities.ParticipantRoles[0];
        var email = capabilities.RequiresParticipantEmail ? "guest@example.test" : null;
        var unsupported = new List<ParticipantLinkRequest>();
        unsupported.AddRange(Enum.GetValues<RoomParticipantRole>().Where(r => !capabilities.Supports(r)).Select(r => new ParticipantLinkRequest { Role = r, Email = email }));
        foreach (var named in capabilities.ParticipantRoles.Where(r => !(r == RoomParticipantRole.Host ? capabilities.SupportsHostParticipantNames : capabilities.SupportsParticipantNames)))
        {
            unsupported.Add(new ParticipantLinkRequest { Role = named, Email = email, DisplayName = "Named" });
        }

        if (!capabilities.SupportsExternalParticipantIds)
        {
            unsupported.Add(new ParticipantLinkRequest { Role = role, Email = email, ExternalParticipantId = "app-1" });
        }

        if (!capabilities.SupportsParticipantLinkExpiry)
        {
            unsupported.Add(new ParticipantLinkRequest { Role = role, Email = email, ExpiresAt = DateTimeOffset.UtcNow.AddHours(1) });
        }

        foreach (var request in unsupported)
        {
            var ex = await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.CreateParticipantLinkAsync(room.Id, request, ct));
            Assert.False(string.IsNullOrEmpty(ex.Feature));
        }

        Assert.Equal(before, RequestCount);
    }

    [Fact]
    public async Task Invalid_link_requests_are_rejected_before_anything_is_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var capabilities = rooms.Capabilities;
        if (capabilities.ParticipantRoles.Count == 0)
        {
            Assert.Skip($"{ServiceKey} makes no participant links.");
        }

        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        var role = capabilities.ParticipantRoles[0];
        var email = capabilities.RequiresParticipantEmail ? "guest@example.test" : null;
        var invalid = new List<(string RoomId, ParticipantLinkRequest? Request)>
        {
            ("", new ParticipantLinkRequest { Role = role, Email = email }),
            ("../escape", new ParticipantLinkRequest { Role = role, Email = email }),
            (room.Id, null),
            (room.Id, new ParticipantLinkRequest { Role = (RoomParticipantRole)9, Email = email }),
            (room.Id, new ParticipantLinkRequest { Role = role, Email = "not an address" }),
        };
        if (capabilities.SupportsParticipantNames)
        {
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = role, Email = email, DisplayName = new string('n', 101) }));
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = role, Email = email, DisplayName = "line\nbreak" }));
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = role, Email = email, DisplayName = "  " }));
        }

        if (capabilities.SupportsExternalParticipantIds)
        {
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = role, Email = email, ExternalParticipantId = "has space" }));
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = role, Email = email, ExternalParticipantId = new string('x', 36) }));
        }

        if (capabilities.SupportsParticipantLinkExpiry)
        {
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = role, Email = email, ExpiresAt = DateTimeOffset.UtcNow.AddMinutes(-1) }));
        }

        if (capabilities.RequiresParticipantEmail && capabilities.ParticipantRoles.FirstOrDefault(r => r != RoomParticipantRole.Host) is var guest && guest != RoomParticipantRole.Host)
        {
            invalid.Add((room.Id, new ParticipantLinkRequest { Role = guest }));
        }

        var before = RequestCount;
        foreach (var (roomId, request) in invalid)
        {
            var ex = await Assert.ThrowsAsync<RoomValidationException>(() => rooms.CreateParticipantLinkAsync(roomId, request!, ct));
            Assert.Equal(ServiceProvider, ex.Provider);
        }

        Assert.Equal(before, RequestCount);
    }

    [Fact]
    public async Task A_link_for_a_room_that_does_not_exist_is_not_found()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var capabilities = rooms.Capabilities;
        if (capabilities.ParticipantRoles.Count == 0)
        {
            Assert.Skip($"{ServiceKey} makes no participant links.");
        }

        var ex = await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.CreateParticipantLinkAsync(
            MissingRoomId, FullLinkRequest(capabilities, capabilities.ParticipantRoles[0], DateTimeOffset.UtcNow.AddHours(1)), ct));
        Assert.Equal(RoomProvider, ex.Provider);
    }

    [Fact]
    public async Task Recordings_list_link_and_delete_or_say_they_are_not_supported()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        var capabilities = rooms.Capabilities;
        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        if (!capabilities.SupportsRecordings)
        {
            var before = RequestCount;
            await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(async () =>
            {
                await foreach (var _ in rooms.ListRecordingsAsync(room.Id, ct))
                {
                }
            });
            await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.GetRecordingLinkAsync(room.Id, "rec-1", ct));
            await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.DeleteRecordingAsync(room.Id, "rec-1", ct));
            Assert.Equal(before, RequestCount);
            return;
        }

        Assert.Empty(await ListRecordings(rooms, room.Id, ct)); // a room without recordings lists none (not an error)

        var recordingId = AddRecording(room);
        if (recordingId is null && _simulator is null && rooms.GetService<InMemoryRoomService>() is null)
        {
            Assert.Skip($"{ServiceKey}: no recording can be made on demand against the real provider; the listing of a room without recordings was checked.");
        }

        Assert.NotNull(recordingId); // a subject that declares recordings can be given one in its simulator
        var recordings = await ListRecordings(rooms, room.Id, ct);
        var recording = Assert.Single(recordings, r => r.Id == recordingId);
        Assert.Equal(room.Id, recording.RoomId);
        Assert.Equal(RoomProvider, recording.Provider);
        Assert.Equal(RoomRecordingState.Ready, recording.State);
        Assert.True(recording.Duration is null || recording.Duration > TimeSpan.Zero);
        Assert.True(recording.SizeInBytes is null || recording.SizeInBytes > 0);

        var link = await rooms.GetRecordingLinkAsync(room.Id, recordingId!, ct);
        Assert.True(link.Url.IsAbsoluteUri && (link.Url.Scheme == Uri.UriSchemeHttps || link.Url.Scheme == Uri.UriSchemeHttp), link.Url.ToString());
        Assert.True(link.ExpiresAt is null || link.ExpiresAt > DateTimeOffset.UtcNow.AddMinutes(-1));

        var missing = await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRecordingLinkAsync(room.Id, "no-such-recording-42", ct));
        Assert.Equal(RoomProvider, missing.Provider);

        if (capabilities.CanDeleteRecordings)
        {
            await rooms.DeleteRecordingAsync(room.Id, recordingId!, ct);
            Assert.DoesNotContain(await ListRecordings(rooms, room.Id, ct), r => r.Id == recordingId);
            await Assert.ThrowsAsync<RoomNotFoundException>(() => rooms.GetRecordingLinkAsync(room.Id, recordingId!, ct));
        }
        else
        {
            var before = RequestCount;
            await Assert.ThrowsAsync<RoomFeatureNotSupportedException>(() => rooms.DeleteRecordingAsync(room.Id, recordingId!, ct));
            Assert.Equal(before, RequestCount);
        }
    }

    [Fact]
    public async Task Invalid_recording_ids_are_rejected_before_anything_is_sent()
    {
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        if (!rooms.Capabilities.SupportsRecordings)
        {
            Assert.Skip($"{ServiceKey} keeps no recordings.");
        }

        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        var before = RequestCount;
        foreach (var id in new[] { "", " ", "../x", "a/b", "a?b" })
        {
            await Assert.ThrowsAsync<RoomValidationException>(() => rooms.GetRecordingLinkAsync(room.Id, id, ct));
            if (rooms.Capabilities.CanDeleteRecordings)
            {
                await Assert.ThrowsAsync<RoomValidationException>(() => rooms.DeleteRecordingAsync(room.Id, id, ct));
            }
        }

        await Assert.ThrowsAsync<RoomValidationException>(async () =>
        {
            await foreach (var _ in rooms.ListRecordingsAsync("../x", ct))
            {
            }
        });
        Assert.Equal(before, RequestCount);
    }

    [Fact]
    public async Task A_provider_error_while_listing_recordings_is_typed_and_leaks_no_secret()
    {
        RequireServer();
        var ct = TestContext.Current.CancellationToken;
        var rooms = Rooms;
        if (!rooms.Capabilities.SupportsRecordings)
        {
            Assert.Skip($"{ServiceKey} keeps no recordings.");
        }

        var room = await rooms.CreateRoomAsync(NewRoomRequest(rooms), ct);
        var secret = Profile!.Secrets[^1]; // the credential this registration holds (a key, a token, a line of a private key), echoed by the error body
        Simulator.EnqueueFault(400, ErrorBody(400).Replace("simulated failure", $"bad request {secret}", StringComparison.Ordinal));
        var ex = await Assert.ThrowsAnyAsync<RoomServiceException>(async () =>
        {
            await foreach (var _ in rooms.ListRecordingsAsync(room.Id, ct))
            {
            }
        });
        Assert.Equal(HttpStatusCode.BadRequest, ex.StatusCode);
        Assert.DoesNotContain(secret, ex.ToString(), StringComparison.Ordinal);
    }

    private static async Task<List<RoomRecording>> ListRecordings(IRoomService rooms, string roomId, CancellationToken ct)
    {
        var list = new List<RoomRecording>();
        await foreach (var recording in rooms.ListRecordingsAsync(roomId, ct))
        {
            list.Add(recording);
        }

        return list;
    }
}
