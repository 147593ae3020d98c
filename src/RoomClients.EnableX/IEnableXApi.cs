using Refit;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX;

/// <summary>
/// The EnableX Video API (server API), one method per documented endpoint, relative to
/// <see cref="EnableXOptions.ApiBaseAddress"/> (such as <c>https://api.enablex.io/video/v2/</c>). Resolve it from DI after
/// <c>AddEnableX()</c> (keyed by the registration name). Every answer is checked: <c>result ≠ 0</c> throws the
/// <see cref="RoomServiceException"/> family even when the HTTP status is 200, so a returned envelope always means success.
/// </summary>
public interface IEnableXApi
{
    /// <summary><c>POST /rooms</c>: creates a permanent, scheduled or ad-hoc room.</summary>
    /// <param name="request">The room.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0,"room":{…}}</c>.</returns>
    [Post("/rooms")]
    Task<EnableXRoomResponse> CreateRoomAsync([Body] EnableXCreateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms</c>: every room of the app (not paged).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0,"rooms":[…]}</c>.</returns>
    [Get("/rooms")]
    Task<EnableXRoomListResponse> ListRoomsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{room_id}</c>.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0,"room":{…}}</c>.</returns>
    [Get("/rooms/{roomId}")]
    Task<EnableXRoomResponse> GetRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /rooms/{room_id}</c>: changes updatable keys, for later sessions.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="request">The keys to change.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0}</c>.</returns>
    [Patch("/rooms/{roomId}")]
    Task<EnableXResult> UpdateRoomAsync(string roomId, [Body] EnableXUpdateRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /rooms/{room_id}</c>: only when no session is running.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0}</c>.</returns>
    [Delete("/rooms/{roomId}")]
    Task<EnableXResult> DeleteRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /rooms/{room_id}/users</c>: users connected to the live session.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0,"total":n,"users":[…]}</c>.</returns>
    [Get("/rooms/{roomId}/users")]
    Task<EnableXUserListResponse> ListRoomUsersAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>POST /rooms/{room_id}/tokens</c>: a single-use join token (use within 15 minutes).</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="request">Name, role and user reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>{"result":0,"token":"…"}</c>.</returns>
    [Post("/rooms/{roomId}/tokens")]
    Task<EnableXTokenResponse> CreateTokenAsync(string roomId, [Body] EnableXCreateTokenRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /cdr/period/{from}/{to}</c>: call detail records for a date range (dates <c>YYYY-MM-DD</c>, UTC).</summary>
    /// <param name="fromDate">The first day.</param>
    /// <param name="toDate">The last day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    [Get("/cdr/period/{fromDate}/{toDate}")]
    Task<EnableXCdrResponse> GetCdrByPeriodAsync(string fromDate, string toDate, CancellationToken cancellationToken = default);

    /// <summary><c>GET /cdr/room/{room_id}</c>.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    [Get("/cdr/room/{roomId}")]
    Task<EnableXCdrResponse> GetCdrByRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /cdr/room-period/{room_id}/{from}/{to}</c>.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="fromDate">The first day (<c>YYYY-MM-DD</c>).</param>
    /// <param name="toDate">The last day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    [Get("/cdr/room-period/{roomId}/{fromDate}/{toDate}")]
    Task<EnableXCdrResponse> GetCdrByRoomAndPeriodAsync(string roomId, string fromDate, string toDate, CancellationToken cancellationToken = default);

    /// <summary><c>GET /cdr/conf/{conf_num}</c>: one session.</summary>
    /// <param name="confNum">The conference number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records.</returns>
    [Get("/cdr/conf/{confNum}")]
    Task<EnableXCdrResponse> GetCdrByConferenceAsync(string confNum, CancellationToken cancellationToken = default);

    /// <summary><c>GET /archive/period/{from}/{to}</c>: recordings for a date range.</summary>
    /// <param name="fromDate">The first day (<c>YYYY-MM-DD</c>).</param>
    /// <param name="toDate">The last day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The archive records.</returns>
    [Get("/archive/period/{fromDate}/{toDate}")]
    Task<EnableXArchiveResponse> GetArchiveByPeriodAsync(string fromDate, string toDate, CancellationToken cancellationToken = default);

    /// <summary><c>GET /archive/room/{room_id}</c>.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The archive records.</returns>
    [Get("/archive/room/{roomId}")]
    Task<EnableXArchiveResponse> GetArchiveByRoomAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /archive/room-period/{room_id}/{from}/{to}</c>.</summary>
    /// <param name="roomId">The room id.</param>
    /// <param name="fromDate">The first day (<c>YYYY-MM-DD</c>).</param>
    /// <param name="toDate">The last day.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The archive records.</returns>
    [Get("/archive/room-period/{roomId}/{fromDate}/{toDate}")]
    Task<EnableXArchiveResponse> GetArchiveByRoomAndPeriodAsync(string roomId, string fromDate, string toDate, CancellationToken cancellationToken = default);

    /// <summary><c>GET /archive/conf/{conf_num}</c>: one session's recordings.</summary>
    /// <param name="confNum">The conference number.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The archive records.</returns>
    [Get("/archive/conf/{confNum}")]
    Task<EnableXArchiveResponse> GetArchiveByConferenceAsync(string confNum, CancellationToken cancellationToken = default);

    /// <summary><c>GET /dialin/</c>: the account's dial-in phone numbers and SIP configuration.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The numbers.</returns>
    [Get("/dialin/")]
    Task<EnableXDialInResponse> GetDialInNumbersAsync(CancellationToken cancellationToken = default);
}
