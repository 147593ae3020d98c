// Shared source: compiled into each provider package as an internal type, so the checks are the same everywhere
// without widening the core package's public API.
namespace RoomClients;

/// <summary>Client-side checks every adapter runs before anything is sent.</summary>
internal static class RoomGuard
{
    /// <summary>Rejects ids that are empty or could leave their path segment (<c>/</c>, <c>\</c>, <c>?</c>, <c>#</c>, <c>..</c>, control characters).</summary>
    public static string Id(string provider, string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RoomValidationException(provider, field, "is required.");
        }

        if (value is "." or ".." || value.Contains("..", StringComparison.Ordinal) || value.AsSpan().IndexOfAny("/\\?#%") >= 0 || HasControl(value))
        {
            throw new RoomValidationException(provider, field, "must be a single path segment: '/', '\\', '?', '#', '%', '..' and control characters are not allowed.");
        }

        return value;
    }

    /// <summary>Rejects a missing request.</summary>
    public static T NotNull<T>(string provider, T? value, string field)
        where T : class =>
        value ?? throw new RoomValidationException(provider, field, "is required.");

    /// <summary>Checks a page size against 1..<paramref name="max"/>.</summary>
    public static int? PageSize(string provider, int? pageSize, int max)
    {
        if (pageSize is { } size && (size < 1 || size > max))
        {
            throw new RoomValidationException(provider, "RoomQuery.PageSize", $"must be between 1 and {max}; was {size}.");
        }

        return pageSize;
    }

    /// <summary>Checks that an end lies after a start.</summary>
    public static void Ordered(string provider, DateTimeOffset? startsAt, DateTimeOffset? endsAt, string endField)
    {
        if (startsAt is { } start && endsAt is { } end && end <= start)
        {
            throw new RoomValidationException(provider, endField, $"must be after StartsAt ({start:O}); was {end:O}.");
        }
    }

    /// <summary>Checks that a time lies in the future.</summary>
    public static void Future(string provider, DateTimeOffset? value, DateTimeOffset now, string field)
    {
        if (value is { } time && time <= now)
        {
            throw new RoomValidationException(provider, field, $"must be in the future; was {time:O} (now {now:O}).");
        }
    }

    /// <summary>Throws <see cref="RoomFeatureNotSupportedException"/> when <paramref name="requested"/> is true.</summary>
    public static void Unsupported(string provider, bool requested, string feature, string reason)
    {
        if (requested)
        {
            throw new RoomFeatureNotSupportedException(provider, feature, reason);
        }
    }

    private static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return true;
            }
        }

        return false; // a loop over the chars: no enumerator or delegate per id
    }
}
