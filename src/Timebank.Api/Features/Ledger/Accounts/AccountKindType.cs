using GraphQL.Types;

namespace Timebank.Api.Features.Ledger;

/// <summary>The account kinds the registered purposes declare (see <see cref="ILedgerPurpose.AccountKinds"/>).</summary>
public sealed class AccountKindType : EnumerationGraphType
{
    public AccountKindType(LedgerPurposes purposes)
    {
        Name = "AccountKind";
        foreach (var kind in purposes.AccountKinds.OrderBy(k => k.GraphQLName, StringComparer.Ordinal))
            Add(kind.GraphQLName, kind.Kind);
    }
}
