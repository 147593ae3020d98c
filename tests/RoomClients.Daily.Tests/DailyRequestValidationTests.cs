using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RoomClients.Daily.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static RoomClients.Daily.Tests.DailyJson;

namespace RoomClients.Daily.Tests;

/// <summary>
/// Daily publishes no complete OpenAPI file here, so every request body the SDK sends is checked against the field
/// tables of Daily's generated client (<c>DailySpec/*.md</c>, from <c>daily-co/daily-ruby</c>): each property must be
/// a documented name with a compatible JSON type, nested objects against their own table, required fields present.
/// </summary>
public sealed partial class DailyRequestValidationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The meeting-token properties: the generated client's <c>Properties.md</c> is not among the on-disk files, so the
    /// names and types are those of docs.daily.co's token configuration as summarised in <c>specs/daily.md</c> §6.
    /// </summary>
    private static readonly Dictionary<string, Field> TokenProperties = new(StringComparer.Ordinal)
    {
        ["room_name"] = new("String", true), ["exp"] = new("Integer", true), ["nbf"] = new("Integer", true), ["is_owner"] = new("Boolean", true),
        ["user_name"] = new("String", true), ["user_id"] = new("String", true), ["eject_at_token_exp"] = new("Boolean", true),
        ["eject_after_elapsed"] = new("Integer", true), ["enable_recording"] = new("String", true), ["start_cloud_recording"] = new("Boolean", true),
        ["start_cloud_recording_opts"] = new("Object", true), ["auto_start_transcription"] = new("Boolean", true), ["knocking"] = new("Boolean", true),
        ["enable_screenshare"] = new("Boolean", true), ["start_video_off"] = new("Boolean", true), ["start_audio_off"] = new("Boolean", true),
        ["enable_recording_ui"] = new("Boolean", true), ["enable_prejoin_ui"] = new("Boolean", true), ["close_tab_on_exit"] = new("Boolean", true),
        ["redirect_on_meeting_exit"] = new("String", true), ["lang"] = new("String", true), ["permissions"] = new("Object", true),
    };

    private sealed record Field(string Type, bool Optional);

    [GeneratedRegex(@"^\| \*\*(?<name>[^*]+)\*\* \| (?<type>[^|]+) \|.*\| (?<notes>[^|]*)\|\s*$")]
    private static partial Regex Row();

    private static Dictionary<string, Field> Table(string model, Func<string, string>? wireName = null)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "DailySpec", model + ".md");
        var fields = new Dictionary<string, Field>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var match = Row().Match(line);
            if (match.Success)
            {
                var name = match.Groups["name"].Value;
                fields[wireName?.Invoke(name) ?? name] = new(match.Groups["type"].Value.Trim(), match.Groups["notes"].Value.Contains("[optional]", StringComparison.Ordinal));
            }
        }

        Assert.NotEmpty(fields);
        return fields;
    }

    /// <summary>The webhook objects are camelCase on the wire; the generated client's tables show Ruby's snake_case names (specs/daily.md §10.1).</summary>
    private static string Camel(string snake)
    {
        var parts = snake.Split('_');
        return parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>Returns the problems of <paramref name="body"/> against the table <paramref name="fields"/>.</summary>
    private static List<string> Check(JsonObject body, Dictionary<string, Field> fields, string where)
    {
        var problems = new List<string>();
        foreach (var (name, field) in fields.Where(f => !f.Value.Optional))
        {
            if (!body.ContainsKey(name))
            {
                problems.Add($"{where}.{name}: required, missing");
            }
        }

        foreach (var (name, value) in body)
        {
            if (!fields.TryGetValue(name, out var field))
            {
                problems.Add($"{where}.{name}: not a documented field");
                continue;
            }

            if (value is null)
            {
                problems.Add($"{where}.{name}: null sent");
                continue;
            }

            var type = field.Type;
            var kind = value.GetValueKind();
            var ok = type switch
            {
                "**Integer**" => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _),
                "**Float**" => kind == JsonValueKind.Number,
                "**Boolean**" => kind is JsonValueKind.True or JsonValueKind.False,
                "**String**" => kind == JsonValueKind.String,
                "**Object**" => kind == JsonValueKind.Object,
                "String" or "Integer" or "Boolean" or "Object" => Check(type, kind, value),
                _ when type.StartsWith("**Array&lt;String&gt;**", StringComparison.Ordinal) => kind == JsonValueKind.Array && value.AsArray().All(i => i?.GetValueKind() == JsonValueKind.String),
                _ when type.StartsWith("[**Array", StringComparison.Ordinal) => kind == JsonValueKind.Array,
                _ when type.StartsWith("[**", StringComparison.Ordinal) => kind == JsonValueKind.Object,
                _ => false,
            };
            if (!ok)
            {
                problems.Add($"{where}.{name}: {kind} where the table says {type}");
                continue;
            }

            // A nested model with its own table on disk is checked against it.
            var nested = Regex.Match(type, @"^\[\*\*(?<model>[A-Za-z]+)\*\*\]");
            if (nested.Success && value is JsonObject child && File.Exists(Path.Combine(AppContext.BaseDirectory, "DailySpec", nested.Groups["model"].Value + ".md")))
            {
                problems.AddRange(Check(child, Table(nested.Groups["model"].Value), $"{where}.{name}"));
            }
        }

        return problems;
    }

    private static bool Check(string type, JsonValueKind kind, JsonNode value) => type switch
    {
        "Integer" => kind == JsonValueKind.Number && value.AsValue().TryGetValue<long>(out _),
        "Boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "String" => kind == JsonValueKind.String,
        _ => kind == JsonValueKind.Object,
    };

    private static void Valid(JsonNode body, Dictionary<string, Field> fields, string where)
    {
        var problems = Check(body.AsObject(), fields, where);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems) + Environment.NewLine + body.ToJsonString());
    }

    private static DailyTestHost Host()
    {
        var host = new DailyTestHost(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        host.Answer("POST", "/v1/rooms", 200, Room(config: """{"exp":1795352400,"enable_recording":"cloud"}"""));
        host.Answer("POST", "/v1/rooms/consult-1", 200, Room(config: """{"exp":1795352400}"""));
        host.Answer("POST", "/v1/meeting-tokens", 200, TokenAnswer());
        return host;
    }

    [Fact]
    public async Task Every_create_body_the_adapter_sends_matches_the_field_tables()
    {
        await using var host = Host();
        var ct = TestContext.Current.CancellationToken;
        var full = new CreateRoomRequest { Kind = RoomKind.Scheduled, StartsAt = Now.AddHours(1), EndsAt = Now.AddHours(2), Locked = true, RecordAutomatically = true };
        full.ProviderOptions.Add(new DailyRoomOptions
        {
            Name = "consult-1",
            HostUserName = "Dr. Smith",
            Properties = new DailyRoomProperties
            {
                MaxParticipants = 4, EnableChat = true, EnablePrejoinUi = true, EjectAtRoomExpiry = true, EjectAfterElapsedSeconds = 3600, SfuSwitchover = 0.5,
                Language = "de", Geo = "eu-central-1", RecordingsBucket = new DailyStorageBucket { BucketName = "b", BucketRegion = "eu-central-1", AssumeRoleArn = "arn:aws:iam::1:role/r", AllowApiAccess = true },
                TranscriptionBucket = new DailyStorageBucket { BucketName = "t", BucketRegion = "eu-central-1" },
            },
        });
        await host.Rooms.CreateRoomAsync(full, ct);
        await host.Rooms.CreateRoomAsync(new CreateRoomRequest(), ct);
        await host.Rooms.CreateRoomAsync(new CreateRoomRequest { Kind = RoomKind.Permanent, Locked = false }, ct);

        var creates = host.Requests.Where(r => r.RequestMessage!.Path == "/v1/rooms").ToList();
        Assert.Equal(3, creates.Count);
        foreach (var create in creates)
        {
            Valid(Body(create), Table("CreateRoomRequest"), "POST /rooms");
        }

        var tokens = host.Requests.Where(r => r.RequestMessage!.Path == "/v1/meeting-tokens").ToList();
        Assert.Equal(3, tokens.Count);
        foreach (var token in tokens)
        {
            var body = Body(token).AsObject();
            Valid(body, Table("CreateMeetingTokenRequest"), "POST /meeting-tokens");
            Valid(body["properties"]!, TokenProperties, "POST /meeting-tokens.properties");
        }
    }

    [Fact]
    public async Task The_update_body_matches_the_field_table()
    {
        await using var host = Host();
        var update = new UpdateRoomRequest { StartsAt = Now.AddHours(1), EndsAt = Now.AddHours(3), Locked = true, RecordAutomatically = true };
        update.ProviderOptions.Add(new DailyRoomOptions { Properties = new DailyRoomProperties { MaxParticipants = 10, StartVideoOff = true } });
        await host.Rooms.UpdateRoomAsync("consult-1", update, TestContext.Current.CancellationToken);
        Valid(Body(host.Request("POST", "/v1/rooms/consult-1")), Table("SetRoomConfigRequest"), "POST /rooms/{name}");
    }

    [Fact]
    public async Task Webhook_and_batch_bodies_of_the_typed_api_match_the_field_tables()
    {
        await using var host = new DailyTestHost();
        host.Server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"uuid":"wh-1"}"""));
        var ct = TestContext.Current.CancellationToken;
        await host.Api.UpdateWebhookAsync("wh-1", new WebhookRequest { Url = new Uri("https://app.example/h"), EventTypes = ["meeting.started"], Hmac = Convert.ToBase64String(new byte[32]), BasicAuth = "dXNlcjpwYXNz", RetryType = "exponential" }, ct);
        Valid(Body(host.SingleRequest()), Table("UpdateWebhook", Camel), "POST /webhooks/{id}");

        host.Server.ResetLogEntries();
        host.Server.Given(Request.Create().UsingPost().WithPath("/v1/batch/rooms")).RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("[]"));
        await host.Api.CreateRoomsAsync(new BatchCreateRoomsRequest { Rooms = [new() { Name = "a", Privacy = "private", Properties = new DailyRoomProperties { Expires = Now.AddHours(1) } }] }, ct);
        foreach (var room in Body(host.SingleRequest())["rooms"]!.AsArray())
        {
            Valid(room!, Table("CreateRoomRequest"), "POST /batch/rooms.rooms[]");
        }
    }

    [Fact]
    public void The_check_itself_catches_unknown_names_wrong_types_and_nested_mistakes()
    {
        var problems = Check(JsonNode.Parse("""{"name":1,"privacy":"private","properties":{"exp":1.5,"enable_knocking":"yes","no_such":true,"recordings_bucket":{"bucket":"x"}},"extra":1}""")!.AsObject(), Table("CreateRoomRequest"), "body");
        Assert.Contains("body.name: Number where the table says **String**", problems);
        Assert.Contains("body.extra: not a documented field", problems);
        Assert.Contains(problems, p => p.StartsWith("body.properties.exp:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("body.properties.enable_knocking:", StringComparison.Ordinal));
        Assert.Contains("body.properties.no_such: not a documented field", problems);
        Assert.Contains("body.properties.recordings_bucket.bucket: not a documented field", problems);
        Assert.Equal(6, problems.Count);
    }
}
