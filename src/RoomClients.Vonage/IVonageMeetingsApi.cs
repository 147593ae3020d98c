using Refit;
using RoomClients.Vonage.Models;

namespace RoomClients.Vonage;

/// <summary>
/// The Vonage Meetings API v1 (<c>https://api-eu.vonage.com/v1/meetings</c>), one method per operation of the v1 spec plus
/// the room deletion of the older guide. Resolve it from DI after <c>AddVonage()</c> (keyed by the registration name);
/// every call carries a cached application JWT. Failures throw the <see cref="RoomServiceException"/> family.
/// </summary>
/// <remarks>The logo upload's middle step (the storage POST) is not a Vonage endpoint: use <see cref="VonageThemeLogoUploader"/>.</remarks>
public interface IVonageMeetingsApi
{
    /// <summary><c>GET /rooms</c>: one page of the application's rooms.</summary>
    /// <param name="startId">The serial number (not the UUID) to start from, from <c>_links.next</c>.</param>
    /// <param name="endId">The serial number to stop before.</param>
    /// <param name="pageSize">The page size (default 20).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/rooms")]
    Task<RoomsPage> ListRoomsAsync([AliasAs("start_id")] long? startId = null, [AliasAs("end_id")] long? endId = null, [AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms</c>: creates an instant or long-term room (at most 1000 per application; 403 beyond).</summary>
    /// <param name="request">The room.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created room.</returns>
    [Post("/rooms")]
    Task<VonageRoom> CreateRoomAsync([Body] CreateVonageRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{roomId}</c>.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Get("/rooms/{roomId}")]
    Task<VonageRoom> GetRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /rooms/{roomId}</c>: changes a room (404 once it has expired).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated room.</returns>
    [Patch("/rooms/{roomId}")]
    Task<VonageRoom> UpdateRoomAsync(string roomId, [Body] UpdateVonageRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /rooms/{roomId}</c> (204): documented by the Meetings guide, removed from the v1 spec; servers without it answer 404 or 405.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/rooms/{roomId}")]
    Task DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /recordings/{recordingId}</c>.</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recording.</returns>
    [Get("/recordings/{recordingId}")]
    Task<VonageRecording> GetRecordingAsync(string recordingId, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /recordings/{recordingId}</c> (204); only <c>uploaded</c> recordings can be deleted.</summary>
    /// <param name="recordingId">The recording id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/recordings/{recordingId}")]
    Task DeleteRecordingAsync(string recordingId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /sessions/{sessionId}/recordings</c>: the recordings of a session (the id comes from callbacks).</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The recordings.</returns>
    [Get("/sessions/{sessionId}/recordings")]
    Task<SessionRecordings> ListSessionRecordingsAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /dial-in-numbers</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The numbers.</returns>
    [Get("/dial-in-numbers")]
    Task<IList<DialInNumber>> ListDialInNumbersAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /themes</c>: the application's themes.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The themes.</returns>
    [Get("/themes")]
    Task<IList<VonageTheme>> ListThemesAsync(CancellationToken cancellationToken = default);

    /// <summary><c>POST /themes</c>: creates a theme (<c>main_color</c> and <c>brand_text</c> required; 409 when the name or short URL exists).</summary>
    /// <param name="request">The theme.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The created theme.</returns>
    [Post("/themes")]
    Task<VonageTheme> CreateThemeAsync([Body] CreateThemeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /themes/{themeId}</c>.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The theme.</returns>
    [Get("/themes/{themeId}")]
    Task<VonageTheme> GetThemeAsync(string themeId, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /themes/{themeId}</c>.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The updated theme.</returns>
    [Patch("/themes/{themeId}")]
    Task<VonageTheme> UpdateThemeAsync(string themeId, [Body] UpdateThemeRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /themes/{themeId}?force=</c>: with <paramref name="force"/>, also when rooms use it or it is the default (else 400).</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="force">Deletes a theme in use.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/themes/{themeId}")]
    Task DeleteThemeAsync(string themeId, bool? force = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /themes/{themeId}/rooms</c>: one page of the rooms that use a theme.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="startId">The serial number to start from.</param>
    /// <param name="endId">The serial number to stop before.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/themes/{themeId}/rooms")]
    Task<RoomsPage> ListThemeRoomsAsync(string themeId, [AliasAs("start_id")] long? startId = null, [AliasAs("end_id")] long? endId = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /themes/logos-upload-urls</c>: step 1 of a logo upload, one pre-signed form per logo type.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The forms.</returns>
    [Get("/themes/logos-upload-urls")]
    Task<IList<LogoUploadUrl>> GetLogoUploadUrlsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>PUT /themes/{themeId}/finalizeLogos</c>: step 3 of a logo upload, makes the uploaded keys permanent.</summary>
    /// <param name="themeId">The theme id.</param>
    /// <param name="request">The keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Put("/themes/{themeId}/finalizeLogos")]
    Task FinalizeLogosAsync(string themeId, [Body] FinalizeLogosRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /applications</c>: sets the application's default theme.</summary>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The application.</returns>
    [Patch("/applications")]
    Task<VonageApplication> UpdateApplicationAsync([Body] UpdateApplicationRequest request, CancellationToken cancellationToken = default);
}
