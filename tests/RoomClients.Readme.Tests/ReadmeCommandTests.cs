using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace RoomClients.Readme.Tests;

/// <summary>
/// Every command a README prints (in a bash block, or an inline <c>dotnet …</c> / <c>.ci/…</c> span) is checked against
/// the repository: package ids are packable projects installed with the pre-release switch the version needs, project
/// paths exist, scripts exist. A command no rule knows fails, so a new kind of command cannot slip in unchecked.
/// </summary>
public sealed partial class ReadmeCommandTests
{
    public static TheoryData<string> Readmes => new(ReadmeFiles.All);

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_command_is_checked_and_holds(string readme)
    {
        var problems = new List<string>();
        foreach (var command in Commands(readme))
        {
            if (Check(command) is { } problem)
            {
                problems.Add($"{readme}: `{command}`: {problem}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_install_commands_name_every_package_and_only_packages()
    {
        var packages = Directory.GetDirectories(Path.Combine(ReadmeFiles.Root, "src"))
            .Where(d => IsPackable(Path.Combine(d, Path.GetFileName(d) + ".csproj"))).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var installed = Commands("README.md").Select(c => AddPackage().Match(c)).Where(m => m.Success).Select(m => m.Groups["id"].Value)
            .Where(id => id != "RoomClients").Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(packages.Where(p => p != "RoomClients"), installed);
    }

    /// <summary>The rule set; null when the command holds.</summary>
    internal static string? Check(string command)
    {
        var root = ReadmeFiles.Root;
        if (AddPackage().Match(command) is { Success: true } add)
        {
            var id = add.Groups["id"].Value;
            var project = Path.Combine(root, "src", id, id + ".csproj");
            if (!File.Exists(project) || !IsPackable(project))
            {
                return $"no packable project src/{id}/{id}.csproj";
            }

            var (prefix, suffix) = Version();
            var version = suffix.Length == 0 ? prefix : $"{prefix}-{suffix}";
            var pinned = VersionSwitch().Match(command);
            if (pinned.Success)
            {
                return pinned.Groups["v"].Value == version ? null : $"--version {pinned.Groups["v"].Value}, but the packages are {version}";
            }

            return suffix.Length > 0 && !command.Contains("--prerelease", StringComparison.Ordinal)
                ? $"the packages are {version}, a pre-release: without --prerelease or --version, `dotnet add package` fails (no stable version)"
                : null;
        }

        if (ProjectSwitch().Match(command) is { Success: true } run && command.StartsWith("dotnet ", StringComparison.Ordinal))
        {
            var path = Path.Combine(root, run.Groups["p"].Value);
            if (path.Contains('<', StringComparison.Ordinal))
            {
                path = Path.GetDirectoryName(path[..path.IndexOf('<', StringComparison.Ordinal)])!;
                return Directory.Exists(path) ? null : $"{path} does not exist";
            }

            return Directory.Exists(path) && Directory.GetFiles(path, "*.csproj").Length == 1 ? null : $"{run.Groups["p"].Value} is not a project directory";
        }

        if (command == "dotnet test")
        {
            // xunit.v3 on SDK 10 runs through `dotnet test` only with the Microsoft.Testing.Platform runner in global.json.
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "global.json")));
            return json.RootElement.TryGetProperty("test", out var test) && test.GetProperty("runner").GetString() == "Microsoft.Testing.Platform"
                ? null : "global.json does not select the Microsoft.Testing.Platform runner";
        }

        if (command.StartsWith("dotnet pack", StringComparison.Ordinal) || command.StartsWith("dotnet build", StringComparison.Ordinal))
        {
            return File.Exists(Path.Combine(root, "RoomClients.sln")) ? null : "no RoomClients.sln at the root";
        }

        if (Export().Match(command) is { Success: true } export)
        {
            return ReadmeSettingTests.CheckSetting(export.Groups["name"].Value, export.Groups["key"].Value);
        }

        if (Script().Match(command) is { Success: true } script)
        {
            var path = Path.Combine(root, script.Groups["path"].Value);
            return File.Exists(path) ? null : $"{script.Groups["path"].Value} does not exist";
        }

        return "no rule checks this command: add one to ReadmeCommandTests.Check";
    }

    /// <summary>The commands of a README: each line of its bash blocks (comments dropped) and its inline command spans.</summary>
    internal static IEnumerable<string> Commands(string readme)
    {
        foreach (var block in ReadmeFiles.Blocks(readme).Where(b => b.Language == "bash"))
        {
            foreach (var line in block.Lines)
            {
                var command = Comment().Replace(line, string.Empty).Trim();
                if (command.Length > 0)
                {
                    yield return command;
                }
            }
        }

        foreach (Match span in InlineCommand().Matches(ReadmeFiles.Prose(readme)))
        {
            var command = span.Groups["c"].Value.Trim();
            if (command is not "dotnet add package" and not "dotnet run" and not "dotnet test --project X")
            {
                yield return command;
            }
        }
    }

    private static bool IsPackable(string project)
    {
        if (!File.Exists(project))
        {
            return false;
        }

        // src/Directory.Build.props makes every project under src/ packable unless the project says otherwise.
        var value = XDocument.Load(project).Descendants("IsPackable").LastOrDefault()?.Value;
        return value is null || bool.Parse(value);
    }

    private static (string Prefix, string Suffix) Version()
    {
        var props = XDocument.Load(Path.Combine(ReadmeFiles.Root, "Directory.Build.props"));
        return (props.Descendants("VersionPrefix").Single().Value, props.Descendants("VersionSuffix").SingleOrDefault()?.Value ?? string.Empty);
    }

    [GeneratedRegex(@"^dotnet add package (?<id>[A-Za-z0-9.]+)")]
    private static partial Regex AddPackage();

    [GeneratedRegex(@"--version (?<v>\S+)")]
    private static partial Regex VersionSwitch();

    [GeneratedRegex(@"--project (?<p>\S+)")]
    private static partial Regex ProjectSwitch();

    [GeneratedRegex(@"^export ROOMCLIENTS__(?<name>[A-Za-z0-9-]+)__(?<key>[A-Za-z0-9]+)=")]
    private static partial Regex Export();

    [GeneratedRegex(@"^(?<path>(\.ci|samples)/[^\s<]+)")]
    private static partial Regex Script();

    [GeneratedRegex(@"(^|\s)#.*$")]
    private static partial Regex Comment();

    [GeneratedRegex(@"`(?<c>(dotnet |\.ci/|samples/[^`]*\.sh)[^`]*)`")]
    private static partial Regex InlineCommand();
}
