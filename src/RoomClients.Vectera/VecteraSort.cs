namespace RoomClients.Vectera;

/// <summary>One sort key of <c>orderBy</c>: a field, ascending or descending (written <c>-field</c>).</summary>
/// <param name="Field">The field, such as <c>dateCreated</c>.</param>
/// <param name="Descending">Whether to sort descending.</param>
public sealed record VecteraSort(string Field, bool Descending = false)
{
    /// <summary>Sorts by <paramref name="field"/>, ascending.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The sort key.</returns>
    public static VecteraSort Asc(string field) => new(field);

    /// <summary>Sorts by <paramref name="field"/>, descending.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The sort key.</returns>
    public static VecteraSort Desc(string field) => new(field, Descending: true);

    /// <inheritdoc />
    public override string ToString() => Descending ? "-" + Field : Field;
}
