namespace RoomClients.Vectera;

/// <summary>The comparisons of Vectera's filter syntax. String comparisons with =, !=, ~ and !~ ignore case.</summary>
public enum VecteraFilterOperator
{
    /// <summary><c>=</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>~</c> (contains)</summary>
    Contains,

    /// <summary><c>!~</c> (does not contain)</summary>
    NotContains,

    /// <summary><c>&gt;</c></summary>
    GreaterThan,

    /// <summary><c>&gt;=</c></summary>
    GreaterThanOrEqual,

    /// <summary><c>&lt;</c></summary>
    LessThan,

    /// <summary><c>&lt;=</c></summary>
    LessThanOrEqual,
}
