namespace RoomClients.Readme.Tests;

/// <summary>The four provider READMEs share one template, and the Vonage shutdown is what a reader meets first.</summary>
public sealed class ReadmeTemplateTests
{
    private static readonly string[] Sections =
        ["## Register", "## Room mapping", "## What is not supported", "## The provider API", "## Errors", "## Webhooks", "## Sources"];

    [Theory]
    [InlineData("whereby", "Whereby")]
    [InlineData("vonage", "Vonage")]
    [InlineData("enablex", "EnableX")]
    [InlineData("vectera", "Vectera")]
    [InlineData("daily", "Daily")]
    [InlineData("zoom", "Zoom")]
    public void A_provider_readme_has_the_template_sections_in_order_and_links_its_sources(string provider, string package)
    {
        var text = ReadmeFiles.Text($"src/RoomClients.{package}/README.md");
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l.TrimEnd()).ToArray();
        Assert.Equal(Sections, headings);
        var sources = text[text.IndexOf("## Sources", StringComparison.Ordinal)..];
        Assert.Contains($"docs/providers/{provider}.md", sources, StringComparison.Ordinal);
        Assert.DoesNotContain("Facts confirmed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Open / inferred", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("README.md", 12)]
    [InlineData("src/RoomClients.Vonage/README.md", 3)]
    public void The_Vonage_shutdown_is_in_the_first_lines(string readme, int lines)
    {
        var top = string.Join('\n', ReadmeFiles.Text(readme).Split('\n').Take(lines));
        Assert.Contains("2025-06-30", top, StringComparison.Ordinal);
        Assert.Contains("shut", top, StringComparison.OrdinalIgnoreCase);
    }
}
