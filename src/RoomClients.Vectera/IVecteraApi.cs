using Refit;
using RoomClients.Vectera.Models;

namespace RoomClients.Vectera;

/// <summary>
/// The Vectera REST API v2, one method per documented operation. Resolve it from DI after <c>AddVectera()</c> (keyed by
/// the registration name). Every request carries <c>Authorization: Token …</c>; failures throw the
/// <see cref="RoomServiceException"/> family. Paths are relative to <see cref="VecteraOptions.BaseAddress"/>.
/// </summary>
/// <remarks>
/// List methods return one page (a bare JSON array). <c>filter</c> takes a <see cref="VecteraFilter"/> expression and
/// <c>orderBy</c> a comma list where <c>-field</c> sorts descending; <see cref="VecteraApiExtensions"/> pages lazily
/// with typed <see cref="VecteraListOptions"/>. Wherever a user id is taken, <c>me</c> means the token's user.
/// </remarks>
public interface IVecteraApi
{
    /// <summary><c>GET /meetingRooms</c>: one page of meeting rooms.</summary>
    /// <param name="page">The 1-based page.</param>
    /// <param name="perPage">The page size.</param>
    /// <param name="search">A plain-text search.</param>
    /// <param name="filter">A filter expression, such as <c>isTrashed = false</c>.</param>
    /// <param name="orderBy">Sort keys, such as <c>-dateCreated,key</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/meetingRooms")]
    Task<IList<MeetingRoom>> ListMeetingRoomsAsync(int? page = null, int? perPage = null, string? search = null, string? filter = null, string? orderBy = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /meetingRooms</c>: creates a meeting room, from a template when <see cref="CreateMeetingRoomRequest.TemplateId"/> is set.</summary>
    /// <param name="request">The room.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room, with its guest <c>url</c>.</returns>
    [Post("/meetingRooms")]
    Task<MeetingRoom> CreateMeetingRoomAsync([Body] CreateMeetingRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetingRooms/{id}</c>.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Get("/meetingRooms/{id}")]
    Task<MeetingRoom> GetMeetingRoomAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /meetingRooms/{id}</c>: changes the fields that are set.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Patch("/meetingRooms/{id}")]
    Task<MeetingRoom> UpdateMeetingRoomAsync(string id, [Body] UpdateMeetingRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /meetingRooms/{id}</c>: the full-update form of <see cref="UpdateMeetingRoomAsync"/>, for accounts where PATCH is refused.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="request">The room's fields.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Put("/meetingRooms/{id}")]
    Task<MeetingRoom> ReplaceMeetingRoomAsync(string id, [Body] UpdateMeetingRoomRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /meetingRooms/{id}</c>.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/meetingRooms/{id}")]
    Task DeleteMeetingRoomAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetingRooms?include=</c>: one page of meeting rooms with related data expanded.</summary>
    /// <param name="include">The related data to expand, a comma list (values are not documented).</param>
    /// <param name="page">The 1-based page.</param>
    /// <param name="perPage">The page size.</param>
    /// <param name="search">A plain-text search.</param>
    /// <param name="filter">A filter expression.</param>
    /// <param name="orderBy">Sort keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/meetingRooms")]
    Task<IList<MeetingRoom>> ListMeetingRoomsAsync(string include, int? page = null, int? perPage = null, string? search = null, string? filter = null, string? orderBy = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /meetingRooms?include=</c>: creates a meeting room and answers with related data expanded.</summary>
    /// <param name="request">The room.</param>
    /// <param name="include">The related data to expand, a comma list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Post("/meetingRooms")]
    Task<MeetingRoom> CreateMeetingRoomAsync([Body] CreateMeetingRoomRequest request, string include, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetingRooms/{id}?include=</c>: one room with related data expanded.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="include">The related data to expand, a comma list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Get("/meetingRooms/{id}")]
    Task<MeetingRoom> GetMeetingRoomAsync(string id, string include, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /meetingRooms/{id}/reset</c>: resets a room (clears what was left in it; the v1 reference's <c>/meetings/{id}/reset/</c>).</summary>
    /// <param name="id">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The room.</returns>
    [Patch("/meetingRooms/{id}/reset")]
    Task<MeetingRoom> ResetMeetingRoomAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetingRooms/{id}/settings</c>: the room's settings.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings.</returns>
    [Get("/meetingRooms/{id}/settings")]
    Task<MeetingRoomSettings> GetMeetingRoomSettingsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /meetingRooms/{id}/settings</c>: replaces the room's settings.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The settings now in force.</returns>
    [Put("/meetingRooms/{id}/settings")]
    Task<MeetingRoomSettings> UpdateMeetingRoomSettingsAsync(string id, [Body] MeetingRoomSettings settings, CancellationToken cancellationToken = default);

    /// <summary><c>POST /permissions</c>: an access key to a meeting room for a guest (by e-mail) or a user.</summary>
    /// <param name="request">The permission.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The permission with its access key.</returns>
    [Post("/permissions")]
    Task<MeetingRoomAccessKey> CreatePermissionAsync([Body] CreatePermissionRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>OPTIONS /meetingRooms</c>: the fields <c>POST /meetingRooms</c> accepts.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint's description.</returns>
    [Options("/meetingRooms")]
    Task<EndpointDescription> DescribeMeetingRoomsAsync(CancellationToken cancellationToken = default);

    /// <summary><c>OPTIONS /meetingRooms/{id}</c>: the fields an update accepts.</summary>
    /// <param name="id">The room id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint's description.</returns>
    [Options("/meetingRooms/{id}")]
    Task<EndpointDescription> DescribeMeetingRoomAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{userId}/meetingRoomTemplates</c>: one person's templates.</summary>
    /// <param name="userId">The user id, or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    [Get("/users/{userId}/meetingRoomTemplates")]
    Task<IList<MeetingRoomTemplate>> ListUserTemplatesAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /organizations/{organizationId}/meetingRoomTemplates</c>: the organization's templates.</summary>
    /// <param name="organizationId">The organization id (see <see cref="VecteraUser.OrganizationId"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The templates.</returns>
    [Get("/organizations/{organizationId}/meetingRoomTemplates")]
    Task<IList<MeetingRoomTemplate>> ListOrganizationTemplatesAsync(string organizationId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /meetingRoomTemplates/{id}</c>.</summary>
    /// <param name="id">The template id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    [Get("/meetingRoomTemplates/{id}")]
    Task<MeetingRoomTemplate> GetTemplateAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>POST /meetingRoomTemplates</c>: creates an empty template (<c>name</c> only), or saves a meeting room
    /// as a template when <see cref="CreateMeetingRoomTemplateRequest.SourceMeetingId"/> is set.</summary>
    /// <param name="request">The template.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The template.</returns>
    [Post("/meetingRoomTemplates")]
    Task<MeetingRoomTemplate> CreateTemplateAsync([Body] CreateMeetingRoomTemplateRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>OPTIONS /meetingRoomTemplates</c>: the fields template creation accepts.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint's description.</returns>
    [Options("/meetingRoomTemplates")]
    Task<EndpointDescription> DescribeTemplatesAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /users</c>: one page of team members.</summary>
    /// <param name="page">The 1-based page.</param>
    /// <param name="perPage">The page size.</param>
    /// <param name="search">A plain-text search.</param>
    /// <param name="filter">A filter expression, such as <c>dateJoined &gt; 2021-01-01T00:00</c>.</param>
    /// <param name="orderBy">Sort keys.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/users")]
    Task<IList<VecteraUser>> ListUsersAsync(int? page = null, int? perPage = null, string? search = null, string? filter = null, string? orderBy = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/me</c>: the token's user, with its <c>organizationId</c>.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    [Get("/users/me")]
    Task<VecteraUser> GetCurrentUserAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/{id}</c>.</summary>
    /// <param name="id">The user id, or <c>me</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    [Get("/users/{id}")]
    Task<VecteraUser> GetUserAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>POST /users</c>: adds a team member (needs a team admin's token).</summary>
    /// <param name="request">The user.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    [Post("/users")]
    Task<VecteraUser> CreateUserAsync([Body] CreateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /users/{id}</c>: changes the fields that are set.</summary>
    /// <param name="id">The user id, or <c>me</c>.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    [Patch("/users/{id}")]
    Task<VecteraUser> UpdateUserAsync(string id, [Body] UpdateUserRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /users/{id}</c>.</summary>
    /// <param name="id">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/users/{id}")]
    Task DeleteUserAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>POST /users/{id}/loginTokens</c> (empty body): a one-time URL that logs the user straight into Vectera without a password.</summary>
    /// <param name="id">The user id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The login token with its URL.</returns>
    [Post("/users/{id}/loginTokens")]
    Task<LoginToken> CreateLoginTokenAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>OPTIONS /users</c>: the fields user creation accepts.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The endpoint's description.</returns>
    [Options("/users")]
    Task<EndpointDescription> DescribeUsersAsync(CancellationToken cancellationToken = default);

    /// <summary><c>GET /users/me?include=</c>: the token's user with related data expanded.</summary>
    /// <param name="include">The related data to expand, a comma list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The user.</returns>
    [Get("/users/me")]
    Task<VecteraUser> GetCurrentUserAsync(string include, CancellationToken cancellationToken = default);

    /// <summary><c>POST /organizations</c>: creates an organization.</summary>
    /// <param name="request">The organization.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organization.</returns>
    [Post("/organizations")]
    Task<VecteraOrganization> CreateOrganizationAsync([Body] CreateOrganizationRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /organizations/{id}</c>.</summary>
    /// <param name="id">The organization id (see <see cref="VecteraUser.OrganizationId"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organization.</returns>
    [Get("/organizations/{id}")]
    Task<VecteraOrganization> GetOrganizationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /organizations/{id}</c>: changes the fields that are set.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The organization.</returns>
    [Patch("/organizations/{id}")]
    Task<VecteraOrganization> UpdateOrganizationAsync(string id, [Body] UpdateOrganizationRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /organizations/{id}</c>: deletes the organization; its members are not deleted.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task.</returns>
    [Delete("/organizations/{id}")]
    Task DeleteOrganizationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>GET /organizations/{id}/members</c>: one page of the organization's members.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="page">The 1-based page.</param>
    /// <param name="perPage">The page size.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The page.</returns>
    [Get("/organizations/{id}/members")]
    Task<IList<VecteraUser>> ListOrganizationMembersAsync(string id, int? page = null, int? perPage = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /organizations/{id}/subscription</c>: the organization's subscription.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription.</returns>
    [Get("/organizations/{id}/subscription")]
    Task<VecteraSubscription> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary><c>PATCH /organizations/{id}/subscription</c>: changes the subscription's fields that are set.</summary>
    /// <param name="id">The organization id.</param>
    /// <param name="request">The changes.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The subscription.</returns>
    [Patch("/organizations/{id}/subscription")]
    Task<VecteraSubscription> UpdateSubscriptionAsync(string id, [Body] UpdateSubscriptionRequest request, CancellationToken cancellationToken = default);
}
