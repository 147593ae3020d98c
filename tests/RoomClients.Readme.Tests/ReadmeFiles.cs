using System.Text.RegularExpressions;

namespace RoomClients.Readme.Tests;

/// <summary>The READMEs under check and their fenced blocks, read from the repository the tests were built from.</summary>
internal static partial class ReadmeFiles
{
    public static readonly string Root = FindRoot();

    /// <summary>The READMEs whose C# blocks are compiled: the root one and every package's.</summary>
    public static IEnumerable<string> Compiled =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(Root, "src"), "README.md", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(Path.GetDirectoryName(f)) == Path.Combine(Root, "src"))
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

    /// <summary>Every README whose commands, settings and links are checked (the compiled ones and the samples').</summary>
    public static IEnumerable<string> All =>
        Compiled.Concat(Directory.GetFiles(Path.Combine(Root, "samples"), "README*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

    public static string Text(string readme) => File.ReadAllText(Path.Combine(Root, readme));

    /// <summary>The fenced blocks of a README: language, first line (1-based), the lines between the fences.</summary>
    public static IEnumerable<(string Language, int Line, string[] Lines)> Blocks(string readme)
    {
        var lines = File.ReadAllLines(Path.Combine(Root, readme));
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                continue;
            }

            var language = lines[i].TrimStart()[3..].Trim();
            var end = i + 1;
            while (end < lines.Length && !lines[end].TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                end++;
            }

            yield return (language, i + 2, lines[(i + 1)..end]);
            i = end;
        }
    }

    /// <summary>The text outside fenced blocks, for inline code spans.</summary>
    public static string Prose(string readme) => Fence().Replace(Text(readme), string.Empty);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RoomClients.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"RoomClients.sln was not found above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex("^```.*?^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
