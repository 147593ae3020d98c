using Microsoft.Extensions.DependencyInjection;
using Polly;

namespace RoomClients.Http;

/// <summary>A registration's resilience pipeline, one per registration (a keyed singleton), used by every handler chain the factory builds for it.</summary>
internal sealed class RoomResiliencePipeline(ResiliencePipeline<HttpResponseMessage> pipeline)
{
    private const string TelemetryClientName = "RoomClients.polly-telemetry";

    /// <summary>Gets the pipeline.</summary>
    public ResiliencePipeline<HttpResponseMessage> Pipeline { get; } = pipeline;

    /// <summary>
    /// Registers Polly's telemetry exactly as the standard resilience handler does (its <c>TelemetryOptions</c> with the
    /// HTTP metrics enricher, the HTTP result formatter and the container's logger factory), once per service collection.
    /// Microsoft.Extensions.Http.Resilience registers these only through its handler extensions, so it is done with one
    /// of them on a client name that nothing creates: nothing of it is built or runs per call.
    /// </summary>
    internal static void AddPollyTelemetry(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(Marker))
            {
                return;
            }
        }

        services.AddSingleton<Marker>();
        new TelemetryOnlyClient(services).AddResilienceHandler(TelemetryClientName, static _ => { });
    }

    private sealed class Marker;

    private sealed class TelemetryOnlyClient(IServiceCollection services) : IHttpClientBuilder
    {
        public string Name => TelemetryClientName;

        public IServiceCollection Services { get; } = services;
    }
}
