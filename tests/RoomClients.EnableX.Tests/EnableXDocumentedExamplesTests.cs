using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using RoomClients.EnableX.Models;

namespace RoomClients.EnableX.Tests;

/// <summary>
/// The examples of ../shared/specs/enablex.md and seed 001 (EnableX publishes no OpenAPI file), with their documented
/// quirks (string numbers, <c>"result":"0"</c>, <c>max_active_talkers: true</c>, string booleans): every answer reads into
/// its DTO, every request body round-trips to the same JSON, and the request DTOs carry no response-only field.
/// </summary>
public sealed class EnableXDocumentedExamplesTests
{
    private static readonly EnableXJsonContext Ctx = EnableXJsonContext.Default;

    private const string Room = """{"name":"My Room","owner_ref":"XOXO","settings":{"description":"d","mode":"group","scheduled":false,"adhoc":false,"duration":30,"moderators":"1","participants":"3","quality":"SD","canvas":false,"screen_share":false,"abwd":true,"max_active_talkers":true,"auto_recording":false},"sip":{"enabled":true,"pin":123456,"meeting_id":"987654"},"data":{"custom":"x"},"created":"2018-07-12T11:30:24.851Z","room_id":"5b4739c8bd0e5e1d4bb7ad79"}""";

    public static TheoryData<string, string> DocumentedResponses => new()
    {
        { "room", $$"""{"result":0,"room":{{Room}}}""" },
        { "rooms", $$"""{"result":0,"rooms":[{{Room}}]}""" },
        { "result", """{"result":0}""" },
        { "error", """{"result":40001,"error":"Room not found","desc":"The room does not exist"}""" },
        { "users", """{"result":0,"total":1,"users":[{"name":"Ada","user_ref":"u1","role":"moderator","permissions":{"publish":true,"subscribe":true,"record":true,"stats":true,"controlhandlers":true}}]}""" },
        { "users-empty", """{"result":0,"total":"0","users":null}""" },
        { "token", """{"result":0,"token":"eyJhbGciOi.e30.sig"}""" },
        { "cdr", """{"result":"0","cdr":[{"trans_date":"2018-07-12T11:30:24.851Z","conf_num":"1234","call_num":1,"call_log_id":"c1","room":{"room_id":"r","connect_dt":"2018-07-12T11:30:24Z","disconnect_dt":"2018-07-12T11:40:24Z","duration":600},"user":{"ip":"10.0.0.1","name":"Ada","role":"moderator","ref":"u1","agent":"x","token":"t","confName":"c"},"sigserver":{"connect_dt":"x","ip":"y","disconnect_dt":"z","duration":1,"hold_duration":0},"published_track":{"audio":"true","data":"false","video":true,"screen":false,"url":"u"},"usage":{"subscribed_minutes":1.5,"published_minutes":"2"},"app_id":"a","cdr_id":99}]}""" },
        { "archive", """{"result":"0","archive":[{"_id":"x","trans_date":"2018-07-12T11:30:24.851Z","conf_num":1234,"app_id":"a","room_id":"r","recording":[{"url":"https://portal/rec.mp4"}],"transcoded":[{"url":"https://portal/t.mp4"}],"chatdata":"https://portal/chat","metadata":"https://portal/meta"}]}""" },
        { "dialin", """{"_id":"x","app_key":"k","settings":{"sip":true},"sip":{"server_url":"sip.example","username":"u","password":"p","sig_servers":[],"media_servers":[]},"dialin":[{"country":"India","country_code":"+91","phone":912345678,"toll":false}]}""" },
    };

    private static readonly Dictionary<string, JsonTypeInfo> ResponseTypes = new()
    {
        ["room"] = Ctx.EnableXRoomResponse,
        ["rooms"] = Ctx.EnableXRoomListResponse,
        ["result"] = Ctx.EnableXResult,
        ["error"] = Ctx.EnableXResult,
        ["users"] = Ctx.EnableXUserListResponse,
        ["users-empty"] = Ctx.EnableXUserListResponse,
        ["token"] = Ctx.EnableXTokenResponse,
        ["cdr"] = Ctx.EnableXCdrResponse,
        ["archive"] = Ctx.EnableXArchiveResponse,
        ["dialin"] = Ctx.EnableXDialInResponse,
    };

