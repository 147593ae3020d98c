namespace RoomClients.Telemetry;

/// <summary>The names RoomClients reports under, for OpenTelemetry: <c>AddSource(RoomClientsTelemetry.SourceName)</c> and <c>AddMeter(RoomClientsTelemetry.MeterName)</c>.</summary>
public static class RoomClientsTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one span per operation.</summary>
    public const string SourceName = "RoomClients";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "RoomClients";

    /// <summary>Counter of operations started, tagged <c>roomclients.provider</c>, <c>roomclients.name</c>, <c>roomclients.operation</c>.</summary>
    public const string RequestsInstrument = "roomclients.operation.requests";

    /// <summary>Counter of failed operations, tagged as <see cref="RequestsInstrument"/> plus <c>error.type</c> (the exception type).</summary>
    public const string ErrorsInstrument = "roomclients.operation.errors";

    /// <summary>Histogram of operation durations in seconds, tagged as <see cref="RequestsInstrument"/> plus <c>error.type</c> on failures.</summary>
    public const string DurationInstrument = "roomclients.operation.duration";
}
