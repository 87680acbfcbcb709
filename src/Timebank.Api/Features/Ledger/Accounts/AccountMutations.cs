using GraphQL.Types;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed class AccountMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
        => MutationField.Add<ResultPayloadType<Account, AccountType>, SetBalanceLimitsInputType, SetBalanceLimitsInput, Account>(mutation, "setBalanceLimits",
            "Coordinators: sets an account's floor, ceiling and soft limits; refused if its balance already lies outside them.",
            async (c, i) =>
            {
                var changed = await c.Service<LedgerAdministration>().SetBalanceLimitsAsync(i, c.CancellationToken);
                return (await c.Service<ByIdLoader<Account>>().LoadAsync(changed.AccountId, c.CancellationToken))!;
            });
}
