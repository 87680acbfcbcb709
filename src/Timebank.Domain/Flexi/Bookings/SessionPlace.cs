namespace Timebank.Domain.Flexi.Bookings;

public enum SessionWhere
{
    OnSite = 1,
    OffSite = 2,
    NamedPlace = 3,
}

public enum SessionFormality
{
    Formal = 1,
    Informal = 2,
}

/// <summary>Where a session takes place: on site, off site, or a place the customer names (the café, the gym).</summary>
public sealed record SessionPlace
{
    public const int NameMaxLength = 200;

    public SessionWhere Where { get; }
    public string? Name { get; }

    private SessionPlace(SessionWhere where, string? name) => (Where, Name) = (where, name);

    public static readonly SessionPlace OnSite = new(SessionWhere.OnSite, null);
    public static readonly SessionPlace OffSite = new(SessionWhere.OffSite, null);

    public static SessionPlace Named(string? name) => new(SessionWhere.NamedPlace, Text.Required(name, "placeName", NameMaxLength));

    public static SessionPlace Of(SessionWhere where, string? name)
        => where switch
        {
            SessionWhere.OnSite => OnSite,
            SessionWhere.OffSite => OffSite,
            SessionWhere.NamedPlace => Named(name),
            _ => throw new DomainException(new ValidationFailed("where", "must be ON_SITE, OFF_SITE or NAMED_PLACE")),
        };
}
