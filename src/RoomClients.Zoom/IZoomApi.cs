using Refit;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>
/// The Zoom REST API v2, one method per operation: every meeting operation of Zoom's OpenAPI file (meetings,
/// registrants, polls, live stream, invitation, templates, past meetings) and the cloud recordings of a meeting. Resolve
/// it from DI after <c>AddZoom()</c> (keyed by the registration name): requests carry a Server-to-Server OAuth token that
/// the SDK fetches, caches and renews. Failures throw the <see cref="RoomServiceException"/> family.
/// </summary>
/// <remarks>
/// <para><c>meetingId</c> is the meeting number (<see cref="ZoomMeeting.Id"/>, an int64) written in digits. Where Zoom
/// also accepts an instance UUID (past meetings, recordings), a UUID that starts with <c>/</c> or contains <c>//</c>
/// must be double-encoded: pass <see cref="ZoomMeetingUuid.ForPath"/> of it.</para>
/// <para><c>userId</c> is a Zoom user id or email, or <c>me</c>.</para>
/// </remarks>
public interface IZoomApi
{
    /// <summary><c>GET /users/{userId}/meetings</c>: one page of a host's meetings (instant meetings are not listed).</summary>
    /// <param name="userId">The host.</param>
    /// <param name="type"><c>scheduled</c> (unexpired meetings, live and upcoming), <c>live</c> or <c>upcoming</c>; Zoom's default is <c>live</c>.</param>
    /// <param name="pageSize">The page size, 1 to 300 (default 30).</param>
    /// <param name="nextPageToken">The previous page's <see cref="ZoomMeetingPage.NextPageToken"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/users/{userId}/meetings")]
    Task<ZoomMeetingPage> ListMeetingsAsync(string userId, string? type = null, [AliasAs("page_size")] int? pageSize = null, [AliasAs("next_page_token")] string? nextPageToken = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/{userId}/meetings</c>: creates a meeting (at most 100 creates and updates per host per day).</summary>
    /// <param name="userId">The host.</param>
    /// <param name="request">The meeting.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The meeting, with its join and start URLs.</returns>
    [Post("/users/{userId}/meetings")]
    Task<ZoomMeeting> CreateMeetingAsync(string userId, [Body] ZoomMeetingRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}</c>: the meeting, with a fresh <see cref="ZoomMeeting.StartUrl"/>.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="occurrenceId">One occurrence of a recurring meeting.</param>
    /// <param name="showPreviousOccurrences">Whether to include past occurrences.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The meeting.</returns>
    [Get("/meetings/{meetingId}")]
    Task<ZoomMeeting> GetMeetingAsync(string meetingId, [AliasAs("occurrence_id")] string? occurrenceId = null, [AliasAs("show_previous_occurrences")] bool? showPreviousOccurrences = null, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /meetings/{meetingId}</c>: changes what <paramref name="request"/> sets (204, no body; counts toward the daily limit).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The changes.</param>
    /// <param name="occurrenceId">Changes only this occurrence (agenda, start, duration and some settings).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Patch("/meetings/{meetingId}")]
    Task UpdateMeetingAsync(string meetingId, [Body] ZoomMeetingRequest request, [AliasAs("occurrence_id")] string? occurrenceId = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetings/{meetingId}</c>: deletes the meeting (Zoom refuses a meeting in progress, code 3002).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="occurrenceId">Deletes only this occurrence.</param>
    /// <param name="scheduleForReminder">Whether to email the host and alternative hosts.</param>
    /// <param name="cancelMeetingReminder">Whether to email registrants about the cancellation.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetings/{meetingId}")]
    Task DeleteMeetingAsync(string meetingId, [AliasAs("occurrence_id")] string? occurrenceId = null, [AliasAs("schedule_for_reminder")] bool? scheduleForReminder = null, [AliasAs("cancel_meeting_reminder")] bool? cancelMeetingReminder = null, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /meetings/{meetingId}/status</c>: ends a live meeting (<c>end</c>) or restores a deleted one (<c>recover</c>).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The action.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/meetings/{meetingId}/status")]
    Task UpdateMeetingStatusAsync(string meetingId, [Body] ZoomMeetingStatusRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/invitation</c>: the invitation text.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The invitation.</returns>
    [Get("/meetings/{meetingId}/invitation")]
    Task<ZoomMeetingInvitation> GetMeetingInvitationAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/livestream</c>: the live stream settings.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The live stream.</returns>
    [Get("/meetings/{meetingId}/livestream")]
    Task<ZoomLiveStreamSettings> GetLiveStreamAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /meetings/{meetingId}/livestream</c>: sets the live stream (204).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The stream URL, key and page.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Patch("/meetings/{meetingId}/livestream")]
    Task UpdateLiveStreamAsync(string meetingId, [Body] ZoomLiveStreamSettings request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{userId}/meeting_templates</c>: the templates a host can create meetings from.</summary>
    /// <param name="userId">The host.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    [Get("/users/{userId}/meeting_templates")]
    Task<ZoomMeetingTemplates> ListMeetingTemplatesAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/registrants</c>: one page of registrants.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="occurrenceId">One occurrence.</param>
    /// <param name="status"><c>pending</c>, <c>approved</c> (Zoom's default) or <c>denied</c>.</param>
    /// <param name="pageSize">The page size, at most 300.</param>
    /// <param name="nextPageToken">The previous page's token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/meetings/{meetingId}/registrants")]
    Task<ZoomRegistrantPage> ListRegistrantsAsync(string meetingId, [AliasAs("occurrence_id")] string? occurrenceId = null, string? status = null, [AliasAs("page_size")] int? pageSize = null, [AliasAs("next_page_token")] string? nextPageToken = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /meetings/{meetingId}/registrants</c>: registers a participant.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The registrant.</param>
    /// <param name="occurrenceIds">Occurrences to register for, comma-separated.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The registrant's id and join URL.</returns>
    [Post("/meetings/{meetingId}/registrants")]
    Task<ZoomRegistrantCreated> AddRegistrantAsync(string meetingId, [Body] ZoomRegistrantRequest request, [AliasAs("occurrence_ids")] string? occurrenceIds = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/registrants/questions</c>: the registration questions.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The questions.</returns>
    [Get("/meetings/{meetingId}/registrants/questions")]
    Task<ZoomRegistrantQuestions> GetRegistrantQuestionsAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /meetings/{meetingId}/registrants/questions</c>: sets the registration questions (204).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The questions.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Patch("/meetings/{meetingId}/registrants/questions")]
    Task UpdateRegistrantQuestionsAsync(string meetingId, [Body] ZoomRegistrantQuestions request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /meetings/{meetingId}/registrants/status</c>: approves, denies or cancels registrants (204).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The action and registrants.</param>
    /// <param name="occurrenceId">One occurrence.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/meetings/{meetingId}/registrants/status")]
    Task UpdateRegistrantStatusAsync(string meetingId, [Body] ZoomRegistrantStatusRequest request, [AliasAs("occurrence_id")] string? occurrenceId = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetings/{meetingId}/registrants/{registrantId}</c>: removes a registrant (204).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="registrantId">The registrant id.</param>
    /// <param name="occurrenceId">One occurrence.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetings/{meetingId}/registrants/{registrantId}")]
    Task DeleteRegistrantAsync(string meetingId, string registrantId, [AliasAs("occurrence_id")] string? occurrenceId = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/polls</c>: the meeting's polls.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The polls.</returns>
    [Get("/meetings/{meetingId}/polls")]
    Task<ZoomPollList> ListPollsAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /meetings/{meetingId}/polls</c>: creates a poll (scheduled meetings, Pro plan or higher).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The poll.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The poll.</returns>
    [Post("/meetings/{meetingId}/polls")]
    Task<ZoomPoll> CreatePollAsync(string meetingId, [Body] ZoomPollRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/polls/{pollId}</c>.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="pollId">The poll id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The poll.</returns>
    [Get("/meetings/{meetingId}/polls/{pollId}")]
    Task<ZoomPoll> GetPollAsync(string meetingId, string pollId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /meetings/{meetingId}/polls/{pollId}</c>: replaces a poll (204).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="pollId">The poll id.</param>
    /// <param name="request">The poll.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/meetings/{meetingId}/polls/{pollId}")]
    Task UpdatePollAsync(string meetingId, string pollId, [Body] ZoomPollRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetings/{meetingId}/polls/{pollId}</c> (204).</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="pollId">The poll id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetings/{meetingId}/polls/{pollId}")]
    Task DeletePollAsync(string meetingId, string pollId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /meetings/{meetingId}/batch_polls</c>: creates several polls at once.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="request">The polls.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The polls created.</returns>
    [Post("/meetings/{meetingId}/batch_polls")]
    Task<ZoomPollList> CreateBatchPollsAsync(string meetingId, [Body] ZoomBatchPollsRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /past_meetings/{meetingId}/instances</c>: the ended instances of a meeting.</summary>
    /// <param name="meetingId">The meeting ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instances (UUID and start).</returns>
    [Get("/past_meetings/{meetingId}/instances")]
    Task<ZoomPastMeetingInstances> ListPastMeetingInstancesAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /past_meetings/{meetingUuid}</c>: an ended instance's details.</summary>
    /// <param name="meetingUuid">The instance UUID (see <see cref="ZoomMeetingUuid.ForPath"/>) or the meeting ID (its last instance).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The instance.</returns>
    [Get("/past_meetings/{meetingUuid}")]
    Task<ZoomPastMeeting> GetPastMeetingAsync(string meetingUuid, CancellationToken cancellationToken = default);

    /// <summary><c>GET /past_meetings/{meetingUuid}/participants</c>: one page of an ended instance's participants.</summary>
    /// <param name="meetingUuid">The instance UUID (see <see cref="ZoomMeetingUuid.ForPath"/>) or the meeting ID.</param>
    /// <param name="pageSize">The page size, at most 300.</param>
    /// <param name="nextPageToken">The previous page's token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/past_meetings/{meetingUuid}/participants")]
    Task<ZoomPastMeetingParticipantPage> ListPastMeetingParticipantsAsync(string meetingUuid, [AliasAs("page_size")] int? pageSize = null, [AliasAs("next_page_token")] string? nextPageToken = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /past_meetings/{meetingId}/polls</c>: the poll answers of an ended meeting.</summary>
    /// <param name="meetingId">The meeting ID or an instance UUID (see <see cref="ZoomMeetingUuid.ForPath"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answers.</returns>
    [Get("/past_meetings/{meetingId}/polls")]
    Task<ZoomPastMeetingPolls> ListPastMeetingPollsAsync(string meetingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetings/{meetingId}/recordings</c>: the cloud recordings of a meeting's last instance, or of one instance by UUID.</summary>
    /// <param name="meetingId">The meeting ID or an instance UUID (see <see cref="ZoomMeetingUuid.ForPath"/>).</param>
    /// <param name="includeFields"><c>download_access_token</c> to receive a token for downloading the files.</param>
    /// <param name="ttl">The download token's lifetime in seconds (1 to 604800).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recordings.</returns>
    [Get("/meetings/{meetingId}/recordings")]
    Task<ZoomMeetingRecordings> GetMeetingRecordingsAsync(string meetingId, [AliasAs("include_fields")] string? includeFields = null, int? ttl = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetings/{meetingId}/recordings</c>: deletes all the recording files of a meeting.</summary>
    /// <param name="meetingId">The meeting ID or an instance UUID (see <see cref="ZoomMeetingUuid.ForPath"/>).</param>
    /// <param name="action"><c>trash</c> (Zoom's default: recoverable for 30 days) or <c>delete</c> (permanent).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetings/{meetingId}/recordings")]
    Task DeleteMeetingRecordingsAsync(string meetingId, string? action = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetings/{meetingId}/recordings/{recordingId}</c>: deletes one recording file.</summary>
    /// <param name="meetingId">The meeting ID or an instance UUID (see <see cref="ZoomMeetingUuid.ForPath"/>).</param>
    /// <param name="recordingId">The file's <see cref="ZoomRecordingFile.Id"/>.</param>
    /// <param name="action"><c>trash</c> (default) or <c>delete</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetings/{meetingId}/recordings/{recordingId}")]
    Task DeleteRecordingFileAsync(string meetingId, string recordingId, string? action = null, CancellationToken cancellationToken = default);
}
