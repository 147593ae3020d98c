using Microsoft.Extensions.Configuration;
using RoomClients.Testing;

namespace RoomClients.Tests.Shared.Profiles;

/// <summary>
/// Everything a suite needs to know to test one provider, written once: how to register it (from configuration, against
/// its simulator or any server root), a create and an update it accepts, how it words an error, its credentials and the
/// secrets that must never leak, and the live settings that point it at the real provider. The contract suite, the
/// resilience suite and the failover subject all use these; adding a provider means writing its profile and adding it to
/// <see cref="All"/> (plus a one-line contract subclass).
/// </summary>
public abstract class ProviderProfile
{
    /// <summary>The provider name: of the registration, its rooms and its errors.</summary>
    public abstract string Name { get; }

    /// <summary>The provider API (Refit) interface the registration adds, keyed by its name.</summary>
    public abstract Type ApiType { get; }

    /// <summary>Secrets this profile's credentials consist of; none may appear in logs or exceptions.</summary>
    public IReadOnlyList<string> Secrets => SecretsOf(Credential);

    /// <summary>The setting (relative to <c>RoomClients:&lt;name&gt;</c>) that holds the credential that is rotated.</summary>
    public abstract string CredentialSetting { get; }

    /// <summary>The value of <see cref="CredentialSetting"/> this profile's simulators accept.</summary>
    protected abstract string Credential { get; }

    /// <summary>The API's path on a server root, such as <c>/v1/</c>.</summary>
    protected abstract string BasePath { get; }

    /// <summary>The settings besides <c>BaseAddress</c>: the credentials and any other option the provider needs.</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> OtherSettings(Uri serverRoot);

    /// <summary>How many requests one create sends (1; Daily: the room, then its host link's owner token).</summary>
    public virtual int RequestsPerCreate => 1;

    /// <summary>How many times one call is sent to a host that refuses every credential (1; Zoom renews its token once and resends).</summary>
    public virtual int SendsPerRefusedCall => 1;

    /// <summary>The settings that hold live credentials (as environment variables: <c>ROOMCLIENTS__&lt;NAME&gt;__&lt;SETTING&gt;</c>), all of which must be present for a live run.</summary>
    public abstract IReadOnlyList<string> LiveCredentialSettings { get; }

    /// <summary>Why this provider never runs live, or <see langword="null"/> when it may.</summary>
    public virtual string? NoLiveRun => null;

    /// <summary>Starts this provider's simulator, accepting the credentials <see cref="Settings"/> gives.</summary>
    public abstract ProviderSimulator StartSimulator();

    /// <summary>Registers the provider under <paramref name="name"/>: bound from <paramref name="section"/>, or from the
    /// <c>RoomClients:&lt;name&gt;</c> section of the registered <see cref="IConfiguration"/> when it is null.</summary>
    public abstract RoomServiceRegistrationBuilder Add(RoomClientsBuilder rooms, string? name = null, IConfiguration? section = null);

    /// <summary>The registered options' ToString(), which must not show secrets.</summary>
    public abstract string DescribeOptions(IServiceProvider services, string? name = null);

    /// <summary>The settings that point a registration at a server rooted at <paramref name="serverRoot"/>, relative to <c>RoomClients:&lt;name&gt;</c>.</summary>
    public virtual IReadOnlyDictionary<string, string?> Settings(Uri serverRoot)
    {
        var settings = new Dictionary<string, string?>(OtherSettings(serverRoot), StringComparer.OrdinalIgnoreCase)
        {
            ["BaseAddress"] = new Uri(serverRoot, BasePath).ToString(),
        };
        return settings;
    }

    /// <summary>Registers the provider in code against a server rooted at <paramref name="serverRoot"/> (any server: a simulator, a fault server, a socket).</summary>
    public void Register(RoomClientsBuilder rooms, Uri serverRoot) =>
        Add(rooms, section: new ConfigurationBuilder().AddInMemoryCollection(Settings(serverRoot)).Build());

    /// <summary>Registers the provider the way an app does: every setting from configuration (<c>RoomClients:&lt;name&gt;</c>).</summary>
    public void RegisterFromConfiguration(RoomClientsBuilder rooms) => Add(rooms);

    /// <summary>The parts of <paramref name="credential"/> that must never appear anywhere (the value itself; a key's lines).</summary>
    public virtual IReadOnlyList<string> SecretsOf(string credential) => [credential];

    /// <summary>A well-formed credential the provider rejects.</summary>
    public virtual string WrongCredential() => "rotated-away-" + Guid.NewGuid().ToString("N");

    /// <summary>Whether this provider documents another typed answer than the fault matrix's default for a fault.</summary>
    public virtual bool IsDocumentedAlternative(string operation, string fault, RoomServiceException exception) => false;

    /// <summary>A create request this provider accepts: an instant room ending in two hours, named when <paramref name="displayName"/> is given.</summary>
    public virtual CreateRoomRequest NewRoom(string? displayName = null) => new()
    {
        Kind = RoomKind.Instant,
        EndsAt = DateTimeOffset.UtcNow.AddHours(2),
        DisplayName = displayName,
    };

    /// <summary>An update request this provider accepts: by default a new end five hours out.</summary>
    public virtual UpdateRoomRequest NewUpdate() => new() { EndsAt = DateTimeOffset.UtcNow.AddHours(5) };

    /// <summary>Checks that a room fetched after <paramref name="update"/> shows it.</summary>
    public virtual void VerifyUpdate(UpdateRoomRequest update, Room fetched)
    {
        Assert.NotNull(fetched.EndsAt);
        Assert.True((fetched.EndsAt.Value - update.EndsAt!.Value).Duration() < TimeSpan.FromMinutes(1), $"EndsAt {fetched.EndsAt} should be about {update.EndsAt}");
    }

    /// <summary>A body the provider sends with an error status, in its own shape.</summary>
    public abstract string ErrorBody(int status);

    public override string ToString() => Name;

    /// <summary>One profile per provider.</summary>
    public static IReadOnlyList<ProviderProfile> All { get; } =
    [
        new WherebyProfile(),
        new VecteraProfile(),
        new EnableXProfile(),
        new VonageProfile(),
        new DailyProfile(),
        new ZoomProfile(),
    ];

    /// <summary>The profile named <paramref name="name"/> from <see cref="All"/>.</summary>
    public static ProviderProfile Named(string name) => All.Single(p => p.Name == name);
}
