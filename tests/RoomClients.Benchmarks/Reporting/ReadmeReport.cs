namespace RoomClients.Benchmarks.Reporting;

/// <summary>Writes the results into the README.</summary>
public static class ReadmeReport
{
    /// <summary>Runs the report.</summary>
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
