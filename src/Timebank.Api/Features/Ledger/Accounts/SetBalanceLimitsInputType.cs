using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Ledger;

public sealed class SetBalanceLimitsInputType : InputObjectGraphType<SetBalanceLimitsInput>
{
    public SetBalanceLimitsInputType()
    {
        Name = "SetBalanceLimitsInput";
        Description = "All four limits are set together; leave one out (null) for no limit.";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field(i => i.Floor, nullable: true).Description("Hard floor, e.g. -600 for ten hours of debit.");
        Field(i => i.Ceiling, nullable: true);
        Field(i => i.WarnBelow, nullable: true).Description("Soft floor: warn when the available balance goes under it.");
        Field(i => i.WarnAbove, nullable: true);
    }
}
