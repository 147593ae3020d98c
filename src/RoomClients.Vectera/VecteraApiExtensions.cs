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
        return Paginate(options, (page, size, o, ct) => api.ListMeetingRoomsAsync(page, size, o.Search, o.FilterText, o.OrderByText, ct), cancellationToken);
    }

    /// <summary>Lists team members with search, filter and sort, page by page.</summary>
    /// <param name="api">The API.</param>
    /// <param name="options">Search, filter, sort and page size.</param>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The users.</returns>
    public static IAsyncEnumerable<VecteraUser> ListAllUsersAsync(this IVecteraApi api, VecteraListOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        return Paginate(options, (page, size, o, ct) => api.ListUsersAsync(page, size, o.Search, o.FilterText, o.OrderByText, ct), cancellationToken);
    }

    /// <summary>Pages from 1 until a page comes back empty or shorter than asked.</summary>
    internal static IAsyncEnumerable<T> Paginate<T>(VecteraListOptions? options, Func<int, int, VecteraListOptions, CancellationToken, Task<IList<T>>> fetch, CancellationToken cancellationToken)
    {
        options ??= new VecteraListOptions();
        if (options.PageSize is < 1 or > VecteraListOptions.MaxPageSize)
        {
            throw new RoomValidationException(RoomProviders.Vectera, "VecteraListOptions.PageSize", $"must be between 1 and {VecteraListOptions.MaxPageSize}; was {options.PageSize}.");
        }

        _ = options.OrderByText; // validates before the first request
        return Iterate(options, fetch, cancellationToken);
    }

    private static async IAsyncEnumerable<T> Iterate<T>(VecteraListOptions options, Func<int, int, VecteraListOptions, CancellationToken, Task<IList<T>>> fetch, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var size = options.PageSize;
        for (var page = 1; ; page++)
        {
            IList<T>? items = await fetch(page, size, options, cancellationToken).ConfigureAwait(false) ?? [];
            var count = items.Count;
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }

            items = null; // the iterator keeps its locals: drop this page before the next one is read
            if (count < size)
            {
                yield break;
            }
        }
    }
}
