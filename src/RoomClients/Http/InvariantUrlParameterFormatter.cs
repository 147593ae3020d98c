using System.Globalization;
using System.Reflection;
using Refit;

namespace RoomClients.Http;

/// <summary>Formats URL parameters independently of the machine's culture: times as ISO 8601 UTC (<c>2026-01-01T10:00:00.000Z</c>), numbers with a dot.</summary>
internal sealed class InvariantUrlParameterFormatter : DefaultUrlParameterFormatter
{
    public override string? Format(object? parameterValue, ICustomAttributeProvider attributeProvider, Type type) => parameterValue switch
    {
        DateTimeOffset time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        DateTime time => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable and not Enum => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => base.Format(parameterValue, attributeProvider, type),
    };
}
