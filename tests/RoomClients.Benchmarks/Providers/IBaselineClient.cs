namespace RoomClients.Benchmarks.Providers;

/// <summary>What a user would write by hand with <see cref="HttpClient"/> and System.Text.Json source generation.</summary>
public interface IBaselineClient : IDisposable
{
    /// <summary>Creates a room and returns its id.</summary>
    Task<string> CreateAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads a room and returns its id.</summary>
    Task<string> GetAsync(string roomId, CancellationToken cancellationToken = default);

    /// <summary>Reads one page; returns the rooms read and the next cursor (null at the end).</summary>
    Task<(int Count, string? Next)> ListPageAsync(string? cursor, int pageSize, CancellationToken cancellationToken = default);
}
