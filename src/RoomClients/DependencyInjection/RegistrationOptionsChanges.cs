using Microsoft.Extensions.Options;

namespace RoomClients.DependencyInjection;

/// <summary>Counts changes of one registration's options (configuration reloads), so clients built from them know when they are stale.</summary>
internal abstract class RegistrationOptionsChanges
{
    private long _version;

    /// <summary>Gets a number that changes whenever the registration's options change.</summary>
    public long Version => Interlocked.Read(ref _version);

    protected void Changed() => Interlocked.Increment(ref _version);
}

/// <summary>Listens to <see cref="IOptionsMonitor{TOptions}"/> for one named registration.</summary>
/// <typeparam name="TOptions">The provider's options type.</typeparam>
internal sealed class RegistrationOptionsChanges<TOptions> : RegistrationOptionsChanges, IDisposable
{
    private readonly IDisposable? _subscription;

    public RegistrationOptionsChanges(IOptionsMonitor<TOptions> monitor, string name) =>
        _subscription = monitor.OnChange((_, changed) =>
        {
            if (string.Equals(changed ?? Options.DefaultName, name, StringComparison.Ordinal))
            {
                Changed();
            }
        });

    public void Dispose() => _subscription?.Dispose();
}
