using Refit;
using RoomClients.Zoom.Models;

namespace RoomClients.Zoom;

/// <summary>Zoom's OAuth token endpoint (<c>https://zoom.us/oauth/token</c>), used only by <see cref="ZoomTokenProvider"/>.</summary>
internal interface IZoomOAuthApi
{
    /// <summary><c>POST /oauth/token?grant_type=account_credentials&amp;account_id=…</c> with <c>Authorization: Basic base64(client_id:client_secret)</c>.</summary>
    [Post("/oauth/token")]
    Task<ZoomAccessToken> RequestTokenAsync([AliasAs("grant_type")] string grantType, [AliasAs("account_id")] string accountId, [Authorize("Basic")] string clientCredentials, CancellationToken cancellationToken);
}
