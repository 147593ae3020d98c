using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RoomClients.AspNetCore;

/// <summary>What <c>services.AddHealthChecks().AddRoomClients(o =&gt; …)</c> checks, and how the checks are tagged.</summary>
public sealed class RoomClientsHealthCheckOptions
{
    /// <summary>Gets the tags of every check, so a probe can choose them (<c>MapHealthChecks("/ready", new() { Predicate = c =&gt; c.Tags.Contains("ready") })</c>); default <c>roomclients</c> and <c>ready</c>.</summary>
    public ICollection<string> Tags { get; } = ["roomclients", "ready"];

    /// <summary>
    /// Gets or sets whether each provider registration's check also makes one cheap authenticated read (the first page
    /// of its rooms), proving the credentials and the provider's reachability. Off by default: a probe then costs a
    /// provider call and counts against its rate limit.
    /// </summary>
    public bool ReadFromProvider { get; set; }

    /// <summary>Gets or sets how long one check may take (default 10 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets or sets the status a failed check reports (default <see cref="HealthStatus.Unhealthy"/>).</summary>
    public HealthStatus FailureStatus { get; set; } = HealthStatus.Unhealthy;
}