    [Theory]
    [MemberData(nameof(DocumentedResponses))]
    public void A_documented_answer_reads_into_its_dto(string kind, string json)
    {
        var value = JsonSerializer.Deserialize(json, ResponseTypes[kind]);

        Assert.NotNull(value);
        Assert.NotNull(JsonSerializer.Serialize(value, ResponseTypes[kind])); // and the DTO can be written again (logging, caching)
    }

    [Fact]
    public void The_documented_quirks_read_as_typed_values()
    {
        var room = JsonSerializer.Deserialize($$"""{"result":0,"room":{{Room}}}""", Ctx.EnableXRoomResponse)!.Room!;
        Assert.Equal(("5b4739c8bd0e5e1d4bb7ad79", 1, 3), (room.RoomId, room.Settings!.Moderators, room.Settings.Participants));
        Assert.Null(room.Settings.MaxActiveTalkers); // the docs' sample "max_active_talkers": true is no number
        Assert.Equal(("123456", "987654", true), (room.Sip!.Pin, room.Sip.MeetingId, room.Sip.Enabled));
        Assert.Equal(new DateTimeOffset(2018, 7, 12, 11, 30, 24, 851, TimeSpan.Zero), room.Created);

        Assert.Equal(0, JsonSerializer.Deserialize("""{"result":"0","cdr":[]}""", Ctx.EnableXCdrResponse)!.Result);
        Assert.Equal("912345678", Assert.Single(JsonSerializer.Deserialize("""{"dialin":[{"phone":912345678}]}""", Ctx.EnableXDialInResponse)!.DialIn!).Phone);
    }

    public static TheoryData<string, string> DocumentedRequests => new()
    {
        // Seed 001, examples 2–4.
        { "create", """{"name":"My Permanent Room","owner_ref":"XOXO","settings":{"description":"My Permanent Room","mode":"group","scheduled":false,"adhoc":false,"duration":30,"moderators":"1","participants":"3","quality":"SD","canvas":false,"screen_share":false,"abwd":true,"max_active_talkers":4}}""" },
        { "create", """{"name":"My Scheduled Room","owner_ref":"XOXO","settings":{"description":"My Scheduled Room","mode":"group","scheduled":true,"adhoc":false,"scheduled_time":"2021-05-31 05:30:00","duration":30,"moderators":"1","participants":"3","quality":"SD","abwd":true}}""" },
        // enablex.md: every documented setting, SIP and custom data.
        { "create", """{"name":"All","owner_ref":"o1","settings":{"description":"d","mode":"lecture","scheduled":false,"adhoc":false,"moderators":"2","participants":"10","auto_recording":true,"quality":"HD","canvas":true,"screen_share":true,"abwd":false,"max_active_talkers":6,"knock":true,"wait_for_moderator":true,"billing_code":"b1","facex":false,"single_file_recording":false,"role_based_recording":{"moderator":"audiovideo","participant":"audio"},"live_recording":{"auto_recording":true,"url":"https://example.com/view"},"media_zone":"IN","watermark":true},"sip":{"enabled":true},"data":{"custom":"x"}}""" },
        { "update", """{"name":"New name","settings":{"participants":"15","auto_recording":true}}""" },
        { "token", """{"name":"Ada","role":"moderator","user_ref":"u1","data":{"k":"v"}}""" },
    };

    [Theory]
    [MemberData(nameof(DocumentedRequests))]
    public void A_documented_request_round_trips_to_the_same_json(string kind, string json)
    {
        JsonTypeInfo type = kind switch
        {
            "create" => Ctx.EnableXCreateRoomRequest,
            "update" => Ctx.EnableXUpdateRoomRequest,
            _ => Ctx.EnableXCreateTokenRequest,
        };

        var written = JsonSerializer.Serialize(JsonSerializer.Deserialize(json, type), type);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"documented {json}\nwritten    {written}");
    }

    [Fact]
    public void A_request_cannot_carry_the_sip_pin_or_meeting_id()
    {
        // The answer's fields would be sent back on an update; the request shape has only "enabled".
        Assert.Equal(["Enabled"], typeof(EnableXSip).GetProperties().Select(p => p.Name));
        Assert.Equal("""{"enabled":true}""", JsonSerializer.Serialize(new EnableXSip { Enabled = true }, Ctx.EnableXSip));
        Assert.Equal(typeof(EnableXRoomSip), typeof(EnableXRoom).GetProperty(nameof(EnableXRoom.Sip))!.PropertyType);
    }
}
