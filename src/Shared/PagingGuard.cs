// Shared source: compiled into each provider package as an internal type, so every adapter's listing ends the same way.
namespace RoomClients;

/// <summary>
/// Makes a listing end, whatever the server's paging does: each page is reported with <see cref="Page"/> and each item
/// with <see cref="Item"/>, and a broken answer ends in a <see cref="RoomServiceException"/> (never an endless enumeration,
/// never a silently truncated one): a continuation (cursor, page token, next link) seen before (a repeated cursor, a
/// cycle of next links, a page parameter the server ignores), a continuation on a page without items, a page larger
/// than asked, an item id seen before on this page or the one before it, or a page that starts with the item another page
/// started with (the same page served again under another cursor or page number, overlapping pages, a cycle of pages),
/// more than <see cref="MaxPages"/> pages (a server producing cursors forever), and a next link that points elsewhere
/// than the API's own scheme, host and port (following it would send the credentials to a stranger).
/// </summary>
/// <remarks>
/// Memory is bounded by pages, not items: the ids of the current and the previous page, and one continuation and one
/// first id per page (at most <see cref="MaxPages"/>), so streaming a large account keeps one or two pages of ids alive,
/// whatever the number of rooms.
/// </remarks>
internal sealed class PagingGuard
{
    /// <summary>The number of pages a listing may span by default: far more than any real account, small enough to end.</summary>
    public const int DefaultMaxPages = 10_000;

    private readonly string _provider;
    private readonly int? _pageSize;
    private readonly HashSet<string> _continuations = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstIds = new(StringComparer.Ordinal);
    private HashSet<string> _pageIds = new(StringComparer.Ordinal);
    private HashSet<string> _previousPageIds = new(StringComparer.Ordinal);
    private bool _pageStarted;
    private int _pages;

    /// <summary>Initializes a guard for one listing.</summary>
    /// <param name="provider">The provider, named in errors.</param>
    /// <param name="pageSize">The page size asked for, if one was sent.</param>
    /// <param name="maxPages">The most pages the listing may span.</param>
    public PagingGuard(string provider, int? pageSize, int maxPages = DefaultMaxPages)
    {
        _provider = provider;
        _pageSize = pageSize;
        MaxPages = maxPages < 1 ? DefaultMaxPages : maxPages;
    }

    /// <summary>Gets the most pages the listing may span.</summary>
    public int MaxPages { get; }

    /// <summary>Checks a page as it arrives, before its items are handed out.</summary>
    /// <param name="count">The number of items on the page.</param>
    /// <param name="continuation">What the page says to ask for next (cursor, page number, next link), or <see langword="null"/> on the last page.</param>
    /// <returns>Whether another page follows.</returns>
    public bool Page(int count, string? continuation)
    {
        // A new page: the one before it becomes the previous page; older ids are let go.
        (_previousPageIds, _pageIds) = (_pageIds, _previousPageIds);
        _pageIds.Clear();
        _pageStarted = false;
        if (++_pages > MaxPages)
        {
            throw Broken($"the listing did not end after {MaxPages} pages (the server keeps producing continuations).");
        }

        if (_pageSize is { } size && count > size)
        {
            throw Broken($"page {_pages} holds {count} items although {size} were asked for.");
        }

        if (continuation is null)
        {
            return false;
        }

        if (count == 0)
        {
            throw Broken($"page {_pages} holds no items but names a next page; following it could go on for ever.");
        }

        if (!_continuations.Add(continuation))
        {
            throw Broken($"page {_pages} names a next page that was already read (a repeated cursor or a cycle of next links).");
        }

        return true;
    }

    /// <summary>Checks an item's id (call for each item of a page, before handing it out).</summary>
    /// <param name="id">The item's id (missing ids are left to the mapping, which refuses them).</param>
    public void Item(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return;
        }

        var first = !_pageStarted;
        _pageStarted = true;
        if (_previousPageIds.Contains(id) || !_pageIds.Add(id) || (first && !_firstIds.Add(id)))
        {
            throw Broken($"page {_pages} repeats an item already listed (the server ignores the page it was asked for, or pages overlap).");
        }
    }

    /// <summary>Checks that a next link stays on the API's scheme, host and port (relative links always do).</summary>
    /// <param name="link">The link as the server sent it.</param>
    /// <param name="api">The API base address the listing uses.</param>
    /// <returns>The link resolved against <paramref name="api"/>.</returns>
    public Uri Link(string link, Uri api)
    {
        if (!Uri.TryCreate(api, link, out var resolved) || !resolved.IsAbsoluteUri)
        {
            throw Broken($"page {_pages} names a next link that is not a URL.");
        }

        if (!string.Equals(resolved.Scheme, api.Scheme, StringComparison.OrdinalIgnoreCase)
            || !string.Equals(resolved.IdnHost, api.IdnHost, StringComparison.OrdinalIgnoreCase)
            || resolved.Port != api.Port
            || resolved.UserInfo.Length > 0)
        {
            throw Broken($"page {_pages} names a next link on another scheme, host or port ({resolved.Scheme}://{resolved.IdnHost}:{resolved.Port}) than the API's; it is not followed, so no credential is sent there.");
        }

        return resolved;
    }

    private RoomServiceException Broken(string why) =>
        new($"{_provider}: the listing's paging is broken: {why}", new RoomErrorDetails(_provider, errorCode: "paging_broken"));
}
