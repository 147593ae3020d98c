using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RoomClients.Testing.Vectera;

/// <summary>Evaluates Vectera filter expressions (<c>field op literal</c>, <c>AND</c>, <c>OR</c>, parentheses) for the simulator.</summary>
internal static class VecteraFilterEvaluator
{
    private static readonly string[] Operators = ["!=", "!~", ">=", "<=", "=", "~", ">", "<"];

    public static Func<JsonObject, bool> Parse(string expression)
    {
        var tokens = Tokenize(expression);
        var position = 0;
        var result = Or(tokens, ref position);
        if (position != tokens.Count)
        {
            throw new FormatException($"Unexpected '{tokens[position].Text}' in filter.");
        }

        return result;
    }

    private delegate Func<JsonObject, bool> Parser(List<Token> tokens, ref int position);

    private static Func<JsonObject, bool> Or(List<Token> tokens, ref int position) =>
        Chain(tokens, ref position, "OR", And, static (l, r) => o => l(o) || r(o));

    private static Func<JsonObject, bool> And(List<Token> tokens, ref int position) =>
        Chain(tokens, ref position, "AND", Factor, static (l, r) => o => l(o) && r(o));

    /// <summary>Parses <c>operand (keyword operand)*</c>, combining left to right.</summary>
    private static Func<JsonObject, bool> Chain(List<Token> tokens, ref int position, string keyword, Parser operand, Func<Func<JsonObject, bool>, Func<JsonObject, bool>, Func<JsonObject, bool>> combine)
    {
        var left = operand(tokens, ref position);
        while (position < tokens.Count && tokens[position] is { Quoted: false } token && token.Text == keyword)
        {
            position++;
            left = combine(left, operand(tokens, ref position));
        }

        return left;
    }

    private static Func<JsonObject, bool> Factor(List<Token> tokens, ref int position)
    {
        if (position < tokens.Count && tokens[position] is { Quoted: false, Text: "(" })
        {
            position++;
            var inner = Or(tokens, ref position);
            if (position >= tokens.Count || tokens[position] is not { Quoted: false, Text: ")" })
            {
                throw new FormatException("Missing ')' in filter.");
            }

            position++;
            return inner;
        }

        if (position + 3 > tokens.Count)
        {
            throw new FormatException("Incomplete comparison in filter.");
        }

        var field = tokens[position].Text;
        var op = tokens[position + 1].Text;
        var literal = tokens[position + 2];
        if (!Operators.Contains(op))
        {
            throw new FormatException($"Unknown operator '{op}' in filter.");
        }

        position += 3;
        return o => Compare(o[field], op, literal);
    }

    private static bool Compare(JsonNode? value, string op, Token literal)
    {
        int? order;
        if (literal.Quoted)
        {
            var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : value?.ToJsonString() ?? string.Empty;
            if (op is "~" or "!~")
            {
                return text.Contains(literal.Text, StringComparison.OrdinalIgnoreCase) == (op == "~");
            }

            order = string.Compare(text, literal.Text, StringComparison.OrdinalIgnoreCase);
        }
        else if (literal.Text == "null")
        {
            order = value is null ? 0 : 1;
        }
        else if (literal.Text is "true" or "false")
        {
            order = value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False && value.GetValue<bool>() == (literal.Text == "true") ? 0 : 1;
        }
        else if (double.TryParse(literal.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            && value?.GetValueKind() == JsonValueKind.Number)
        {
            order = value.GetValue<double>().CompareTo(number);
        }
        else if (DateTimeOffset.TryParse(literal.Text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            && value is JsonValue dv && dv.TryGetValue<string>(out var ds)
            && DateTimeOffset.TryParse(ds, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var actual))
        {
            order = actual.CompareTo(time);
        }
        else
        {
            var text = value is JsonValue sv && sv.TryGetValue<string>(out var s2) ? s2 : value?.ToJsonString() ?? "null";
            order = string.Compare(text, literal.Text, StringComparison.OrdinalIgnoreCase);
        }

        return op switch
        {
            "=" => order == 0,
            "!=" => order != 0,
            ">" => order > 0,
            ">=" => order >= 0,
            "<" => order < 0,
            "<=" => order <= 0,
            _ => false, // ~ and !~ apply to quoted strings only
        };
    }

    private static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')')
            {
                tokens.Add(new Token(c.ToString(), false));
                i++;
            }
            else if (c == '"')
            {
                var text = new StringBuilder();
                i++;
                while (i < expression.Length && expression[i] != '"')
                {
                    if (expression[i] == '\\' && i + 1 < expression.Length)
                    {
                        i++;
                    }

                    text.Append(expression[i++]);
                }

                if (i >= expression.Length)
                {
                    throw new FormatException("Unterminated string in filter.");
                }

                i++;
                tokens.Add(new Token(text.ToString(), true));
            }
            else if (Operators.FirstOrDefault(o => string.CompareOrdinal(expression, i, o, 0, o.Length) == 0) is { } op)
            {
                tokens.Add(new Token(op, false));
                i += op.Length;
            }
            else
            {
                var start = i;
                while (i < expression.Length && !char.IsWhiteSpace(expression[i]) && expression[i] is not ('(' or ')' or '"' or '=' or '~' or '<' or '>' or '!'))
                {
                    i++;
                }

                tokens.Add(new Token(expression[start..i], false));
            }
        }

        return tokens;
    }

    private sealed record Token(string Text, bool Quoted);
}
