using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace RoomClients.Telemetry;

/// <summary>
/// The optional features (participant links, recordings) through the same span, counters and logs as the room operations.
/// Offered exactly when the service behind this stage offers them, so <see cref="GetService"/> still answers
/// <see langword="null"/> for a provider without them.
/// </summary>
internal sealed partial class TelemetryRoomService
{
    public override object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        if (serviceKey is null && (serviceType == typeof(IRoomParticipantLinks) || serviceType == typeof(IRoomRecordings)))
        {
            return InnerService.GetService(serviceType) is null ? null : this;
        }

        return base.GetService(serviceType, serviceKey);
    }

    public async Task<ParticipantLink> CreateParticipantLinkAsync(string roomId, ParticipantLinkRequest request, CancellationToken cancellationToken = default)
    {
        const string operation = "CreateParticipantLink";
        using var activity = Start(operation, roomId);
        activity?.SetTag("roomclients.participant_role", request?.Role.ToString());
        var started = Stopwatch.GetTimestamp();
        ParticipantLink link;
        try
        {
            link = await Feature<IRoomParticipantLinks>(operation).CreateParticipantLinkAsync(roomId, request!, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        Succeed(operation, roomId, started); // never the link's URL: it is a credential
        return link;
    }

    public async IAsyncEnumerable<RoomRecording> ListRecordingsAsync(string roomId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const string operation = "ListRecordings";
        using var activity = Start(operation, roomId);
        var started = Stopwatch.GetTimestamp();
        var count = 0;
        IAsyncEnumerator<RoomRecording> enumerator;
        try
        {
            enumerator = Feature<IRoomRecordings>(operation).ListRecordingsAsync(roomId, cancellationToken).GetAsyncEnumerator(cancellationToken);
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        await using var disposer = enumerator.ConfigureAwait(false);
        while (true)
        {
            RoomRecording recording;
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    break;
                }

                recording = enumerator.Current;
            }
            catch (Exception ex)
            {
                Fail(activity, operation, roomId, started, ex);
                throw;
            }

            count++;
            yield return recording;
        }

        activity?.SetTag("roomclients.recording_count", count);
        Succeed(operation, roomId, started);
    }

    public async Task<RoomRecordingLink> GetRecordingLinkAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        const string operation = "GetRecordingLink";
        using var activity = Start(operation, roomId);
        var started = Stopwatch.GetTimestamp();
        RoomRecordingLink link;
        try
        {
            link = await Feature<IRoomRecordings>(operation).GetRecordingLinkAsync(roomId, recordingId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        Succeed(operation, roomId, started);
        return link;
    }

    public async Task DeleteRecordingAsync(string roomId, string recordingId, CancellationToken cancellationToken = default)
    {
        const string operation = "DeleteRecording";
        using var activity = Start(operation, roomId);
        var started = Stopwatch.GetTimestamp();
        try
        {
            await Feature<IRoomRecordings>(operation).DeleteRecordingAsync(roomId, recordingId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Fail(activity, operation, roomId, started, ex);
            throw;
        }

        Succeed(operation, roomId, started);
    }

    /// <summary>The feature of the service behind this stage (looked up per call: cheap, and never stale after a rebuild).</summary>
    private T Feature<T>(string operation)
        where T : class =>
        InnerService.GetService(typeof(T)) as T
        ?? throw new RoomFeatureNotSupportedException(Provider, operation, "the provider does not offer it (see RoomCapabilities).");
}
