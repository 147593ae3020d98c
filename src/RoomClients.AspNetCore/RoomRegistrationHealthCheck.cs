using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using RoomClients.Routing;

namespace RoomClients.AspNetCore;

/// <summary>The health of one registration: it builds, its options are valid, optionally one authenticated read, and a failover's circuits.</summary>
internal sealed class RoomRegistrationHealthCheck(string name, bool isFailover, IReadOnlyList<Type> clientTypes, bool readFromProvider, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["name"] = name };
        IRoomService service;
        try
        {
            service = services.GetRequiredKeyedService<IRoomService>(name);
            data["provider"] = service.Provider;

            // Resolving the registration's client takes a snapshot of its current options: a reload that made them invalid
            // fails here (RoomServiceException "invalid_options", naming the setting, never its value).
            foreach (var type in clientTypes)
            {
                _ = services.GetRequiredKeyedService(type, name);
            }
        }
        catch (Exception ex) when (ex is RoomServiceException or InvalidOperationException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"'{name}' is not usable: {ex.Message}", data: data);
        }

        if (isFailover && services.GetKeyedService<IRoomFailover>(name) is { } failover)
        {
            var health = failover.GetHealth();
            foreach (var provider in health)
            {
                data[$"circuit:{provider.Name}"] = provider.State.ToString();
            }

            var open = health.Where(h => h.State == RoomCircuitState.Open).Select(h => h.Name).ToArray();
            if (health.Count > 0 && open.Length == health.Count)
            {
                return new HealthCheckResult(context.Registration.FailureStatus, $"failover '{name}': every provider's circuit is open ({string.Join(", ", open)})", data: data);
            }

            return open.Length > 0
                ? HealthCheckResult.Degraded($"failover '{name}': the circuit of {string.Join(", ", open)} is open; creates go to the others", data: data)
                : HealthCheckResult.Healthy($"failover '{name}': every circuit is closed or probing", data);
        }

        if (readFromProvider && !isFailover)
        {
            try
            {
                var rooms = service.ListRoomsAsync(cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
                await using (rooms.ConfigureAwait(false))
                {
                    await rooms.MoveNextAsync().ConfigureAwait(false); // the first page only
                }
            }
            catch (RoomServiceException ex)
            {
                // SDK messages never carry keys or tokens.
                return new HealthCheckResult(context.Registration.FailureStatus, $"'{name}': the provider read failed: {ex.Message}", data: data);
            }
        }

        return HealthCheckResult.Healthy($"'{name}' ({service.Provider}) is configured{(readFromProvider && !isFailover ? " and answers" : string.Empty)}", data);
    }
}
