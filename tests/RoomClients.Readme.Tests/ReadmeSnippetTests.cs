namespace RoomClients.Readme.Tests;

/// <summary>
/// The C# blocks of the READMEs are compiled by this project's build (build/ReadmeSnippets.targets): a block that no
/// longer compiles fails <c>dotnet build</c> at its README line. These tests make sure none drops out unseen.
/// </summary>
public sealed class ReadmeSnippetTests
{
    /// <summary>How many C# blocks each README has, all compiled. Adding or removing a block means changing this table.</summary>
    private static readonly Dictionary<string, int> Expected = new()
    {
        ["README.md"] = 7,
        ["src/RoomClients/README.md"] = 1,
        ["src/RoomClients.AspNetCore/README.md"] = 1,
        ["src/RoomClients.StackExchangeRedis/README.md"] = 1,
        ["src/RoomClients.Daily/README.md"] = 1,
        ["src/RoomClients.EnableX/README.md"] = 1,
        ["src/RoomClients.Testing/README.md"] = 2,
        ["src/RoomClients.Vectera/README.md"] = 1,
        ["src/RoomClients.Vonage/README.md"] = 1,
        ["src/RoomClients.Whereby/README.md"] = 1,
        ["src/RoomClients.Zoom/README.md"] = 1,
    };

    [Fact]
    public void Every_readme_under_check_was_compiled_with_the_expected_number_of_blocks()
    {
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), ReadmeFiles.Compiled);
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), ReadmeSnippetManifest.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (readme, count) in Expected)
        {
            Assert.True(ReadmeSnippetManifest.Files[readme].Compiled == count, $"{readme}: {ReadmeSnippetManifest.Files[readme].Compiled} C# blocks compiled, {count} expected.");
        }
    }

    [Fact]
    public void The_build_saw_every_csharp_block_the_readmes_have_now()
    {
        foreach (var readme in ReadmeFiles.Compiled)
        {
            var now = ReadmeFiles.Blocks(readme).Count(b => b.Language is "csharp" or "cs" or "c#");
            var (compiled, notCompiled) = ReadmeSnippetManifest.Files[readme];
            Assert.True(now == compiled + notCompiled, $"{readme} has {now} C# blocks; the build compiled {compiled} and skipped {notCompiled} (stale build?).");
        }
    }

    [Fact]
    public void Blocks_marked_not_compiled_are_few()
    {
        Assert.True(ReadmeSnippetManifest.Files.Values.Sum(f => f.NotCompiled) <= 2, "More than two README blocks are marked '<!-- readme-check: not compiled -->'.");
    }

    [Fact]
    public void No_block_is_in_an_unknown_language()
    {
        string[] known = ["csharp", "bash", "json", "text", "xml"];
        foreach (var readme in ReadmeFiles.All)
        {
            foreach (var block in ReadmeFiles.Blocks(readme))
            {
                Assert.True(known.Contains(block.Language), $"{readme}:{block.Line - 1}: a ``` block in '{block.Language}' is neither compiled nor checked; use one of {string.Join(", ", known)}.");
            }
        }
    }
}
