using Microsoft.Extensions.DependencyInjection;
using RoomClients.Routing;
using RoomClients.Testing;

namespace RoomClients.Failover.Tests;

/// <summary>The stored form of a room: name:id, split on the first ':'.</summary>
public sealed class RoomReferenceTests
{
    [Theory]
    [InlineData("whereby", "112233", "whereby:112233")]
    [InlineData("whereby-eu", "/room-abc", "whereby-eu:/room-abc")]
    [InlineData("vonage", "urn:vonage:room:7f3e", "vonage:urn:vonage:room:7f3e")]
    [InlineData("enablex", "a:", "enablex:a:")]
    [InlineData("x", "::", "x:::")]
    public void Formats_and_parses_back(string name, string roomId, string text)
    {
        var reference = new RoomReference(name, roomId);

        Assert.Equal(text, reference.ToString());
        Assert.Equal(reference, RoomReference.Parse(text));
        Assert.Equal(reference, RoomReference.Parse(text.AsSpan()));
        Assert.True(RoomReference.TryParse(text, out var parsed));
        Assert.Equal(name, parsed.Name);
        Assert.Equal(roomId, parsed.RoomId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("whereby")]
    [InlineData(":112233")]
    [InlineData("whereby:")]
    [InlineData("whereby:   ")]
    [InlineData("   :112233")]
    [InlineData(" whereby:112233")]
    public void Rejects_what_is_not_a_reference(string text)
    {
        Assert.False(RoomReference.TryParse(text, out var result));
        Assert.True(result.IsEmpty);
        Assert.Throws<FormatException>(() => RoomReference.Parse(text));
    }

    [Fact]
    public void Rejects_null_and_invalid_parts()
    {
        Assert.False(RoomReference.TryParse((string?)null, out _));
        Assert.Throws<ArgumentNullException>(() => RoomReference.Parse(null!));
        Assert.Throws<ArgumentException>(() => new RoomReference("who:ever", "1"));
        Assert.Throws<ArgumentException>(() => new RoomReference("", "1"));
        Assert.Throws<ArgumentException>(() => new RoomReference("whereby", " "));
    }

    [Fact]
    public void Default_references_nothing()
    {
        RoomReference none = default;

        Assert.True(none.IsEmpty);
        Assert.Equal(string.Empty, none.ToString());
        Assert.NotEqual(new RoomReference("a", "1"), none);
        Assert.Equal(new RoomReference("a", "1"), new RoomReference("a", "1"));
        Assert.NotEqual(new RoomReference("a", "1"), new RoomReference("A", "1")); // ordinal, like service keys
    }

    [Fact]
    public void Works_as_a_generic_parsable()
    {
        static T ParseAny<T>(string s) where T : IParsable<T> => T.Parse(s, null);

        Assert.Equal(new RoomReference("vectera", "r-1"), ParseAny<RoomReference>("vectera:r-1"));
    }

    [Fact]
    public async Task A_room_references_the_registration_name_not_the_provider_name()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddInMemory("eu").Builder.AddInMemory("us"));
        await using var provider = services.BuildServiceProvider();
        var ct = TestContext.Current.CancellationToken;
        var eu = provider.GetRequiredKeyedService<IRoomService>("eu");
        var router = provider.GetRequiredService<IRoomRouter>();

        var room = await eu.CreateRoomAsync(new CreateRoomRequest(), ct);
        var stored = room.Reference.ToString();

        Assert.Equal(RoomProviders.InMemory, room.Provider);
        Assert.Equal("eu", room.RegistrationName);
        Assert.Equal($"eu:{room.Id}", stored);
        var found = await router.GetRoomAsync(RoomReference.Parse(stored), ct);
        Assert.Equal(room.JoinUrl, found.JoinUrl);
        Assert.Equal("eu", found.RegistrationName);
        await Assert.ThrowsAsync<RoomNotFoundException>(() => router.GetRoomAsync(new RoomReference("us", room.Id), ct));
        var listed = await eu.ListRoomsAsync(cancellationToken: ct).SingleAsync(ct);
        Assert.Equal(room.Reference, listed.Reference);
    }

    [Fact]
    public async Task The_router_rejects_unknown_names_before_sending_anything()
    {
        var services = new ServiceCollection();
        services.AddRoomClients(rooms => rooms.AddInMemory("eu"));
        await using var provider = services.BuildServiceProvider();
        var router = provider.GetRequiredService<IRoomRouter>();

        var ex = await Assert.ThrowsAsync<RoomValidationException>(() => router.GetRoomAsync(RoomReference.Parse("whereby:1"), TestContext.Current.CancellationToken));
        Assert.Contains("registered: eu", ex.Message, StringComparison.Ordinal);
        Assert.Throws<RoomValidationException>(() => router.GetRoomService(default));
    }

    [Fact]
    public void A_room_from_an_unregistered_service_falls_back_to_its_provider_name()
    {
        var room = new Room { Id = "42", Provider = RoomProviders.Whereby, JoinUrl = new Uri("https://example.test/42") };

        Assert.Equal(RoomProviders.Whereby, room.RegistrationName);
        Assert.Equal("whereby:42", room.Reference.ToString());
    }

    [Theory]
    [InlineData("whereby", "112233")]
    [InlineData("vonage", "urn:vonage:room:7f3e")]
    [InlineData("x", "a\"b\\c é")]
    public void Serializes_as_its_string_with_default_options_and_a_source_generated_context(string name, string roomId)
    {
        var reference = new RoomReference(name, roomId);
        var expected = System.Text.Json.JsonSerializer.Serialize(reference.ToString());

        Assert.Equal(expected, System.Text.Json.JsonSerializer.Serialize(reference));
        Assert.Equal(expected, System.Text.Json.JsonSerializer.Serialize(reference, ReferenceJsonContext.Default.RoomReference));
        Assert.Equal(reference, System.Text.Json.JsonSerializer.Deserialize<RoomReference>(expected));
        Assert.Equal(reference, System.Text.Json.JsonSerializer.Deserialize(expected, ReferenceJsonContext.Default.RoomReference));

        var keyed = new Dictionary<RoomReference, int> { [reference] = 1 };
        var json = System.Text.Json.JsonSerializer.Serialize(keyed, ReferenceJsonContext.Default.DictionaryRoomReferenceInt32);
        Assert.Equal($"{{{expected}:1}}", json);
        Assert.Equal(1, System.Text.Json.JsonSerializer.Deserialize(json, ReferenceJsonContext.Default.DictionaryRoomReferenceInt32)![reference]);
    }

    [Theory]
    [InlineData("\"no-colon\"")]
    [InlineData("\":id\"")]
    [InlineData("\"name:\"")]
    [InlineData("\"\"")]
    [InlineData("42")]
    [InlineData("{}")]
    [InlineData("[\"whereby:1\"]")]
    public void Json_that_is_not_a_reference_fails_with_a_json_exception(string json)
    {
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize(json, ReferenceJsonContext.Default.RoomReference));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<RoomReference>(json));
    }

    [Fact]
    public void The_default_reference_is_null_in_json()
    {
        Assert.Equal("null", System.Text.Json.JsonSerializer.Serialize(default(RoomReference), ReferenceJsonContext.Default.RoomReference));
        Assert.True(System.Text.Json.JsonSerializer.Deserialize("null", ReferenceJsonContext.Default.RoomReference).IsEmpty);
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(RoomReference))]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<RoomReference, int>))]
internal sealed partial class ReferenceJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
