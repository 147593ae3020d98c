using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RoomClients.Http;
using RoomClients.Tests.Shared.Profiles;

namespace RoomClients.Contract.Tests;

/// <summary>
/// Request bodies are written without the providers' lenient converters, so that System.Text.Json's generated writers run
/// (<see cref="RoomJsonContentSerializer"/>). That must not change a byte: every object type of every provider's JSON
/// context is filled (every settable property, nested objects, lists, dictionaries, extension data, times with an offset
/// and a fraction, escapes) and written both ways, and both ways must give the same text (or the same error).
/// </summary>
public sealed class JsonWriteParityTests
{
    private static readonly DateTimeOffset Time = new(2026, 12, 3, 10, 20, 30, 123, TimeSpan.FromHours(2));

    public static TheoryData<string> Providers => [.. ProviderProfile.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_type_is_written_the_same_with_and_without_the_reading_converters(string provider)
    {
        var context = ContextOf(ProviderProfile.Named(provider).ApiType.Assembly);
        var serializer = RoomJsonContentSerializer.For(context);
        var types = context.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => typeof(JsonTypeInfo).IsAssignableFrom(p.PropertyType))
            .Select(p => ((JsonTypeInfo)p.GetValue(context)!).Type)
            .Where(t => serializer.ReadOptions.GetTypeInfo(t).Kind == JsonTypeInfoKind.Object)
            .ToList();
        Assert.NotEmpty(types);

        var compared = 0;
        var failedBothWays = 0;
        foreach (var type in types)
        {
            foreach (var value in new[] { Sample(serializer.ReadOptions, type, 0, full: true), Sample(serializer.ReadOptions, type, 0, full: false) })
            {
                if (value is null)
                {
                    continue;
                }

                var read = Write(value, serializer.ReadOptions);
                var written = Write(value, serializer.WriteOptions);
                Assert.True(read == written, $"{provider} {type.Name}:\n  read options:  {read}\n  write options: {written}");
                compared++;
                failedBothWays += read.StartsWith("error ", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(compared >= types.Count, $"{provider}: only {compared} values compared for {types.Count} types.");
        Assert.True(failedBothWays * 10 <= compared, $"{provider}: {failedBothWays} of {compared} values could not be written at all; the samples no longer test the writers.");
    }

    [Fact]
    public void A_context_without_converters_reads_and_writes_with_one_set_of_options()
    {
        var zoom = RoomJsonContentSerializer.For(ContextOf(ProviderProfile.Named("zoom").ApiType.Assembly));
        Assert.Same(zoom.ReadOptions, zoom.WriteOptions);

        var daily = RoomJsonContentSerializer.For(ContextOf(ProviderProfile.Named("daily").ApiType.Assembly));
        Assert.NotEmpty(daily.ReadOptions.Converters);
        Assert.Empty(daily.WriteOptions.Converters);
    }

    private static JsonSerializerContext ContextOf(Assembly assembly)
    {
        var type = assembly.GetTypes().Single(t => t.IsSubclassOf(typeof(JsonSerializerContext)));
        return (JsonSerializerContext)type.GetProperty("Default", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
    }

    private static string Write(object value, JsonSerializerOptions options)
    {
        try
        {
            return JsonSerializer.Serialize(value, options.GetTypeInfo(value.GetType()));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return $"error {ex.GetType().Name}";
        }
    }

    /// <summary>A value of <paramref name="type"/>: with every settable property set (<paramref name="full"/>), or as created.</summary>
    private static object? Sample(JsonSerializerOptions options, Type type, int depth, bool full = true)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        switch (plain)
        {
            case not null when plain == typeof(string):
                return "Text \"quoted\" é <b>&amp;</b> \u2028 line";
            case not null when plain == typeof(int) || plain == typeof(long) || plain == typeof(short):
                return Convert.ChangeType(1795352400 % 32000, plain, System.Globalization.CultureInfo.InvariantCulture);
            case not null when plain == typeof(double) || plain == typeof(float) || plain == typeof(decimal):
                return Convert.ChangeType(1.25, plain, System.Globalization.CultureInfo.InvariantCulture);
            case not null when plain == typeof(bool):
                return true;
            case not null when plain == typeof(DateTimeOffset):
                return Time;
            case not null when plain == typeof(DateTime):
                return Time.UtcDateTime;
            case not null when plain == typeof(TimeSpan):
                return TimeSpan.FromMinutes(90);
            case not null when plain == typeof(Guid):
                return new Guid("6f9619ff-8b86-d011-b42d-00cf4fc964ff");
            case not null when plain == typeof(Uri):
                return new Uri("https://example.com/a%20b?c=d&e=%C3%A9#f");
            case not null when plain == typeof(JsonElement):
                return JsonDocument.Parse("""{"k":[1,"x",true,null,{"n":2.5}]}""").RootElement.Clone();
            case not null when plain.IsEnum:
                return Enum.GetValues(plain).Cast<object>().Last();
            case not null when plain == typeof(object):
                return "object";
        }

        if (depth > 4)
        {
            return null;
        }

        JsonTypeInfo info;
        try
        {
            info = options.GetTypeInfo(plain!);
        }
        catch (NotSupportedException)
        {
            return null; // a type the context does not know is never sent
        }

        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when info.CreateObject is { } create:
                var value = create();
                if (full)
                {
                    foreach (var property in info.Properties.Where(p => p.Set is not null))
                    {
                        property.Set!(value, Sample(options, property.PropertyType, depth + 1));
                    }
                }

                return value;
            case JsonTypeInfoKind.Enumerable when info.ElementType is { } element:
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                list.Add(Sample(options, element, depth + 1));
                return plain!.IsArray ? ToArray(list, element) : plain.IsAssignableFrom(list.GetType()) ? list : null;
            case JsonTypeInfoKind.Dictionary when info.KeyType == typeof(string) && info.ElementType is { } element:
                var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), element))!;
                dictionary.Add("key \"one\"", Sample(options, element, depth + 1));
                return plain!.IsAssignableFrom(dictionary.GetType()) ? dictionary : null;
            default:
                return null;
        }
    }

    private static Array ToArray(IList list, Type element)
    {
        var array = Array.CreateInstance(element, list.Count);
        list.CopyTo(array, 0);
        return array;
    }
}
