namespace RoomClients.Resilience.Tests;

/// <summary>Reports a figure (matrix size, throughput) in the test output and, when CI sets ROOMCLIENTS_REPORT_FILE, in that file.</summary>
internal static class Report
{
    private static readonly Lock Gate = new();

    public static void Line(string line)
    {
        TestContext.Current.SendDiagnosticMessage(line);
        Console.WriteLine(line);
        if (Environment.GetEnvironmentVariable("ROOMCLIENTS_REPORT_FILE") is { Length: > 0 } path)
        {
            lock (Gate)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }
}
