using GraphQL.Types;
using Timebank.Api.Features.Directory.Entries;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Directory.Search;

public sealed record LocalSupportFilter(string? Text, string? TaxonomyTermId, string? Area, LocationType? Format, bool? FreeOnly, OpenAtFilter? OpenAt, int? Age, NearFilter? Near);

public sealed record OpenAtFilter(NodaTime.IsoDayOfWeek Day, string? Time, string? Until);

public sealed record NearFilter(double Latitude, double Longitude, double Km);

public sealed class LocalSupportFilterType : InputObjectGraphType<LocalSupportFilter>
{
    public LocalSupportFilterType()
    {
        Name = "LocalSupportFilter";
        Description = "Every criterion given must hold.";
        Field(f => f.Text, nullable: true).Description("Words to find in the name (counted most) and description, ranked by relevance.");
        Field(f => f.TaxonomyTermId, nullable: true).Description("A taxonomy term's orukId.");
        Field(f => f.Area, nullable: true).Description("A postcode district (CV1) or a full postcode: services covering it.");
        Field<LocationTypeType>("format");
        Field(f => f.FreeOnly, nullable: true).Description("Only services that cost nothing.");
        Field<OpenAtFilterType>("openAt");
        Field(f => f.Age, nullable: true).Description("Only services that take a person of this age.");
        Field<NearFilterType>("near");
    }
}

public sealed class WeekdayType : EnumerationGraphType
{
    public WeekdayType()
    {
        Name = "Weekday";
        foreach (var day in Enum.GetValues<NodaTime.IsoDayOfWeek>().Where(d => d != NodaTime.IsoDayOfWeek.None))
            Add(day.ToString().ToUpperInvariant(), day);
    }
}

public sealed class OpenAtFilterType : InputObjectGraphType<OpenAtFilter>
{
    public OpenAtFilterType()
    {
        Name = "OpenAtFilter";
        Description = "Open on this weekday (at this time, when one is given; UK time), in any week its schedule falls on that day.";
        Field<NonNullGraphType<WeekdayType>>("day");
        Field(f => f.Time, nullable: true).Description("HH:MM, 24-hour; none means at any time that day.");
        Field(f => f.Until, nullable: true).Description("And still open at this time (HH:MM).");
    }
}

public sealed class NearFilterType : InputObjectGraphType<NearFilter>
{
    public NearFilterType()
    {
        Name = "NearFilter";
        Field(f => f.Latitude);
        Field(f => f.Longitude);
        Field(f => f.Km).Description("At most this far, in km, from the nearest of its places.");
    }
}
