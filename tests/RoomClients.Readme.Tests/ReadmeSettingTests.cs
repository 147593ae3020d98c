using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using RoomClients.Daily;
using RoomClients.EnableX;
using RoomClients.Vectera;
using RoomClients.Vonage;
using RoomClients.Whereby;
using RoomClients.Zoom;

namespace RoomClients.Readme.Tests;

/// <summary>
/// Every setting a README names exists as an option property, and the defaults it prints are the options' defaults:
/// <c>RoomClients:&lt;name&gt;:&lt;Key&gt;</c> and <c>ROOMCLIENTS__&lt;NAME&gt;__&lt;KEY&gt;</c> anywhere, the keys of the JSON
/// configuration example, the configuration table, and each package README's "Settings (…)" paragraph.
/// </summary>
public sealed partial class ReadmeSettingTests
{
    private static readonly Dictionary<string, Type> Options = new(StringComparer.OrdinalIgnoreCase)
    {
        ["whereby"] = typeof(WherebyOptions),
        ["vonage"] = typeof(VonageOptions),
        ["enablex"] = typeof(EnableXOptions),
        ["vectera"] = typeof(VecteraOptions),
        ["daily"] = typeof(DailyOptions),
        ["zoom"] = typeof(ZoomOptions),
    };

    private static readonly Dictionary<string, string> Registrations = new(StringComparer.Ordinal)
    {
        ["AddWhereby"] = "whereby",
        ["AddVonage"] = "vonage",
        ["AddEnableX"] = "enablex",
        ["AddVectera"] = "vectera",
        ["AddDaily"] = "daily",
        ["AddZoom"] = "zoom",
    };

    public static TheoryData<string> Readmes => new(ReadmeFiles.All);

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_setting_named_is_an_option_property(string readme)
    {
        var text = ReadmeFiles.Text(readme);
        var problems = new List<string>();
        foreach (Match m in ColonKey().Matches(text))
        {
            Add(problems, m.Value, CheckSetting(m.Groups["name"].Value, m.Groups["key"].Value));
        }

        foreach (Match m in EnvironmentKey().Matches(text))
        {
            Add(problems, m.Value, CheckSetting(m.Groups["name"].Value, m.Groups["key"].Value));
        }

        foreach (var block in ReadmeFiles.Blocks(readme).Where(b => b.Language == "json"))
        {
            using var json = JsonDocument.Parse(string.Join('\n', block.Lines));
            foreach (var registration in json.RootElement.GetProperty("RoomClients").EnumerateObject())
            {
                foreach (var setting in registration.Value.EnumerateObject())
                {
                    Add(problems, $"json {registration.Name}.{setting.Name}", CheckSetting(registration.Name, setting.Name));
                }
            }
        }

        foreach (var line in text.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && Registration().IsMatch(l)))
        {
            var name = Registrations[Registration().Match(line).Groups["add"].Value];
            var cells = line.Split('|');
            foreach (var cell in cells.Skip(3))
            {
                foreach (Match setting in SettingWithDefault().Matches(cell))
                {
                    Add(problems, $"table {name}.{setting.Groups["key"].Value}", CheckSetting(name, setting.Groups["key"].Value, setting.Groups["default"].Value));
                }
            }
        }

        foreach (Match paragraph in SettingsParagraph().Matches(text))
        {
            var name = paragraph.Groups["name"].Value;
            foreach (Match setting in SettingWithDefault().Matches(paragraph.Groups["body"].Value))
            {
                Add(problems, $"settings {name}.{setting.Groups["key"].Value}", CheckSetting(name, setting.Groups["key"].Value, setting.Groups["default"].Value));
            }
        }

