using System.Globalization;
using System.Reflection;
using Refit;

namespace RoomClients.Http;

/// <summary>
/// Formats URL parameters independently of the machine's culture: times as ISO 8601 UTC (<c>2026-01-01T10:00:00.000Z</c>),
/// numbers with a dot. It is also the one place every path and query value of every generated Refit method passes
/// through before a request exists, so it refuses values that would move a request off its path segment or that no
/// endpoint can mean: <see langword="null"/> (a path parameter left out), empty or white space only, <c>.</c> and <c>..</c>
/// (which resolve to the parent path: <c>DELETE /v1/recordings/..</c> becomes <c>DELETE /v1/</c>), and control
/// characters. Each ends in a <see cref="RoomValidationException"/> before anything is sent. Ordinary query values
/// (<c>a b</c>, <c>a/b</c>, <c>x..y</c>, <c>+</c>, Base64 cursors) pass.
/// </summary>
internal sealed class InvariantUrlParameterFormatter : DefaultUrlParameterFormatter
{
    /// <summary>The field named in the errors: Refit's generated code does not tell the formatter the parameter's name.</summary>
    internal const string Field = "URL parameter";

    private readonly string _provider;

    public InvariantUrlParameterFormatter()
        : this("roomclients")
    {
    }

    public InvariantUrlParameterFormatter(string provider) => _provider = provider;

    public override string? Format(object? parameterValue, ICustomAttributeProvider attributeProvider, Type type) =>
        Check(parameterValue switch
        {
            DateTimeOffset time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            bool flag => flag ? "true" : "false",
            IFormattable formattable and not Enum => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => base.Format(parameterValue, attributeProvider, type),
        });

    private string Check(string? value)
    {
        if (value is null)
        {
            throw new RoomValidationException(_provider, Field, "is required: a path parameter was null, which would leave its segment empty.");
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            throw new RoomValidationException(_provider, Field, "must not be empty or white space: an empty path segment addresses another resource.");
        }

        if (value is "." or "..")
        {
            throw new RoomValidationException(_provider, Field, $"must not be '{value}': it would resolve to another path than the endpoint's.");
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                throw new RoomValidationException(_provider, Field, "must not contain control characters.");
            }
        }

        return value;
    }
}
