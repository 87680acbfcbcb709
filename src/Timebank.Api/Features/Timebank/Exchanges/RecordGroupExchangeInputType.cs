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

public sealed class RecordGroupExchangeInputType : InputObjectGraphType<RecordGroupExchangeInput>
{
    public RecordGroupExchangeInputType()
    {
        Name = "RecordGroupExchangeInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("giverIds");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("receiverIds");
        Field(i => i.Minutes).Description("Minutes for each giver–receiver pair.");
        Field(i => i.Description);
        Field<IdGraphType>("categoryId");
        Field<NonNullGraphType<LocalDateGraphType>>("date");
        Field<NonNullGraphType<StringGraphType>>("idempotencyKey").Description(RecordExchangeInputType.IdempotencyText);
    }
}
