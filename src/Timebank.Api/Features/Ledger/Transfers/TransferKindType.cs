using GraphQL.Types;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

public sealed class TransferKindType : EnumerationGraphType<TransferKind>
{
    public TransferKindType() => Name = "TransferKind";
}
