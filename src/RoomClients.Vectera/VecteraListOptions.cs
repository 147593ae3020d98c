namespace RoomClients.Vectera;

/// <summary>Search, filter, sort and page size for Vectera's list endpoints (<c>search</c>, <c>filter</c>, <c>orderBy</c>, <c>perPage</c>).</summary>
public sealed class VecteraListOptions
{
    /// <summary>Gets or sets a plain-text search (<c>?search=</c>).</summary>
    public string? Search { get; set; }

    /// <summary>Gets or sets a filter expression (<c>?filter=</c>).</summary>
    public VecteraFilter? Filter { get; set; }

    /// <summary>Gets the sort keys, in order (<c>?orderBy=a,-b</c>).</summary>
    public IList<VecteraSort> OrderBy { get; } = [];

    /// <summary>Gets or sets how many items each request asks for (<c>perPage</c>), 1 to <see cref="MaxPageSize"/>; 50 by default.</summary>
    public int PageSize { get; set; } = DefaultPageSize;

    /// <summary>The page size used when none is given.</summary>
    public const int DefaultPageSize = 50;

    /// <summary>The largest page size this SDK asks for.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Gets or sets the most pages a listing may span before it ends in an error (internal: for tests).</summary>
    internal int MaxPages { get; set; } = PagingGuard.DefaultMaxPages;

    internal string? FilterText => Filter?.ToString();

    internal string? OrderByText
    {
        get
        {
            foreach (var sort in OrderBy)
            {
                if (string.IsNullOrWhiteSpace(sort.Field) || sort.Field.StartsWith('-') || sort.Field.Contains(',', StringComparison.Ordinal))
                {
                    throw new RoomValidationException(RoomProviders.Vectera, "VecteraListOptions.OrderBy", $"'{sort.Field}' is not a field name.");
                }
            }

            return OrderBy.Count == 0 ? null : string.Join(',', OrderBy);
        }
    }
}
