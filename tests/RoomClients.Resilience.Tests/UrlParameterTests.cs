using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Refit;
using RoomClients.EnableX;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace RoomClients.Resilience.Tests;

/// <summary>
/// Every path parameter of every method of the four typed APIs is checked before anything is sent: <c>..</c> would
/// reach the parent path (<c>DeleteRecordingAsync("..")</c> sent <c>DELETE /v1/</c>), <c>.</c>, empty, white space and
/// control characters another resource. Ordinary query values still go out as given.
/// </summary>
public sealed partial class UrlParameterTests
{
    public static TheoryData<string, string> Bad => new()
    {
        { RoomProviders.Whereby, ".." }, { RoomProviders.Whereby, "." }, { RoomProviders.Whereby, "" }, { RoomProviders.Whereby, " " }, { RoomProviders.Whereby, "a\r\nb" },
        { RoomProviders.Vonage, ".." }, { RoomProviders.Vonage, "\t" }, { RoomProviders.EnableX, ".." }, { RoomProviders.EnableX, "." },
        { RoomProviders.Vectera, ".." }, { RoomProviders.Vectera, "x\0" },
    };

    [Theory]
    [MemberData(nameof(Bad))]
    public async Task A_sample_of_methods_refuses_a_bad_id_before_sending(string provider, string id)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ApiHost.StartAsync();
        var call = provider switch
        {
            RoomProviders.Whereby => () => host.Get<IWherebyApi>().DeleteRecordingAsync(id, ct),
            RoomProviders.Vonage => () => host.Get<IVonageMeetingsApi>().GetRoomAsync(id, ct),
            RoomProviders.EnableX => () => host.Get<IEnableXApi>().DeleteRoomAsync(id, ct),
            RoomProviders.Vectera => (Func<Task>)(() => host.Get<IVecteraApi>().DeleteMeetingRoomAsync(id, ct)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

        var ex = await Assert.ThrowsAsync<RoomValidationException>(call);

        Assert.Equal(provider, ex.Provider);
        Assert.Equal("URL parameter", ex.Field);
        Assert.Null(ex.StatusCode);
        Assert.Empty(host.Server.LogEntries); // nothing was sent
    }

    [Fact]
    public async Task Ordinary_ids_and_query_values_are_sent_as_given()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ApiHost.StartAsync();

        await host.Get<IWherebyApi>().DeleteRecordingAsync("rec..1", ct);
        await host.Get<IWherebyApi>().ListRecordingsAsync(roomName: "a b/..c+d?", cursor: "eyJ+/=", cancellationToken: ct);
        await host.Get<IVecteraApi>().ListMeetingRoomsAsync(1, 10, "sales .. team", null, null, ct);

        var requests = host.Server.LogEntries.Select(e => e.RequestMessage!).ToList();
        Assert.Equal(3, requests.Count);
        Assert.Equal("/whereby/v1/recordings/rec..1", requests[0].Path);
        Assert.Equal("DELETE", requests[0].Method);
        Assert.Equal("a b/..c+d?", requests[1].Query!["roomName"].Single());
        Assert.Equal("eyJ+/=", requests[1].Query!["cursor"].Single());
        Assert.Equal("sales .. team", requests[2].Query!["search"].Single());
    }

