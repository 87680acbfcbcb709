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

public sealed class AddAssistedMemberInputType : InputObjectGraphType<AddAssistedMemberInput>
{
    public AddAssistedMemberInputType()
    {
        Name = "AddAssistedMemberInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field(i => i.DisplayName);
    }
}
