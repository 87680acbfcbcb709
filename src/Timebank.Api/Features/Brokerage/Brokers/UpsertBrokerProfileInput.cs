using GraphQL.Types;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed record UpsertBrokerProfileInput(
    string OrganisationId, string? Bio, IReadOnlyList<string>? Skills, IReadOnlyList<string>? Languages, IReadOnlyList<string>? AreasServed,
    IReadOnlyList<AccessibleFormats>? Formats, string? Availability, bool? AcceptingRequests, BrokerOpenness? Openness, string? LivedExperience);

public sealed class UpsertBrokerProfileInputType : InputObjectGraphType<UpsertBrokerProfileInput>
{
    public UpsertBrokerProfileInputType()
    {
        Name = "UpsertBrokerProfileInput";
        Description = "The whole profile: what is left out is cleared (lists empty, texts removed), so the broker always sees what others see.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The timebank where you hold the BROKER role.");
        Field<StringGraphType>("bio");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("skills").Description("Up to 30, e.g. \"benefits\", \"finding a PA\".");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("languages").Description("Language codes, e.g. en, pa, bfi (British Sign Language).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("areasServed").Description("UK postcode districts, e.g. CV1, B23.");
        Field<ListGraphType<NonNullGraphType<AccessibleFormatType>>>("formats");
        Field<StringGraphType>("availability").Description("In your words, e.g. \"weekday mornings\".");
        Field<BooleanGraphType>("acceptingRequests").Description("False while you take a break; true when left out.");
        Field<BrokerOpennessType>("openness").Description("OPEN_TO_REQUESTS when left out.");
        Field<StringGraphType>("livedExperience").Description("Only if you choose to share it; seen only by signed-in members of this timebank. Blank removes it.");
    }
}