    /// <summary>Reflection over the four APIs: every method whose route has a parameter refuses <c>..</c> in each string one, and no method has a path parameter that could not carry a string.</summary>
    [Fact]
    public async Task Every_method_with_a_path_parameter_refuses_dot_dot()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await ApiHost.StartAsync();
        var covered = 0;
        foreach (var api in new[] { typeof(IWherebyApi), typeof(IVonageMeetingsApi), typeof(IEnableXApi), typeof(IVecteraApi) })
        {
            var client = host.Services.GetRequiredService(api);
            foreach (var method in api.GetMethods())
            {
                var route = method.GetCustomAttribute<HttpMethodAttribute>()?.Path ?? throw new InvalidOperationException($"{api.Name}.{method.Name} has no route.");
                foreach (var name in RouteParameter().Matches(route).Select(m => m.Groups[1].Value))
                {
                    var parameters = method.GetParameters();
                    var target = parameters.Single(p => string.Equals(p.GetCustomAttribute<AliasAsAttribute>()?.Name ?? p.Name, name, StringComparison.Ordinal));
                    if (target.ParameterType != typeof(string))
                    {
                        // A typed path parameter (a date, a number) is formatted by the same formatter but cannot be "..".
                        Assert.True(target.ParameterType.IsValueType || target.ParameterType == typeof(DateTimeOffset?), $"{api.Name}.{method.Name}({name}) is neither a string nor a value type");
                        continue;
                    }

                    var arguments = parameters.Select(p => p == target ? ".." : p.ParameterType == typeof(CancellationToken) ? ct : Sample(p)).ToArray();
                    var ex = await Assert.ThrowsAsync<RoomValidationException>(() =>
                    {
                        try
                        {
                            return (Task)method.Invoke(client, arguments)!;
                        }
                        catch (TargetInvocationException invocation) when (invocation.InnerException is not null)
                        {
                            return Task.FromException(invocation.InnerException); // refused while the request is built, before any await
                        }
                    });
                    Assert.Equal("URL parameter", ex.Field);
                    covered++;
                }
            }
        }

        Assert.Empty(host.Server.LogEntries);
        Assert.True(covered >= 30, $"only {covered} path parameters were found");
    }

    private static object? Sample(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(string))
        {
            return "ok-1";
        }

        if (type == typeof(DateTimeOffset) || type == typeof(DateTimeOffset?))
        {
            return new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }

        if (type == typeof(DateTime) || type == typeof(DateTime?))
        {
            return new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }

        if (type == typeof(StreamPart))
        {
            return new StreamPart(new MemoryStream([1]), "logo.png", "image/png");
        }

        if (type.IsValueType)
        {
            return Activator.CreateInstance(type);
        }

        return type.GetConstructor(Type.EmptyTypes)?.Invoke(null);
    }

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z0-9_]+)(?::[^}]*)?\}", RegexOptions.CultureInvariant)]
    private static partial Regex RouteParameter();

    /// <summary>All four providers registered against one WireMock server that answers every request with 200 <c>{}</c>.</summary>
    private sealed class ApiHost : IAsyncDisposable
    {
        private ApiHost(WireMockServer server, ServiceProvider services)
        {
            Server = server;
            Services = services;
        }

        public WireMockServer Server { get; }

        public ServiceProvider Services { get; }

        public static Task<ApiHost> StartAsync()
        {
            var server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"], StartAdminInterface = false });
            server.Given(Request.Create().UsingAnyMethod()).AtPriority(100).RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/json").WithBody("""{"result":0}"""));
            server.Given(Request.Create().UsingGet().WithPath("/vectera/api/v2/meetingRooms")).AtPriority(1).RespondWith(Response.Create().WithStatusCode(200)
                .WithHeader("Content-Type", "application/json").WithBody("[]"));
            var root = new Uri(server.Url!);
            using var rsa = System.Security.Cryptography.RSA.Create(2048);
            var pem = rsa.ExportPkcs8PrivateKeyPem();
            var services = new ServiceCollection();
            services.AddRoomClients(rooms => rooms
                .AddWhereby(o => { o.ApiKey = "k"; o.BaseAddress = new Uri(root, "/whereby/v1/"); })
                .AddVonage(o => { o.ApplicationId = Guid.NewGuid().ToString(); o.PrivateKey = pem; o.BaseAddress = new Uri(root, "/vonage/v1/meetings/"); })
                .AddEnableX(o => { o.AppId = "app"; o.AppKey = "key"; o.BaseAddress = new Uri(root, "/enablex/"); o.MeetingSubdomain = "acme"; })
                .AddVectera(o => { o.ApiToken = "t"; o.BaseAddress = new Uri(root, "/vectera/api/v2/"); }));
            return Task.FromResult(new ApiHost(server, services.BuildServiceProvider()));
        }

        public T Get<T>()
            where T : notnull => Services.GetRequiredService<T>();

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            Server.Stop();
            Server.Dispose();
        }
    }
}
