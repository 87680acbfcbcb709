using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;

namespace Timebank.Api.Features.Flexi;

public sealed record RecordLinkWorkInput(string ServiceId, string CustomerId, LocalDate Date, long Minutes, string? Note = null);

public sealed class RecordLinkWorkInputType : InputObjectGraphType<RecordLinkWorkInput>
{
    public RecordLinkWorkInputType()
    {
        Name = "RecordLinkWorkInput";
        Field<NonNullGraphType<IdGraphType>>("serviceId");
        Field<NonNullGraphType<IdGraphType>>("customerId").Description("The customer the planning was with.");
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The day it took place: today or earlier.");
        Field<NonNullGraphType<LongGraphType>>("minutes");
        Field<StringGraphType>("note");
    }
}
