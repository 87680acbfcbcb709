using GraphQL.Types;
using GraphQLParser.AST;
using NodaTime;
using NodaTime.Text;

namespace Timebank.Api.Platform.GraphQL.Scalars;

/// <summary>
/// Text scalars backed by NodaTime: the wire form is a string, the resolver side a NodaTime value. Parsing is strict,
/// and a bad value becomes a GraphQL input error naming the scalar.
/// </summary>
public abstract class NodaTextScalar<T> : ScalarGraphType where T : notnull
{
    private readonly Func<string, ParseResult<T>> _parse;
    private readonly Func<T, string> _format;

    protected NodaTextScalar(string name, string description, Func<string, ParseResult<T>> parse, Func<T, string> format)
    {
        Name = name;
        Description = description;
        _parse = parse;
        _format = format;
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        T typed => typed,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        T typed => _format(typed),
        _ => ThrowSerializationError(value),
    };

    private T Parse(string text)
    {
        var result = _parse(text);
        return result.Success ? result.Value : throw new FormatException($"'{text}' is not a valid {Name}: {Description}");
    }
}

/// <summary>An instant as an ISO-8601 string; any offset is accepted on input, output is always UTC with a Z.</summary>
public sealed class InstantGraphType : NodaTextScalar<Instant>
{
    private static readonly OffsetDateTimePattern Input = OffsetDateTimePattern.ExtendedIso;

    public InstantGraphType()
        : base("DateTime", "An instant in ISO-8601 form, e.g. 2026-03-01T09:30:00Z; always returned in UTC.",
            text => Input.Parse(text).Convert(offset => offset.ToInstant()), InstantPattern.ExtendedIso.Format)
    {
    }
}

public sealed class LocalDateGraphType : NodaTextScalar<LocalDate>
{
    public LocalDateGraphType()
        : base("Date", "A calendar date in ISO-8601 form, yyyy-MM-dd.", LocalDatePattern.Iso.Parse, LocalDatePattern.Iso.Format)
    {
    }
}

public sealed class TimeZoneGraphType : NodaTextScalar<DateTimeZone>
{
    public TimeZoneGraphType()
        : base("TimeZone", "An IANA time zone id, e.g. Europe/London.", ParseZone, zone => zone.Id)
    {
    }

    private static ParseResult<DateTimeZone> ParseZone(string id)
        => DateTimeZoneProviders.Tzdb.GetZoneOrNull(id) is { } zone
            ? ParseResult<DateTimeZone>.ForValue(zone)
            : ParseResult<DateTimeZone>.ForException(() => new FormatException($"Unknown time zone '{id}'."));
}
