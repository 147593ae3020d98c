namespace RoomClients.Vectera.Tests;

public sealed class VecteraFilterTests
{
    [Fact]
    public void Expressions_use_vectera_operators_and_literals()
    {
        var filter = VecteraFilter.Where("size", VecteraFilterOperator.GreaterThan, 1000)
            .And(VecteraFilter.Where("lastOpened", VecteraFilterOperator.LessThan, new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("(size > 1000) AND (lastOpened < 2021-01-01T00:00:00.000000+00:00)", filter.ToString());

        var owners = VecteraFilter.Where("ownerId", VecteraFilterOperator.Equal, Guid.Parse("6f1c3a2e-0000-4000-8000-000000000001"))
            .Or(VecteraFilter.Where("ownerId", VecteraFilterOperator.Equal, Guid.Parse("6f1c3a2e-0000-4000-8000-000000000002")))
            .And(VecteraFilter.Where("isTrashed", VecteraFilterOperator.Equal, false));
        Assert.Equal("((ownerId = 6f1c3a2e-0000-4000-8000-000000000001) OR (ownerId = 6f1c3a2e-0000-4000-8000-000000000002)) AND (isTrashed = false)", owners.ToString());
    }

    [Theory]
    [InlineData(VecteraFilterOperator.Equal, "=")]
    [InlineData(VecteraFilterOperator.NotEqual, "!=")]
    [InlineData(VecteraFilterOperator.Contains, "~")]
    [InlineData(VecteraFilterOperator.NotContains, "!~")]
    [InlineData(VecteraFilterOperator.GreaterThan, ">")]
    [InlineData(VecteraFilterOperator.GreaterThanOrEqual, ">=")]
    [InlineData(VecteraFilterOperator.LessThan, "<")]
    [InlineData(VecteraFilterOperator.LessThanOrEqual, "<=")]
    public void Every_operator_is_written_as_documented(VecteraFilterOperator op, string text) =>
        Assert.Equal($"key {text} \"x\"", VecteraFilter.Where("key", op, "x").ToString());

    [Fact]
    public void Literals_are_quoted_escaped_and_culture_invariant()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("a = \"say \\\"hi\\\" \\\\ bye\"", VecteraFilter.Where("a", VecteraFilterOperator.Equal, "say \"hi\" \\ bye").ToString());
            Assert.Equal("a = -2.5", VecteraFilter.Where("a", VecteraFilterOperator.Equal, -2.5).ToString());
            Assert.Equal("a = null", VecteraFilter.Where("a", VecteraFilterOperator.Equal, null).ToString());
            Assert.Equal("a = true", VecteraFilter.Where("a", VecteraFilterOperator.Equal, true).ToString());
            Assert.Equal("timeActive > 01:30:00", VecteraFilter.Where("timeActive", VecteraFilterOperator.GreaterThan, TimeSpan.FromMinutes(90)).ToString());
            Assert.Equal("timeActive > 2 03:04:05.500000", VecteraFilter.Where("timeActive", VecteraFilterOperator.GreaterThan, new TimeSpan(2, 3, 4, 5, 500)).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("key = 1 OR x")]
    [InlineData("a b")]
    public void Field_names_that_could_inject_syntax_are_refused(string field) =>
        Assert.ThrowsAny<ArgumentException>(() => VecteraFilter.Where(field, VecteraFilterOperator.Equal, 1));

    [Fact]
    public void Values_without_a_vectera_literal_are_refused() =>
        Assert.Throws<ArgumentException>(() => VecteraFilter.Where("a", VecteraFilterOperator.Equal, new object()));

    [Fact]
    public void Sort_keys_are_written_with_a_minus_for_descending()
    {
        var options = new VecteraListOptions { OrderBy = { VecteraSort.Desc("dateCreated"), VecteraSort.Asc("key") } };
        Assert.Equal("-dateCreated,key", options.OrderByText);
    }
}
