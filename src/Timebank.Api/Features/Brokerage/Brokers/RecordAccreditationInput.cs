using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed record RecordAccreditationInput(string BrokerProfileId, string Name, string Source, LocalDate AwardedOn);

public sealed class RecordAccreditationInputType : InputObjectGraphType<RecordAccreditationInput>
{
    public RecordAccreditationInputType()
    {
        Name = "RecordBrokerAccreditationInput";
        Field<NonNullGraphType<IdGraphType>>("brokerProfileId");
        Field(i => i.Name).Description("e.g. \"Peer brokerage, 10 sessions\".");
        Field(i => i.Source).Description("Who awarded it, in words, e.g. \"the county council\".");
        Field<NonNullGraphType<LocalDateGraphType>>("awardedOn");
    }
}
