using Refit;
using RoomClients.Whereby.Models;

namespace RoomClients.Whereby;

/// <summary>
/// The Whereby REST API v1, one method per endpoint of Whereby's OpenAPI file. Resolve it from DI after
/// <c>AddWhereby()</c> (keyed by the registration name). Failures throw the <see cref="RoomServiceException"/> family.
/// </summary>
/// <remarks>Room names in theme paths are sent without their leading <c>/</c> and escaped as one path segment.</remarks>
public interface IWherebyApi
{
    /// <summary><c>POST /meetings</c>: creates a meeting (a transient room).</summary>
    /// <param name="request">The meeting to create.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The meeting.</returns>
    [Post("/meetings")]
    Task<Meeting> CreateMeetingAsync([Body] CreateMeetingRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings</c>: lists meetings, one page.</summary>
    /// <param name="cursor">The cursor of the page, from the previous page.</param>
    /// <param name="limit">The page size, 1 to 100 (default 50).</param>
    /// <param name="fields">Extra fields: <c>hostRoomUrl</c>, <c>viewerRoomUrl</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/meetings")]
    Task<WherebyPage<Meeting>> ListMeetingsAsync(string? cursor = null, int? limit = null, [Query(CollectionFormat.Csv)] IEnumerable<string>? fields = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}</c>.</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="fields">Extra fields: <c>hostRoomUrl</c>, <c>viewerRoomUrl</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The meeting.</returns>
    [Get("/meetings/{meetingId}")]
    Task<Meeting> GetMeetingAsync(string meetingId, [Query(CollectionFormat.Csv)] IEnumerable<string>? fields = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetings/{meetingId}</c>: ends and deletes the meeting (idempotent).</summary>
    /// <param name="meetingId">The meeting id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetings/{meetingId}")]
    Task DeleteMeetingAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings</c>: lists recordings, one page.</summary>
    /// <param name="roomName">Only this room's recordings.</param>
    /// <param name="cursor">The page cursor.</param>
    /// <param name="limit">The page size, 1 to 100.</param>
    /// <param name="sortBy"><c>field:asc|desc</c> with roomName, startDate, duration or sizeInMegaBytes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/recordings")]
    Task<WherebyPage<Recording>> ListRecordingsAsync(string? roomName = null, string? cursor = null, int? limit = null, string? sortBy = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings/{recordingId}</c>.</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recording.</returns>
    [Get("/recordings/{recordingId}")]
    Task<Recording> GetRecordingAsync(string recordingId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /recordings/{recordingId}</c> (idempotent).</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/recordings/{recordingId}")]
    Task DeleteRecordingAsync(string recordingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings/{recordingId}/access-link</c>: a temporary download URL (Whereby-hosted files only).</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="validForSeconds">How long the link is valid, 1 to 43200 (default 3600).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link.</returns>
    [Get("/recordings/{recordingId}/access-link")]
    Task<AccessLink> GetRecordingAccessLinkAsync(string recordingId, int? validForSeconds = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /recordings/bulk-delete</c>: deletes recordings in the background.</summary>
    /// <param name="request">The recordings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Post("/recordings/bulk-delete")]
    Task BulkDeleteRecordingsAsync([Body] BulkDeleteRecordingsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /transcriptions</c>: transcribes a recording.</summary>
    /// <param name="request">The recording.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new transcription's id.</returns>
    [Post("/transcriptions")]
    Task<TranscriptionCreated> CreateTranscriptionAsync([Body] CreateTranscriptionRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /transcriptions</c>: lists transcriptions, one page.</summary>
    /// <param name="roomName">Only this room's transcriptions.</param>
    /// <param name="cursor">The page cursor.</param>
    /// <param name="limit">The page size, 1 to 100.</param>
    /// <param name="sortBy"><c>field:asc|desc</c> with roomName, startDate or durationInSeconds.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/transcriptions")]
    Task<WherebyPage<Transcription>> ListTranscriptionsAsync(string? roomName = null, string? cursor = null, int? limit = null, string? sortBy = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /transcriptions/{transcriptionId}</c>.</summary>
    /// <param name="transcriptionId">The transcription id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transcription.</returns>
    [Get("/transcriptions/{transcriptionId}")]
    Task<Transcription> GetTranscriptionAsync(string transcriptionId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /transcriptions/{transcriptionId}</c> (idempotent).</summary>
    /// <param name="transcriptionId">The transcription id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/transcriptions/{transcriptionId}")]
    Task DeleteTranscriptionAsync(string transcriptionId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /transcriptions/{transcriptionId}/access-link</c>.</summary>
    /// <param name="transcriptionId">The transcription id.</param>
    /// <param name="validForSeconds">How long the link is valid, 1 to 43200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link.</returns>
    [Get("/transcriptions/{transcriptionId}/access-link")]
    Task<AccessLink> GetTranscriptionAccessLinkAsync(string transcriptionId, int? validForSeconds = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /transcriptions/bulk-delete</c>.</summary>
    /// <param name="request">The transcriptions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Post("/transcriptions/bulk-delete")]
    Task BulkDeleteTranscriptionsAsync([Body] BulkDeleteTranscriptionsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /summaries</c> (beta): summarises a transcription.</summary>
    /// <param name="request">The transcription and template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The new summary's id.</returns>
    [Post("/summaries")]
    Task<SummaryCreated> CreateSummaryAsync([Body] CreateSummaryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /summaries</c> (beta), one page.</summary>
    /// <param name="cursor">The page cursor.</param>
    /// <param name="limit">The page size, 1 to 100.</param>
    /// <param name="sortBy">The sort, <c>field:asc|desc</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/summaries")]
    Task<WherebyPage<Summary>> ListSummariesAsync(string? cursor = null, int? limit = null, string? sortBy = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /summaries/{summaryId}</c> (beta).</summary>
    /// <param name="summaryId">The summary id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The summary.</returns>
    [Get("/summaries/{summaryId}")]
    Task<Summary> GetSummaryAsync(string summaryId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /summaries/{summaryId}</c> (idempotent).</summary>
    /// <param name="summaryId">The summary id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/summaries/{summaryId}")]
    Task DeleteSummaryAsync(string summaryId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/tokens</c>: sets the room's colours.</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="request">The colours.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/rooms/{roomName}/theme/tokens")]
    Task SetRoomThemeTokensAsync(string roomName, [Body] RoomThemeTokensRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/logo</c> with <c>multipart/form-data</c>: uploads the room's logo (PNG, 400 px wide or more).</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="image">The image, sent as the <c>image</c> part.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Multipart]
    [Put("/rooms/{roomName}/theme/logo")]
    Task SetRoomLogoAsync(string roomName, [AliasAs("image")] StreamPart image, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/logo</c> with JSON <c>{"theme":"default"}</c>: resets the logo.</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="request">The reset body.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/rooms/{roomName}/theme/logo")]
    Task ResetRoomLogoAsync(string roomName, [Body] RoomLogoReset request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/room-background</c> with <c>multipart/form-data</c>: uploads the background (PNG, 1400 px wide or more, 600 KB at most).</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Multipart]
    [Put("/rooms/{roomName}/theme/room-background")]
    Task SetRoomBackgroundAsync(string roomName, [AliasAs("image")] StreamPart image, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/room-background</c> with JSON: picks a built-in background.</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="request">The palette and theme.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/rooms/{roomName}/theme/room-background")]
    Task SetRoomBackgroundPresetAsync(string roomName, [Body] RoomBackgroundPreset request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/room-knock-page-background</c> with <c>multipart/form-data</c>: uploads the waiting-room background.</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="image">The image.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Multipart]
    [Put("/rooms/{roomName}/theme/room-knock-page-background")]
    Task SetKnockPageBackgroundAsync(string roomName, [AliasAs("image")] StreamPart image, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /rooms/{roomName}/theme/room-knock-page-background</c> with JSON: picks a built-in waiting-room background.</summary>
    /// <param name="roomName">The room name, without its leading <c>/</c>.</param>
    /// <param name="request">The palette and theme.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/rooms/{roomName}/theme/room-knock-page-background")]
    Task SetKnockPageBackgroundPresetAsync(string roomName, [Body] RoomBackgroundPreset request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /insights/rooms</c>: usage per room, one page.</summary>
    /// <param name="roomNameExact">Filter <c>roomName[exact]</c>.</param>
    /// <param name="roomNameStartsWith">Filter <c>roomName[startsWith]</c>.</param>
    /// <param name="roomNameContains">Filter <c>roomName[contains]</c>.</param>
    /// <param name="createdFrom">Filter <c>createdAt[from]</c>.</param>
    /// <param name="createdTo">Filter <c>createdAt[to]</c>.</param>
    /// <param name="sortBy">The sort, such as <c>totalSessions:asc</c>.</param>
    /// <param name="cursor">The page cursor.</param>
    /// <param name="limit">The page size, 1 to 100 (default 10).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/insights/rooms")]
    Task<WherebyPage<RoomInsight>> ListRoomInsightsAsync(
        [AliasAs("roomName[exact]")] string? roomNameExact = null,
        [AliasAs("roomName[startsWith]")] string? roomNameStartsWith = null,
        [AliasAs("roomName[contains]")] string? roomNameContains = null,
        [AliasAs("createdAt[from]")] DateTimeOffset? createdFrom = null,
        [AliasAs("createdAt[to]")] DateTimeOffset? createdTo = null,
        string? sortBy = null,
        string? cursor = null,
        int? limit = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /insights/room-sessions</c>: usage per session of one room, one page.</summary>
    /// <param name="roomName">The room name (required).</param>
    /// <param name="roomSessionId">Only this session.</param>
    /// <param name="sortBy">The sort.</param>
    /// <param name="cursor">The page cursor.</param>
    /// <param name="limit">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/insights/room-sessions")]
    Task<WherebyPage<RoomSessionInsight>> ListRoomSessionInsightsAsync(string roomName, string? roomSessionId = null, string? sortBy = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /insights/participants</c>: participants of a session or an external id, one page.</summary>
    /// <param name="roomSessionId">The session (this or <paramref name="externalId"/> is required).</param>
    /// <param name="externalId">The external id.</param>
    /// <param name="sortBy">The sort, <c>joinedAt|leftAt:asc|desc</c>.</param>
    /// <param name="cursor">The page cursor.</param>
    /// <param name="limit">The page size, 1 to 100.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/insights/participants")]
    Task<WherebyPage<ParticipantInsight>> ListParticipantInsightsAsync(string? roomSessionId = null, string? externalId = null, string? sortBy = null, string? cursor = null, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /insights/participant</c>: quality samples of one participant.</summary>
    /// <param name="roomSessionId">The session.</param>
    /// <param name="participantId">The participant.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The samples.</returns>
    [Get("/insights/participant")]
    Task<IList<ParticipantQuality>> GetParticipantQualityAsync(string roomSessionId, string participantId, CancellationToken cancellationToken = default);
}
