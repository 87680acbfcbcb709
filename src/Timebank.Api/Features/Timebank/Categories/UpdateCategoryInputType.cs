using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Timebank;

public sealed class UpdateCategoryInputType : InputObjectGraphType<UpdateCategoryInput>
{
    public UpdateCategoryInputType()
    {
        Name = "UpdateCategoryInput";
        Field<NonNullGraphType<IdGraphType>>("categoryId");
        Field(i => i.Name, nullable: true);
        Field(i => i.Active, nullable: true);
    }
}
