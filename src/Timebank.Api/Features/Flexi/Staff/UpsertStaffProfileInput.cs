using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Flexi;

public sealed record UpsertStaffProfileInput(string ProviderId, string? Background = null, List<string?>? Skills = null, List<string?>? Interests = null,
    List<string?>? Languages = null, string? PhotoReference = null);

public sealed record StaffFilterInput(string? Language = null, string? Skill = null, string? Interest = null, Instant? AvailableFrom = null, long? ForMinutes = null);

public sealed class UpsertStaffProfileInputType : InputObjectGraphType<UpsertStaffProfileInput>
{
    public UpsertStaffProfileInputType()
    {
        Name = "UpsertStaffProfileInput";
        Field<NonNullGraphType<IdGraphType>>("providerId");
        Field<StringGraphType>("background");
        Field<ListGraphType<StringGraphType>>("skills");
        Field<ListGraphType<StringGraphType>>("interests");
        Field<ListGraphType<StringGraphType>>("languages");
        Field<StringGraphType>("photoReference").Description("A reference to a photo the member chose to share.");
    }
}

public sealed class StaffFilterInputType : InputObjectGraphType<StaffFilterInput>
{
    public StaffFilterInputType()
    {
        Name = "StaffFilter";
        Field<StringGraphType>("language");
        Field<StringGraphType>("skill");
        Field<StringGraphType>("interest");
        Field<InstantGraphType>("availableFrom").Description("Only workers free for a session then: not booked and not needed for the core.");
        Field<LongGraphType>("forMinutes").Description("With availableFrom: the session's length (60 when left out).");
    }
}
