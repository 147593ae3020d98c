using System.Text.RegularExpressions;

namespace RoomClients.Readme.Tests;

/// <summary>Relative links, and links into this repository on GitHub (the package READMEs are read on nuget.org, where relative links break), point at files that exist.</summary>
public sealed partial class ReadmeLinkTests
{
    private const string Repository = "https://github.com/roomclients/roomclients/blob/main/";

    public static TheoryData<string> Readmes => new(ReadmeFiles.All);

    [Theory]
    [MemberData(nameof(Readmes))]
    public void Every_link_into_the_repository_resolves(string readme)
    {
        var directory = Path.GetDirectoryName(Path.Combine(ReadmeFiles.Root, readme))!;
        var missing = new List<string>();
        var pending = new List<string>();
        foreach (Match link in Link().Matches(ReadmeFiles.Prose(readme)))
        {
            var href = link.Groups["href"].Value.Split('#')[0];
            string target;
            if (href.StartsWith(Repository, StringComparison.Ordinal))
            {
                target = Path.Combine(ReadmeFiles.Root, href[Repository.Length..]);
            }
            else if (href.Length == 0 || href.Contains("://", StringComparison.Ordinal) || href.StartsWith("mailto:", StringComparison.Ordinal))
            {
                continue;
            }
            else
            {
                target = Path.GetFullPath(Path.Combine(directory, href));
            }

            if (File.Exists(target) || Directory.Exists(target))
            {
                continue;
            }

            // docs/providers/ is written in parallel (issue 15); until it is in the tree its links are reported, not failed.
            if (href.Contains("docs/providers/", StringComparison.Ordinal) && !Directory.Exists(Path.Combine(ReadmeFiles.Root, "docs", "providers")))
            {
                pending.Add(href);
                continue;
            }

            missing.Add(href);
        }

        Assert.True(missing.Count == 0, $"{readme} links to what does not exist: {string.Join(", ", missing)}");
        if (pending.Count > 0)
        {
            Assert.Skip($"{readme}: docs/providers/ is not in this tree yet; unchecked: {string.Join(", ", pending)}");
        }
    }

    [GeneratedRegex(@"\]\((?<href>[^)\s]+)\)")]
    private static partial Regex Link();
}
