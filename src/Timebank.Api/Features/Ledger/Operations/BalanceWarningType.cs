using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Api.Features.Ledger;

public sealed class BalanceWarningType : ObjectGraphType<BalanceWarning>
{
    public BalanceWarningType()
    {
        Name = "BalanceWarning";
        Description = "The transfer was made, but an account is past a soft limit: BELOW_SOFT_FLOOR or ABOVE_SOFT_CEILING.";
        Field(w => w.Code);
        Field<NonNullGraphType<IdGraphType>>("accountId").Resolve(c => GlobalId.Encode(AccountType.TypeName, c.Source.AccountId.Value));
        Field(w => w.Balance);
        Field(w => w.Threshold);
    }
}
