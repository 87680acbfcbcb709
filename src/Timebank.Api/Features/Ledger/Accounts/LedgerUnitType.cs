using GraphQL.Types;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed class LedgerUnitType : EnumerationGraphType<LedgerUnit>
{
    public LedgerUnitType() => Name = "LedgerUnit";
}
