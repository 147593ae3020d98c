using System.Globalization;
using System.Text;

namespace RoomClients.Vectera;

/// <summary>
/// A filter expression for the <c>filter</c> query parameter of Vectera's list endpoints, such as
/// <c>key ~ "sales" AND isTrashed = false</c>. Values are written in Vectera's literal syntax (strings quoted, ISO-8601
/// datetimes, <c>[DD] [HH:[MM:]]ss[.uuuuuu]</c> durations); Refit URL-encodes the result.
/// </summary>
public sealed class VecteraFilter
{
    private readonly string _expression;

    private VecteraFilter(string expression) => _expression = expression;

    /// <summary>Compares <paramref name="field"/> with <paramref name="value"/>.</summary>
    /// <param name="field">A resource field, such as <c>key</c>, <c>ownerId</c>, <c>isTrashed</c>, <c>dateJoined</c>.</param>
    /// <param name="op">The comparison.</param>
    /// <param name="value">A string, bool, number, <see cref="DateTimeOffset"/>, <see cref="DateTime"/>, <see cref="TimeSpan"/>, <see cref="Guid"/> or <see langword="null"/>.</param>
    /// <returns>The filter.</returns>
    public static VecteraFilter Where(string field, VecteraFilterOperator op, object? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        if (!field.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.'))
        {
            throw new ArgumentException($"'{field}' is not a field name (letters, digits, '_' and '.').", nameof(field));
        }

        return new VecteraFilter($"{field} {Operator(op)} {Literal(value)}");
    }

    /// <summary>Gets a filter that holds when both hold.</summary>
    /// <param name="other">The other filter.</param>
    /// <returns>The combined filter.</returns>
    public VecteraFilter And(VecteraFilter other) => Combine("AND", other);

    /// <summary>Gets a filter that holds when either holds.</summary>
    /// <param name="other">The other filter.</param>
    /// <returns>The combined filter.</returns>
    public VecteraFilter Or(VecteraFilter other) => Combine("OR", other);

    /// <summary>Returns the expression as Vectera reads it (before URL encoding).</summary>
    /// <returns>The expression.</returns>
    public override string ToString() => _expression;

    private VecteraFilter Combine(string op, VecteraFilter other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new VecteraFilter($"({_expression}) {op} ({other._expression})");
    }

    private static string Operator(VecteraFilterOperator op) => op switch
    {
        VecteraFilterOperator.Equal => "=",
        VecteraFilterOperator.NotEqual => "!=",
        VecteraFilterOperator.Contains => "~",
        VecteraFilterOperator.NotContains => "!~",
        VecteraFilterOperator.GreaterThan => ">",
        VecteraFilterOperator.GreaterThanOrEqual => ">=",
        VecteraFilterOperator.LessThan => "<",
        VecteraFilterOperator.LessThanOrEqual => "<=",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };

    internal static string Literal(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => Quote(s),
        VecteraAccessLevel level => Quote(level.ToString()),
        Guid g => g.ToString("D"),
        DateTimeOffset d => d.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
        DateTime d => new DateTimeOffset(d.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : d).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
        TimeSpan t => Duration(t),
        Enum e => Quote(e.ToString()),
        IFormattable f when value is sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal => f.ToString(null, CultureInfo.InvariantCulture),
        _ => throw new ArgumentException($"A {value.GetType().Name} cannot be written as a Vectera filter literal.", nameof(value)),
    };

    private static string Quote(string s)
    {
        var builder = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.Append('"').ToString();
    }

    private static string Duration(TimeSpan t)
    {
        if (t < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "Vectera durations are not negative.");
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"{t.Hours:00}:{t.Minutes:00}:{t.Seconds:00}");
        if (t.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $".{t.Ticks % TimeSpan.TicksPerSecond / 10:000000}");
        }

        return t.Days > 0 ? string.Create(CultureInfo.InvariantCulture, $"{t.Days} {text}") : text;
    }
}
