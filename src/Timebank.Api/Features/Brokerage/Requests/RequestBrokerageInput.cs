using GraphQL.Types;
using NodaTime;
using Timebank.Api.Features.Brokerage.Brokers;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Requests;

public sealed record SupportedPersonInput(string Name, string? MemberId, bool ConsentGiven, LocalDate ConsentGivenOn, string HowConsentWasGiven);

public sealed record RequestBrokerageInput(
    string OrganisationId, string WhatToArrange, string Area, string? PreferredLanguage, AccessibleFormats? PreferredFormat,
    bool JudgedIneligible, bool InvolvesAdultAtRisk, SupportedPersonInput? OnBehalfOf);

public sealed class SupportedPersonInputType : InputObjectGraphType<SupportedPersonInput>
{
    public SupportedPersonInputType()
    {
        Name = "SupportedPersonInput";
        Description = "The person you ask for, and their consent: without it nothing is recorded.";
        Field(i => i.Name);
        Field<IdGraphType>("memberId").Description("When the person is a member of this timebank (their own hours then pay).");
        Field(i => i.ConsentGiven).Description("The person agreed to this request.");
        Field<NonNullGraphType<LocalDateGraphType>>("consentGivenOn");
        Field(i => i.HowConsentWasGiven).Description("e.g. \"agreed on the phone on 3 March\".");
    }
}

public sealed class RequestBrokerageInputType : InputObjectGraphType<RequestBrokerageInput>
{
    public RequestBrokerageInputType()
    {
        Name = "RequestBrokerageInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.WhatToArrange).Description("What the person wants help to arrange, in their words.");
        Field(i => i.Area).Description("A postcode district (CV1) or a whole postcode; only the district is kept.");
        Field(i => i.PreferredLanguage, nullable: true).Description("A language code, e.g. en, pa, bfi.");
        Field<AccessibleFormatType>("preferredFormat");
        Field(i => i.JudgedIneligible).Description("The council judged the person's needs not critical or substantial, so offered no brokerage.");
        Field(i => i.InvolvesAdultAtRisk).Description("Offered only to brokers whose safeguarding check is in date on the day.");
        Field<SupportedPersonInputType>("onBehalfOf");
    }
}
