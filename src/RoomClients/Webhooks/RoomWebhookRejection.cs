namespace RoomClients.Webhooks;

/// <summary>Why a webhook was rejected (<see cref="RoomWebhookException.Rejection"/>): what a webhook endpoint answers depends on it.</summary>
public enum RoomWebhookRejection
{
    /// <summary>The request is not proven to come from the provider (signature or secret missing, wrong, or outside the tolerance): answer 401.</summary>
    Unauthenticated = 0,

    /// <summary>The request passed verification, but its body is not an event the parser can read: answer 400.</summary>
    MalformedBody = 1,
}
