using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using RoomClients.Testing;
using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>
/// Live mode: with a provider's real credentials in the environment (<c>ROOMCLIENTS__WHEREBY__APIKEY</c>,
/// <c>ROOMCLIENTS__DAILY__APIKEY</c>, <c>ROOMCLIENTS__ZOOM__ACCOUNTID</c>/<c>CLIENTID</c>/<c>CLIENTSECRET</c>…, read the way an
/// app reads them: <c>AddEnvironmentVariables()</c>, section <c>RoomClients:&lt;provider&gt;</c>), the contract scenarios that
/// need no fault injection run against the real provider, creating their own rooms and deleting every one of them
/// afterwards, even when a scenario fails. Without the credentials the provider's one test is skipped, saying which
/// variables to set. Vonage never runs live (its Meetings API was shut down).
/// </summary>
/// <remarks>The tests of this class run one after another (one class, one collection): the wiring test sets the live
/// variables in-process for its run only, and nothing else in this assembly reads the environment.</remarks>
public sealed class LiveContractTests
{
    public static TheoryData<string> Providers => new(ProviderProfile.All.Select(p => p.Name));

    public static TheoryData<string> LiveProviders => new(ProviderProfile.All.Where(p => p.NoLiveRun is null).Select(p => p.Name));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_contract_holds_against_the_real_provider(string provider)
    {
        var profile = ProviderProfile.Named(provider);
        if (profile.NoLiveRun is { } never)
        {
            Assert.Skip(never);
        }

        var missing = LiveRun.MissingVariables(profile);
        if (missing.Count > 0)
        {
            Assert.Skip($"Live mode is off for {provider}: set {string.Join(", ", missing)} to run the contract scenarios against the real provider.");
        }

        var run = await LiveRun.RunAsync(profile, TestContext.Current.CancellationToken);
        TestContext.Current.SendDiagnosticMessage($"{provider} live: {run.Passed.Count} scenarios passed, {run.Skipped.Count} not applicable live, {run.Created.Count} rooms created and deleted.");
        Assert.Empty(run.Failed);
        Assert.Empty(run.Left);
    }

    /// <summary>The live path (environment variables → configuration → registration, cleanup) pointed at a simulator: the
    /// variables are set in-process for this test only and restored afterwards. It proves the wiring, not the real provider.</summary>
    [Theory]
    [MemberData(nameof(LiveProviders))]
    public async Task The_live_mode_reads_the_environment_runs_the_scenarios_and_deletes_its_rooms(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var profile = (ProviderProfile)Activator.CreateInstance(ProviderProfile.Named(provider).GetType())!;
        using var simulator = profile.StartSimulator();
        var variables = RoomServiceContractTests.SettingsOf(profile, simulator)
            .ToDictionary(s => LiveRun.Variable(s.Key), s => s.Value);
        var previous = variables.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            Assert.Empty(LiveRun.MissingVariables(profile));
            var run = await LiveRun.RunAsync(profile, ct);

            Assert.Empty(run.Failed);
            Assert.Contains(nameof(RoomServiceContractTests.Create_get_list_delete_round_trip), run.Passed);
            Assert.Contains(nameof(RoomServiceContractTests.A_create_is_not_retried_after_a_timeout_once_sent), run.Skipped); // no fault injection live
            Assert.NotEmpty(run.Created);
            Assert.Empty(run.Left);
            Assert.True(simulator.RequestCount > 0, "the scenarios reached the server the environment named");
        }
        finally
        {
            foreach (var (name, value) in previous)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            (profile as IDisposable)?.Dispose();
        }
    }

    [Fact]
    public void Vonage_never_runs_live()
    {
        Assert.NotNull(ProviderProfile.Named(RoomProviders.Vonage).NoLiveRun);
        Assert.DoesNotContain(RoomProviders.Vonage, LiveProviders.Select(row => row.Data));
    }
}

/// <summary>One live run of the contract scenarios against whatever the environment points a provider's registration at.</summary>
internal static class LiveRun
{
    /// <summary>Scenarios that must not run against a real account even though they need no simulator.</summary>
    private static readonly HashSet<string> NotLive = [];

    public static string Variable(string key) => key.Replace(":", "__", StringComparison.Ordinal).ToUpperInvariant();

    public static IConfigurationSection Section(ProviderProfile profile) =>
        new ConfigurationBuilder().AddEnvironmentVariables().Build().GetSection($"{RoomClientsBuilder.ConfigurationSectionName}:{profile.Name}");

    public static IReadOnlyList<string> MissingVariables(ProviderProfile profile)
    {
        var section = Section(profile);
        return profile.LiveCredentialSettings.Where(s => string.IsNullOrEmpty(section[s]))
            .Select(s => Variable(RoomServiceContractTests.Key(profile, s))).ToList();
    }

