using GraphQL.Types;
using Timebank.Domain.Brokerage;

namespace Timebank.Api.Features.Brokerage.Requests;

public sealed record CloseBrokerageRequestInput(string RequestId, BrokerageOutcome Outcome, string? Note, long MinutesGiven, string? IdempotencyKey);

public sealed class BrokerageOutcomeType : GraphQL.Types.EnumerationGraphType<BrokerageOutcome>
{
    public BrokerageOutcomeType() => Name = "BrokerageOutcome";
}

public sealed class CloseBrokerageRequestInputType : InputObjectGraphType<CloseBrokerageRequestInput>
{
    public CloseBrokerageRequestInputType()
    {
        Name = "CloseBrokerageRequestInput";
        Field<NonNullGraphType<IdGraphType>>("requestId");
        Field<NonNullGraphType<BrokerageOutcomeType>>("outcome");
        Field(i => i.Note, nullable: true);
        Field(i => i.MinutesGiven).Description("The minutes the broker gave, at most those logged; they move to the broker's hours account. 0 moves nothing.");
        Field<StringGraphType>("idempotencyKey").Description("Chosen by the client; when left out the request's own key is used, so a retried close moves the hours once.");
    }
}