        Assert.True(problems.Count == 0, $"{readme}:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_checks_reject_what_is_not_there()
    {
        Assert.NotNull(CheckSetting("whereby", "ApiSecret"));
        Assert.NotNull(CheckSetting("zoom", "ApiKey"));
        Assert.NotNull(CheckSetting("whereby", "DefaultRoomLifetime", "2 h"));
        Assert.NotNull(CheckSetting("enablex", "DefaultParticipants", "12"));
        Assert.NotNull(CheckSetting("vonage", "BaseAddress", "`https://api.vonage.com/`"));
        Assert.Null(CheckSetting("whereby-eu", "ApiKey", "required"));
        Assert.NotNull(ReadmeCommandTests.Check("dotnet add package RoomClients.Whereby"));
        Assert.NotNull(ReadmeCommandTests.Check("dotnet add package RoomClients.Teams --prerelease")); // no such package (RoomClients.Zoom exists now)
        Assert.NotNull(ReadmeCommandTests.Check("dotnet add package RoomClients.Whereby --version 0.0.1"));
        Assert.NotNull(ReadmeCommandTests.Check("dotnet run --project samples/NoSuchSample"));
        Assert.NotNull(ReadmeCommandTests.Check("curl https://example.com"));
        Assert.Null(ReadmeCommandTests.Check("dotnet add package RoomClients.Whereby --prerelease"));
    }

    /// <summary>Null when <paramref name="key"/> is a public settable property of the registration's options (and its default is <paramref name="printedDefault"/>).</summary>
    internal static string? CheckSetting(string name, string key, string printedDefault = "")
    {
        var provider = Options.Keys.FirstOrDefault(p => name.Equals(p, StringComparison.OrdinalIgnoreCase) || name.StartsWith(p + "-", StringComparison.OrdinalIgnoreCase));
        if (provider is null)
        {
            return $"'{name}' is no provider's registration name";
        }

        var type = Options[provider];
        var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.Name.Equals(key, StringComparison.OrdinalIgnoreCase) && p.SetMethod is { IsPublic: true });
        if (property is null)
        {
            return $"{type.Name} has no settable property {key}";
        }

        var expected = Parse(printedDefault.Split(',')[0].Trim(), property.PropertyType);
        if (expected is null)
        {
            return null;
        }

        var actual = property.GetValue(Activator.CreateInstance(type));
        return Equals(expected, actual) || string.Equals(expected.ToString(), actual?.ToString(), StringComparison.Ordinal)
            ? null : $"the README says {key} defaults to ({printedDefault}); {type.Name} defaults to {actual}";
    }

    /// <summary>A printed default this test understands: <c>60</c>, <c>1 h</c>, <c>15 min</c>, <c>`text`</c>; null for anything else (a note, not a value).</summary>
    private static object? Parse(string printed, Type type)
    {
        if (printed.StartsWith('`') && printed.EndsWith('`') && printed.Length > 2)
        {
            var value = printed[1..^1];
            return type == typeof(Uri) ? new Uri(value) : value;
        }

        if (type == typeof(int) && int.TryParse(printed, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        if (type == typeof(TimeSpan) && Duration().Match(printed) is { Success: true } d)
        {
            var n = int.Parse(d.Groups["n"].Value, CultureInfo.InvariantCulture);
            return d.Groups["unit"].Value switch { "h" => TimeSpan.FromHours(n), "min" => TimeSpan.FromMinutes(n), _ => TimeSpan.FromSeconds(n) };
        }

        return null;
    }

    private static void Add(List<string> problems, string where, string? problem)
    {
        if (problem is not null)
        {
            problems.Add($"{where}: {problem}");
        }
    }

    [GeneratedRegex(@"RoomClients:(?<name>[a-z][a-z0-9-]*):(?<key>[A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex ColonKey();

    [GeneratedRegex(@"ROOMCLIENTS__(?<name>[A-Z][A-Z0-9-]*)__(?<key>[A-Z][A-Z0-9]*)")]
    private static partial Regex EnvironmentKey();

    [GeneratedRegex(@"`rooms\.(?<add>Add(Whereby|Vonage|EnableX|Vectera|Daily|Zoom))\(")]
    private static partial Regex Registration();

    [GeneratedRegex(@"`(?<key>[A-Z][A-Za-z]+)`(\s*\((?<default>[^()]*)\))?")]
    private static partial Regex SettingWithDefault();

    [GeneratedRegex(@"^Settings \(`RoomClients:(?<name>[a-z]+):…`\):(?<body>(.+\n)+)", RegexOptions.Multiline)]
    private static partial Regex SettingsParagraph();

    [GeneratedRegex(@"^(?<n>\d+) (?<unit>h|min|s)$")]
    private static partial Regex Duration();
}
