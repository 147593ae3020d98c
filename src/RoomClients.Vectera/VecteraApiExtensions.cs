using System.Globalization;
using System.Runtime.CompilerServices;
using RoomClients.Vectera.Models;

namespace RoomClients.Vectera;

/// <summary>Lazy, typed listing over <see cref="IVecteraApi"/>: pages are requested one at a time as the sequence is enumerated.</summary>
public static class VecteraApiExtensions
{
    /// <summary>Lists meeting rooms with search, filter and sort, page by page.</summary>
    /// <param name="api">The API.</param>
    /// <param name="options">Search, filter, sort and page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The rooms.</returns>
    public static IAsyncEnumerable<MeetingRoom> ListAllMeetingRoomsAsync(this IVecteraApi api, VecteraListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        return Paginate(options, (page, size, o, ct) => api.ListMeetingRoomsAsync(page, size, o.Search, o.FilterText, o.OrderByText, ct), static room => room?.Id, cancellationToken);
    }

    /// <summary>Lists team members with search, filter and sort, page by page.</summary>
    /// <param name="api">The API.</param>
    /// <param name="options">Search, filter, sort and page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The users.</returns>
    public static IAsyncEnumerable<VecteraUser> ListAllUsersAsync(this IVecteraApi api, VecteraListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        return Paginate(options, (page, size, o, ct) => api.ListUsersAsync(page, size, o.Search, o.FilterText, o.OrderByText, ct), static user => user?.Id, cancellationToken);
    }

    /// <summary>
    /// Pages from 1 until a page comes back empty or shorter than asked; a server that ignores the page number (the same
    /// items again), repeats items across pages, answers more items than asked or never ends ends in a
    /// <see cref="RoomServiceException"/> (see the shared paging guard).
    /// </summary>
    internal static IAsyncEnumerable<T> Paginate<T>(VecteraListOptions? options, Func<int, int, VecteraListOptions, CancellationToken, Task<IList<T>>> fetch, Func<T, string?> id, CancellationToken cancellationToken)
    {
        options ??= new VecteraListOptions();
        if (options.PageSize is < 1 or > VecteraListOptions.MaxPageSize)
        {
            throw new RoomValidationException(RoomProviders.Vectera, "VecteraListOptions.PageSize", $"must be between 1 and {VecteraListOptions.MaxPageSize}; was {options.PageSize}.");
        }

        _ = options.OrderByText; // validates before the first request
        return Iterate(options, fetch, id, cancellationToken);
    }

    private static async IAsyncEnumerable<T> Iterate<T>(VecteraListOptions options, Func<int, int, VecteraListOptions, CancellationToken, Task<IList<T>>> fetch, Func<T, string?> id, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = options.PageSize;
        var paging = new PagingGuard(RoomProviders.Vectera, size, options.MaxPages);
        for (var page = 1; ; page++)
        {
            IList<T>? items = await fetch(page, size, options, cancellationToken).ConfigureAwait(false) ?? [];
            var count = items.Count;

            // A full page names the next page number; a shorter one is the last.
            var more = paging.Page(count, count < size ? null : (page + 1).ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < count; i++)
            {
                var item = items[i];
                paging.Item(id(item));
                yield return item;
            }

            items = null; // the iterator keeps its locals: drop this page before the next one is read
            if (!more)
            {
                yield break;
            }
        }
    }
}
