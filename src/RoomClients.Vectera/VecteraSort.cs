namespace RoomClients.Vectera;

/// <summary>One sort key of <c>orderBy</c>: a field, ascending or descending (written <c>-field</c>).</summary>
public sealed class VecteraSort
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="field">The field, such as <c>dateCreated</c>.</param>
    /// <param name="descending">Whether to sort descending.</param>
    public VecteraSort(string field, bool descending = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field;
        Descending = descending;
    }

    /// <summary>Gets the field, such as <c>dateCreated</c>.</summary>
    public string Field { get; }

    /// <summary>Gets whether to sort descending.</summary>
    public bool Descending { get; }

    /// <summary>Sorts by <paramref name="field"/>, ascending.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The sort key.</returns>
    public static VecteraSort Asc(string field) => new(field);

    /// <summary>Sorts by <paramref name="field"/>, descending.</summary>
    /// <param name="field">The field.</param>
    /// <returns>The sort key.</returns>
    public static VecteraSort Desc(string field) => new(field, descending: true);

    /// <inheritdoc />
    public override string ToString() => Descending ? "-" + Field : Field;
}
