namespace RoomClients.AspNetCore;

/// <summary>Registered by <c>AddRoomWebhooks</c>, so <c>MapRoomWebhooks</c> can tell its services are there.</summary>
internal sealed class RoomWebhookServicesMarker;