    public sealed record Result(List<string> Passed, List<string> Skipped, List<string> Failed, List<string> Created, List<string> Left);

    public static async Task<Result> RunAsync(ProviderProfile profile, CancellationToken cancellationToken)
    {
        var created = new ConcurrentBag<string>();
        var result = new Result([], [], [], [], []);
        try
        {
            foreach (var (name, run) in Scenarios())
            {
                var subject = new LiveSubject(profile, created);
                await subject.InitializeAsync();
                try
                {
                    await run(subject);
                    result.Passed.Add(name);
                }
                catch (Exception ex) when (ex.GetType().Name.Contains("Skip", StringComparison.Ordinal))
                {
                    result.Skipped.Add(name);
                }
                catch (Exception ex)
                {
                    result.Failed.Add($"{name}: {ex.Message}");
                }
                finally
                {
                    await subject.DisposeAsync();
                }
            }
        }
        finally
        {
            // Every room the run created is deleted, whatever happened above.
            var cleaner = new LiveSubject(profile, new ConcurrentBag<string>());
            await cleaner.InitializeAsync();
            try
            {
                foreach (var id in created.Distinct())
                {
                    result.Created.Add(id);
                    if (!await cleaner.DeleteIfPresentAsync(id, cancellationToken))
                    {
                        result.Left.Add(id);
                    }
                }
            }
            finally
            {
                await cleaner.DisposeAsync();
            }
        }

        return result;
    }

    /// <summary>Every [Fact] and [Theory] case of the contract suite (theories with their inline and member data), by name.</summary>
    private static IEnumerable<(string Name, Func<RoomServiceContractTests, Task> Run)> Scenarios()
    {
        var methods = typeof(RoomServiceContractTests).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType == typeof(RoomServiceContractTests) && m.GetCustomAttributes<FactAttribute>(inherit: true).Any() && !NotLive.Contains(m.Name));
        foreach (var method in methods)
        {
            var rows = new List<object?[]>();
            if (method.GetCustomAttribute<TheoryAttribute>() is null)
            {
                rows.Add([]);
            }

            rows.AddRange(method.GetCustomAttributes<InlineDataAttribute>().Select(d => d.Data));
            foreach (var member in method.GetCustomAttributes<MemberDataAttribute>())
            {
                var data = typeof(RoomServiceContractTests).GetProperty(member.MemberName, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);
                foreach (var row in (System.Collections.IEnumerable)data!)
                {
                    rows.Add(row is ITheoryDataRow theoryRow ? theoryRow.GetData() : (object?[])row);
                }
            }

            foreach (var row in rows)
            {
                var name = row.Length == 0 ? method.Name : $"{method.Name}({string.Join(", ", row)})";
                yield return (name, subject => Invoke(method, subject, row));
            }
        }
    }

    private static async Task Invoke(MethodInfo method, RoomServiceContractTests subject, object?[] row)
    {
        Task scenario;
        try
        {
            scenario = method.Invoke(subject, row) as Task ?? Task.CompletedTask;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException);
            throw;
        }

        await scenario;
    }

    /// <summary>The provider registered from the environment, with no simulator (fault scenarios skip), recording every room it creates.</summary>
    private sealed class LiveSubject(ProviderProfile live, ConcurrentBag<string> created) : RoomServiceContractTests(live)
    {
        protected override ProviderSimulator? StartSimulators() => null;

        protected override Dictionary<string, string?> Settings()
        {
            var section = Section(Profile!);
            return section.AsEnumerable(makePathsRelative: true).Where(s => s.Value is not null)
                .ToDictionary(s => RoomServiceContractTests.Key(Profile!, s.Key), s => s.Value, StringComparer.OrdinalIgnoreCase);
        }

        protected override void Register(RoomClientsBuilder rooms) => Profile!.Add(rooms).Use(inner => new Recording(inner, created));

        public async Task<bool> DeleteIfPresentAsync(string id, CancellationToken cancellationToken)
        {
            try
            {
                await Rooms.DeleteRoomAsync(id, cancellationToken);
            }
            catch (RoomNotFoundException)
            {
            }

            try
            {
                await Rooms.GetRoomAsync(id, cancellationToken);
                return false;
            }
            catch (RoomNotFoundException)
            {
                return true;
            }
        }
    }

    private sealed class Recording(IRoomService inner, ConcurrentBag<string> created) : DelegatingRoomService(inner)
    {
        public override async Task<Room> CreateRoomAsync(CreateRoomRequest request, CancellationToken cancellationToken = default)
        {
            var room = await base.CreateRoomAsync(request, cancellationToken);
            created.Add(room.Id);
            return room;
        }
    }
}
