using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Flexi;

public sealed record PlanShiftInput(string ServiceId, string WorkerId, Instant Start, Instant End);

public sealed class PlanShiftInputType : InputObjectGraphType<PlanShiftInput>
{
    public PlanShiftInputType()
    {
        Name = "PlanShiftInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<IdGraphType>>("workerId");
        Field<NonNullGraphType<InstantGraphType>>("start");
        Field<NonNullGraphType<InstantGraphType>>("end");
    }
}
