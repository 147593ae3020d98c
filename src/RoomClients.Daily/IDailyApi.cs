using System.Text.Json;
using Refit;
using RoomClients.Daily.Models;

namespace RoomClients.Daily;

/// <summary>
/// The Daily REST API v1 (<c>https://api.daily.co/v1</c>), one method per endpoint of rooms, batch rooms, presence,
/// meeting tokens, meetings, recordings, transcripts and webhooks (the inventory of Daily's generated client, see
/// <c>docs/providers/daily.md</c>). Resolve it from DI after <c>AddDaily()</c> (keyed by the registration name).
/// Failures throw the <see cref="RoomServiceException"/> family, with Daily's <c>error</c> type as
/// <see cref="RoomServiceException.ErrorCode"/>.
/// </summary>
/// <remarks>
/// Endpoints whose bodies Daily documents only as daily-js option objects (eject, session data, permissions, app
/// messages, recording/live-streaming/transcription/dial-out/SIP control) take and return <see cref="JsonElement"/>
/// with Daily's own field names. Paths escape every argument as one segment.
/// </remarks>
public interface IDailyApi
{
    /// <summary><c>POST /rooms</c>: creates a room (HTTP 200).</summary>
    /// <param name="request">The room; every field is optional.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Post("/rooms")]
    Task<DailyRoom> CreateRoomAsync([Body] DailyCreateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms</c>: one page of rooms, newest first; rooms past their <c>exp</c> are not listed.</summary>
    /// <param name="limit">The page size, 1 to 100 (Daily's default and maximum 100).</param>
    /// <param name="startingAfter"><c>starting_after</c>: the id (<see cref="DailyRoom.Id"/>) of the last room of the previous page.</param>
    /// <param name="endingBefore"><c>ending_before</c>: a room id, or <c>OLDEST</c> for the oldest page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/rooms")]
    Task<DailyPage<DailyRoom>> ListRoomsAsync(int? limit = null, [AliasAs("starting_after")] string? startingAfter = null, [AliasAs("ending_before")] string? endingBefore = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{name}</c>: a room's configuration (404 for an unknown or expired room).</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Get("/rooms/{roomName}")]
    Task<DailyRoom> GetRoomAsync(string roomName, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}</c>: changes privacy and properties; only what is sent changes (Daily updates with POST, not PATCH).</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated room.</returns>
    [Post("/rooms/{roomName}")]
    Task<DailyRoom> UpdateRoomAsync(string roomName, [Body] DailyUpdateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /rooms/{name}</c>: deletes the room and ejects everyone in it; the name can be reused.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"deleted": true, "name": …}</c>.</returns>
    [Delete("/rooms/{roomName}")]
    Task<DailyDeleteResult> DeleteRoomAsync(string roomName, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{name}/presence</c>: who is in the room now.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="limit">How many participants to return.</param>
    /// <param name="userId">Only the participant with this <c>user_id</c> (from their meeting token).</param>
    /// <param name="userName">Only the participant with this name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{total_count, data}</c>.</returns>
    [Get("/rooms/{roomName}/presence")]
    Task<DailyPage<PresenceParticipant>> GetRoomPresenceAsync(string roomName, int? limit = null, [AliasAs("userId")] string? userId = null, [AliasAs("userName")] string? userName = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/eject</c>: ejects participants (body: <c>ids</c> and/or <c>user_ids</c>).</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">Whom to eject.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/eject")]
    Task<JsonElement> EjectAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{name}/get-session-data</c>: the meeting's session data.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Get("/rooms/{roomName}/get-session-data")]
    Task<JsonElement> GetSessionDataAsync(string roomName, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/set-session-data</c>: sets or merges the meeting's session data.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>data</c>, <c>mergeStrategy</c>, …).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/set-session-data")]
    Task<JsonElement> SetSessionDataAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/update-permissions</c>: changes participants' permissions in a running meeting.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>data</c> keyed by session id).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/update-permissions")]
    Task<JsonElement> UpdatePermissionsAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/send-app-message</c>: sends an app message to participants.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>data</c>, <c>recipient</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/send-app-message")]
    Task<JsonElement> SendAppMessageAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/recordings/start</c>: starts a recording of the running meeting (rate limit ~1/s).</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="options">The recording options (layout, size, <c>type</c>…), as Daily documents them.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/recordings/start")]
    Task<JsonElement> StartRecordingAsync(string roomName, [Body] JsonElement options, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/recordings/stop</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/recordings/stop")]
    Task<JsonElement> StopRecordingAsync(string roomName, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/recordings/update</c>: changes a running recording's layout.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="options">The new options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/recordings/update")]
    Task<JsonElement> UpdateRecordingAsync(string roomName, [Body] JsonElement options, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/live-streaming/start</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="options">The live-streaming options (endpoints, layout…).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/live-streaming/start")]
    Task<JsonElement> StartLiveStreamingAsync(string roomName, [Body] JsonElement options, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/live-streaming/stop</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/live-streaming/stop")]
    Task<JsonElement> StopLiveStreamingAsync(string roomName, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/live-streaming/update</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="options">The new options.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/live-streaming/update")]
    Task<JsonElement> UpdateLiveStreamingAsync(string roomName, [Body] JsonElement options, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/transcription/start</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="options">The transcription properties (<c>language</c>, <c>model</c>, <c>tier</c>, <c>profanity_filter</c>, …).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/transcription/start")]
    Task<JsonElement> StartTranscriptionAsync(string roomName, [Body] JsonElement options, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/transcription/stop</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/transcription/stop")]
    Task<JsonElement> StopTranscriptionAsync(string roomName, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/dialOut/start</c>: calls a phone number or SIP URI into the meeting.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="properties">The dial-out properties.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/dialOut/start")]
    Task<JsonElement> StartDialOutAsync(string roomName, [Body] JsonElement properties, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/dialOut/stop</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>sessionId</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/dialOut/stop")]
    Task<JsonElement> StopDialOutAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/dialOut/sendDTMF</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>sessionId</c>, <c>tones</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/dialOut/sendDTMF")]
    Task<JsonElement> SendDialOutDtmfAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/sipCallTransfer</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>sessionId</c>, <c>toEndPoint</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/sipCallTransfer")]
    Task<JsonElement> SipCallTransferAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{name}/sipRefer</c>.</summary>
    /// <param name="roomName">The room name.</param>
    /// <param name="request">The body (<c>sessionId</c>, <c>toEndPoint</c>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Daily's answer.</returns>
    [Post("/rooms/{roomName}/sipRefer")]
    Task<JsonElement> SipReferAsync(string roomName, [Body] JsonElement request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /batch/rooms</c>: creates up to many rooms in one call; if one fails, none is created.</summary>
    /// <param name="request">The rooms.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The rooms created.</returns>
    [Post("/batch/rooms")]
    Task<IList<DailyRoom>> CreateRoomsAsync([Body] BatchCreateRoomsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /batch/rooms</c> with a body: deletes up to 1,000 rooms; if one fails, none is deleted.</summary>
    /// <param name="request">The room names.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>How many were deleted.</returns>
    [Delete("/batch/rooms")]
    Task<BatchDeleteRoomsResult> DeleteRoomsAsync([Body] BatchDeleteRoomsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /presence</c>: who is in every room of the domain now, keyed by room name.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The participants per room.</returns>
    [Get("/presence")]
    Task<IDictionary<string, IList<PresenceParticipant>>> GetPresenceAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /meeting-tokens</c>: signs a meeting token (not stored by Daily).</summary>
    /// <param name="request">The token's properties; set <c>room_name</c> and <c>exp</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token.</returns>
    [Post("/meeting-tokens")]
    Task<MeetingToken> CreateMeetingTokenAsync([Body] MeetingTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meeting-tokens/{token}</c>: validates a token and returns its properties (an invalid or expired one gets 400).</summary>
    /// <param name="meetingToken">The token. It travels in the URL path, where HTTP logs and proxies can see it: validate only tokens you are ready to expose there.</param>
    /// <param name="ignoreNbf"><c>ignoreNbf</c>: accept a token that is not valid yet.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token's properties.</returns>
    [Get("/meeting-tokens/{meetingToken}")]
    Task<MeetingTokenProperties> ValidateMeetingTokenAsync(string meetingToken, [AliasAs("ignoreNbf")] bool? ignoreNbf = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings</c>: past and ongoing meetings (sessions), one page.</summary>
    /// <param name="room">Only this room's meetings.</param>
    /// <param name="timeframeStart"><c>timeframe_start</c>, unix seconds.</param>
    /// <param name="timeframeEnd"><c>timeframe_end</c>, unix seconds.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="startingAfter"><c>starting_after</c>: the id of the last meeting of the previous page.</param>
    /// <param name="endingBefore"><c>ending_before</c>.</param>
    /// <param name="ongoing">Only ongoing (true) or finished (false) meetings.</param>
    /// <param name="noParticipants"><c>no_participants</c>: leave out the participant lists.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/meetings")]
    Task<DailyPage<MeetingSession>> ListMeetingsAsync(
        string? room = null,
        [AliasAs("timeframe_start")] long? timeframeStart = null,
        [AliasAs("timeframe_end")] long? timeframeEnd = null,
        int? limit = null,
        [AliasAs("starting_after")] string? startingAfter = null,
        [AliasAs("ending_before")] string? endingBefore = null,
        bool? ongoing = null,
        [AliasAs("no_participants")] bool? noParticipants = null,
        CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meeting}</c>: one meeting session.</summary>
    /// <param name="meetingId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The meeting.</returns>
    [Get("/meetings/{meetingId}")]
    Task<MeetingSession> GetMeetingAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meeting}/participants</c>: a meeting's participants, one page (Daily answers 404 once none remain after <paramref name="joinedAfter"/>).</summary>
    /// <param name="meetingId">The session id.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="joinedAfter"><c>joined_after</c>: a <c>participant_id</c>.</param>
    /// <param name="joinedBefore"><c>joined_before</c>: a <c>participant_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/meetings/{meetingId}/participants")]
    Task<DailyPage<MeetingParticipant>> ListMeetingParticipantsAsync(string meetingId, int? limit = null, [AliasAs("joined_after")] string? joinedAfter = null, [AliasAs("joined_before")] string? joinedBefore = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings</c>: recordings, newest first, one page (rate limit ~2/s).</summary>
    /// <param name="roomName"><c>room_name</c>: only this room's recordings.</param>
    /// <param name="limit">The page size, at most 100.</param>
    /// <param name="startingAfter"><c>starting_after</c>: the id of the last recording of the previous page.</param>
    /// <param name="endingBefore"><c>ending_before</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/recordings")]
    Task<DailyPage<Recording>> ListRecordingsAsync([AliasAs("room_name")] string? roomName = null, int? limit = null, [AliasAs("starting_after")] string? startingAfter = null, [AliasAs("ending_before")] string? endingBefore = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings/{id}</c>.</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recording.</returns>
    [Get("/recordings/{recordingId}")]
    Task<Recording> GetRecordingAsync(string recordingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings/{id}/access-link</c>: a signed download link.</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="validForSeconds"><c>valid_for_secs</c>: default 3,600; for your own buckets 900 to 43,200.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link; check <see cref="RecordingAccessLink.DownloadUri"/>.</returns>
    [Get("/recordings/{recordingId}/access-link")]
    Task<RecordingAccessLink> GetRecordingAccessLinkAsync(string recordingId, [AliasAs("valid_for_secs")] int? validForSeconds = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /recordings/{id}</c> (for your own bucket, only Daily's reference is deleted).</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"deleted": true, "id": …}</c>.</returns>
    [Delete("/recordings/{recordingId}")]
    Task<DailyDeleteResult> DeleteRecordingAsync(string recordingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /transcript</c>: transcripts (beta), one page.</summary>
    /// <param name="roomId"><c>roomId</c>: only this room's (its UUID, <see cref="DailyRoom.Id"/>).</param>
    /// <param name="meetingSessionId"><c>mtgSessionId</c>: only this session's.</param>
    /// <param name="limit">The page size.</param>
    /// <param name="startingAfter"><c>starting_after</c>.</param>
    /// <param name="endingBefore"><c>ending_before</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/transcript")]
    Task<DailyPage<Transcript>> ListTranscriptsAsync([AliasAs("roomId")] string? roomId = null, [AliasAs("mtgSessionId")] string? meetingSessionId = null, int? limit = null, [AliasAs("starting_after")] string? startingAfter = null, [AliasAs("ending_before")] string? endingBefore = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /transcript/{id}</c>.</summary>
    /// <param name="transcriptId">The transcript id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The transcript.</returns>
    [Get("/transcript/{transcriptId}")]
    Task<Transcript> GetTranscriptAsync(string transcriptId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /transcript/{id}/access-link</c>: a <c>.vtt</c> link valid for an hour.</summary>
    /// <param name="transcriptId">The transcript id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The link; check <see cref="TranscriptAccessLink.LinkUri"/>.</returns>
    [Get("/transcript/{transcriptId}/access-link")]
    Task<TranscriptAccessLink> GetTranscriptAccessLinkAsync(string transcriptId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /transcript/{id}</c>.</summary>
    /// <param name="transcriptId">The transcript id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The deleted transcript.</returns>
    [Delete("/transcript/{transcriptId}")]
    Task<Transcript> DeleteTranscriptAsync(string transcriptId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /webhooks</c>: creates the domain's webhook. Daily first posts a verification request to the URL and answers 400 unless it gets 200 quickly (see <see cref="DailyWebhookParser.IsVerificationRequest"/>).</summary>
    /// <param name="request">The webhook.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook, with its <c>hmac</c>.</returns>
    [Post("/webhooks")]
    Task<Webhook> CreateWebhookAsync([Body] WebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /webhooks</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhooks.</returns>
    [Get("/webhooks")]
    Task<IList<Webhook>> ListWebhooksAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /webhooks/{uuid}</c>.</summary>
    /// <param name="webhookId">The webhook's uuid.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook.</returns>
    [Get("/webhooks/{webhookId}")]
    Task<Webhook> GetWebhookAsync(string webhookId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /webhooks/{uuid}</c>: updates the webhook and re-activates a <c>FAILED</c> one (Daily verifies the URL again).</summary>
    /// <param name="webhookId">The webhook's uuid.</param>
    /// <param name="request">What to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The webhook.</returns>
    [Post("/webhooks/{webhookId}")]
    Task<Webhook> UpdateWebhookAsync(string webhookId, [Body] WebhookRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /webhooks/{uuid}</c>.</summary>
    /// <param name="webhookId">The webhook's uuid.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/webhooks/{webhookId}")]
    Task DeleteWebhookAsync(string webhookId, CancellationToken cancellationToken = default);
}
