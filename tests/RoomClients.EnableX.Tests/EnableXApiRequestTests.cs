using System.Text.Json;
using System.Text.Json.Nodes;
using RoomClients.EnableX.Models;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace RoomClients.EnableX.Tests;

/// <summary>Every IEnableXApi operation: the exact request sent (method, path, Basic auth, JSON body) and the result read back.</summary>
public sealed class EnableXApiRequestTests
{
    private const string RoomJson = """{"name":"Demo","owner_ref":"o1","settings":{"mode":"group","scheduled":false,"adhoc":false,"moderators":"2","participants":"8","max_active_talkers":true,"quality":"HD","future_key":"x"},"sip":{"enabled":true,"pin":123456,"meeting_id":"987"},"data":{"k":"v"},"created":"2018-07-12T11:30:24.851Z","room_id":"5b472a3c"}""";

    public sealed record Case(Func<IEnableXApi, Task<object?>> Call, string Method, string Path, string? Body, string ResponseBody, Action<object?> Check);

    private static readonly Dictionary<string, Case> Cases = new()
    {
        ["CreateRoom"] = new(
            async api => await api.CreateRoomAsync(new EnableXCreateRoomRequest
            {
                Name = "Demo",
                OwnerRef = "o1",
                Settings = new EnableXRoomSettings
                {
                    Mode = "lecture", Scheduled = false, Adhoc = false, Moderators = 2, Participants = 8, AutoRecording = true, Knock = true,
                    WaitForModerator = true, BillingCode = "b1", FaceX = false, SingleFileRecording = false, MediaZone = "IN", Watermark = true,
                    RoleBasedRecording = new EnableXRoleBasedRecording { Moderator = "audiovideo", Participant = "audio" },
                    LiveRecording = new EnableXLiveRecording { AutoRecording = true, Url = "https://view.example/x" },
                },
                Sip = new EnableXSip { Enabled = true },
                Data = new Dictionary<string, JsonElement> { ["k"] = JsonSerializer.SerializeToElement("v", EnableXTestJson.Default.String) },
            }),
            "POST", "/video/v2/rooms",
            """{"name":"Demo","owner_ref":"o1","settings":{"mode":"lecture","scheduled":false,"adhoc":false,"moderators":"2","participants":"8","auto_recording":true,"knock":true,"wait_for_moderator":true,"billing_code":"b1","facex":false,"single_file_recording":false,"role_based_recording":{"moderator":"audiovideo","participant":"audio"},"live_recording":{"auto_recording":true,"url":"https://view.example/x"},"media_zone":"IN","watermark":true},"sip":{"enabled":true},"data":{"k":"v"}}""",
            $$"""{"result":0,"room":{{RoomJson}}}""",
            r =>
            {
                var room = Assert.IsType<EnableXRoomResponse>(r).Room!;
                Assert.Equal("5b472a3c", room.RoomId);
                Assert.Equal(2, room.Settings!.Moderators);
                Assert.Null(room.Settings.MaxActiveTalkers); // the docs' sample sends `true`: read leniently
                Assert.Equal("123456", room.Sip!.Pin);
                Assert.True(room.Settings.AdditionalProperties!.ContainsKey("future_key"));
            }),
        ["ListRooms"] = new(
            async api => await api.ListRoomsAsync(), "GET", "/video/v2/rooms", null, $$"""{"result":0,"rooms":[{{RoomJson}}]}""",
            r => Assert.Equal("5b472a3c", Assert.Single(Assert.IsType<EnableXRoomListResponse>(r).Rooms!).RoomId)),
        ["GetRoom"] = new(
            async api => await api.GetRoomAsync("5b472a3c"), "GET", "/video/v2/rooms/5b472a3c", null, $$"""{"result":0,"room":{{RoomJson}}}""",
            r => Assert.Equal(new DateTimeOffset(2018, 7, 12, 11, 30, 24, 851, TimeSpan.Zero), Assert.IsType<EnableXRoomResponse>(r).Room!.Created)),
        ["UpdateRoom"] = new(
            async api => await api.UpdateRoomAsync("5b472a3c", new EnableXUpdateRoomRequest { Name = "New", Settings = new EnableXRoomSettings { Participants = 15, AutoRecording = true } }),
            "PATCH", "/video/v2/rooms/5b472a3c", """{"name":"New","settings":{"participants":"15","auto_recording":true}}""", """{"result":0}""",
            r => Assert.Equal(0, Assert.IsType<EnableXResult>(r).Result)),
        ["DeleteRoom"] = new(
            async api => await api.DeleteRoomAsync("5b472a3c"), "DELETE", "/video/v2/rooms/5b472a3c", null, """{"result":0}""",
            r => Assert.Equal(0, Assert.IsType<EnableXResult>(r).Result)),
        ["ListRoomUsers"] = new(
            async api => await api.ListRoomUsersAsync("5b472a3c"), "GET", "/video/v2/rooms/5b472a3c/users", null,
            """{"result":0,"total":1,"users":[{"name":"Ann","user_ref":"u1","role":"moderator","permissions":{"publish":true,"subscribe":true}}]}""",
            r => Assert.Equal("u1", Assert.Single(Assert.IsType<EnableXUserListResponse>(r).Users!).UserRef)),
        ["CreateToken"] = new(
            async api => await api.CreateTokenAsync("5b472a3c", new EnableXCreateTokenRequest { Name = "Ann", Role = EnableXRole.Viewer, UserRef = "u1" }),
            "POST", "/video/v2/rooms/5b472a3c/tokens", """{"name":"Ann","role":"viewer","user_ref":"u1"}""", """{"result":0,"token":"eyJ.a.b"}""",
            r => Assert.Equal("eyJ.a.b", Assert.IsType<EnableXTokenResponse>(r).Token)),
        ["CdrPeriod"] = new(
            async api => await api.GetCdrByPeriodAsync("2024-01-01", "2024-01-31"), "GET", "/video/v2/cdr/period/2024-01-01/2024-01-31", null,
            """{"result":"0","cdr":[{"cdr_id":7,"conf_num":"c9","app_id":"a","room":{"room_id":"r"},"usage":{"published_minutes":3},"published_track":{"audio":"true"}}]}""",
            r =>
            {
                var cdr = Assert.Single(Assert.IsType<EnableXCdrResponse>(r).Cdr!);
                Assert.Equal("7", cdr.CdrId);
                Assert.True(cdr.AdditionalProperties!.ContainsKey("published_track"));
            }),
        ["CdrRoom"] = new(async api => await api.GetCdrByRoomAsync("r1"), "GET", "/video/v2/cdr/room/r1", null, """{"result":"0","cdr":[]}""", r => Assert.Empty(Assert.IsType<EnableXCdrResponse>(r).Cdr!)),
        ["CdrRoomPeriod"] = new(async api => await api.GetCdrByRoomAndPeriodAsync("r1", "2024-01-01", "2024-01-02"), "GET", "/video/v2/cdr/room-period/r1/2024-01-01/2024-01-02", null, """{"result":"0","cdr":[]}""", r => Assert.IsType<EnableXCdrResponse>(r)),
        ["CdrConf"] = new(async api => await api.GetCdrByConferenceAsync("c9"), "GET", "/video/v2/cdr/conf/c9", null, """{"result":"0","cdr":[]}""", r => Assert.IsType<EnableXCdrResponse>(r)),
        ["ArchivePeriod"] = new(
            async api => await api.GetArchiveByPeriodAsync("2024-01-01", "2024-01-31"), "GET", "/video/v2/archive/period/2024-01-01/2024-01-31", null,
            """{"result":"0","archive":[{"_id":"x1","conf_num":"c9","room_id":"r1","recording":[{"url":"https://portal.enablex.io/a.mkv"}],"transcoded":[{"url":"https://portal.enablex.io/a.mp4"}],"chatdata":"https://c","metadata":"https://m"}]}""",
            r => Assert.Equal("https://portal.enablex.io/a.mp4", Assert.Single(Assert.Single(Assert.IsType<EnableXArchiveResponse>(r).Archive!).Transcoded!).Url)),
        ["ArchiveRoom"] = new(async api => await api.GetArchiveByRoomAsync("r1"), "GET", "/video/v2/archive/room/r1", null, """{"result":"0","archive":[]}""", r => Assert.IsType<EnableXArchiveResponse>(r)),
        ["ArchiveRoomPeriod"] = new(async api => await api.GetArchiveByRoomAndPeriodAsync("r1", "2024-01-01", "2024-01-02"), "GET", "/video/v2/archive/room-period/r1/2024-01-01/2024-01-02", null, """{"result":"0","archive":[]}""", r => Assert.IsType<EnableXArchiveResponse>(r)),
        ["ArchiveConf"] = new(async api => await api.GetArchiveByConferenceAsync("c9"), "GET", "/video/v2/archive/conf/c9", null, """{"result":"0","archive":[]}""", r => Assert.IsType<EnableXArchiveResponse>(r)),
        ["DialIn"] = new(
            async api => await api.GetDialInNumbersAsync(), "GET", "/video/v2/dialin/", null,
            """{"_id":"x","app_key":"k","settings":{"sip":true},"sip":{"server_url":"sip.example"},"dialin":[{"country":"India","country_code":91,"phone":"+911234","toll":false}]}""",
            r =>
            {
                var number = Assert.Single(Assert.IsType<EnableXDialInResponse>(r).DialIn!);
                Assert.Equal("91", number.CountryCode);
                Assert.False(number.Toll);
            }),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Sends_the_exact_request_and_reads_the_answer(string name)
    {
        var c = Cases[name];
        await using var host = new EnableXTestHost();
        host.Server.Given(Request.Create().UsingAnyMethod())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(c.ResponseBody));

        var result = await c.Call(host.Api);

        var sent = host.SingleRequest().RequestMessage!;
        Assert.Equal(c.Method, sent.Method);
        Assert.Equal(c.Path, sent.Path);
        Assert.Equal(EnableXTestHost.BasicHeader, sent.Headers!["Authorization"].Single());
        if (c.Body is null)
        {
            Assert.True(string.IsNullOrEmpty(sent.Body), $"unexpected body {sent.Body}");
        }
        else
        {
            Assert.StartsWith("application/json", sent.Headers["Content-Type"].Single(), StringComparison.Ordinal);
            var actual = JsonNode.Parse(sent.Body!);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(c.Body), actual), $"sent {actual!.ToJsonString()}");
        }

        c.Check(result);
    }

    [Fact]
    public async Task Smartflomeet_preset_and_custom_white_label_hosts_are_configuration()
    {
        var smartflomeet = new EnableXOptions().UseSmartflomeet();
        Assert.Equal(new Uri("https://api.smartflomeet.ttns.in/video/v1/"), smartflomeet.ApiBaseAddress);
        Assert.Equal(new Uri("https://api.enablex.io/video/v2/"), new EnableXOptions().ApiBaseAddress);
        Assert.Equal(new Uri("https://api.example.com/base/video/v2/"), new EnableXOptions { BaseAddress = new Uri("https://api.example.com/base"), ApiVersionPath = "/video/v2/" }.ApiBaseAddress);

        await using var host = new EnableXTestHost(o => o.ApiVersionPath = "brand/v9");
        host.Server.Given(Request.Create().UsingGet())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody("""{"result":0,"rooms":[]}"""));
        await host.Api.ListRoomsAsync(TestContext.Current.CancellationToken);
        Assert.Equal("/brand/v9/rooms", host.SingleRequest().RequestMessage!.Path);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string))]
internal sealed partial class EnableXTestJson : System.Text.Json.Serialization.JsonSerializerContext;
