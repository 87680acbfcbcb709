using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed record RecordSafeguardingCheckInput(string BrokerProfileId, LocalDate CheckedOn, LocalDate ExpiresOn);

public sealed class RecordSafeguardingCheckInputType : InputObjectGraphType<RecordSafeguardingCheckInput>
{
    public RecordSafeguardingCheckInputType()
    {
        Name = "RecordSafeguardingCheckInput";
        Field<NonNullGraphType<IdGraphType>>("brokerProfileId");
        Field<NonNullGraphType<LocalDateGraphType>>("checkedOn").Description("The day the check (DBS) was done; not in the future.");
        Field<NonNullGraphType<LocalDateGraphType>>("expiresOn").Description("The last day the timebank treats it as in date.");
    }
}
