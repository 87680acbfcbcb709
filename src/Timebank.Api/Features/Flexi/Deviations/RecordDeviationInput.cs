using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Deviations;

namespace Timebank.Api.Features.Flexi;

public sealed record RecordDeviationInput(string ServiceId, LocalDate From, LocalDate To, long Pence, long StaffMinutes, string Reason);

public sealed record DecideDeviationInput(string DeviationId, string? Comment = null);

public sealed class DeviationStatusType : EnumerationGraphType<DeviationStatus>
{
    public DeviationStatusType() => Name = "DeviationStatus";
}

public sealed class RecordDeviationInputType : InputObjectGraphType<RecordDeviationInput>
{
    public RecordDeviationInputType()
    {
        Name = "RecordContractDeviationInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<LocalDateGraphType>>("from").Description("The first day of the period it covers.");
        Field<NonNullGraphType<LocalDateGraphType>>("to").Description("The last day, on or after from.");
        Field<NonNullGraphType<LongGraphType>>("pence").Description("The cash, in pence, that would have paid for staff hours.");
        Field<NonNullGraphType<LongGraphType>>("staffMinutes").Description("The staff minutes that cash represents.");
        Field(i => i.Reason).Description("What customers chose instead, in words.");
    }
}

public sealed class DecideDeviationInputType : InputObjectGraphType<DecideDeviationInput>
{
    public DecideDeviationInputType()
    {
        Name = "DecideContractDeviationInput";
        Field<NonNullGraphType<IdGraphType>>("deviationId");
        Field<StringGraphType>("comment").Description("The commissioner's comment; required to decline.");
    }
}
