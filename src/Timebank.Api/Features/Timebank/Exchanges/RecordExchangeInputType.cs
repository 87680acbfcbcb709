using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class RecordExchangeInputType : InputObjectGraphType<RecordExchangeInput>
{
    public RecordExchangeInputType()
    {
        Name = "RecordExchangeInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IdGraphType>>("giverId").Description("Who gave the help (earns the hours).");
        Field<NonNullGraphType<IdGraphType>>("receiverId").Description("Who received it (spends the hours).");
        Field(i => i.Minutes).Description("Whole minutes: 90 is an hour and a half.");
        Field(i => i.Description);
        Field<IdGraphType>("categoryId");
        Field<NonNullGraphType<LocalDateGraphType>>("date").Description("The day the help was given (not in the future).");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(IdempotencyText);
    }

    internal const string IdempotencyText = "Chosen by the client, e.g. a UUID: sending the same request again with it returns the first outcome instead of moving hours twice.";
}
