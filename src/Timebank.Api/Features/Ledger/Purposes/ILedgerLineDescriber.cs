using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Statement lines in words for transfers a feature records in a ledger another feature's purpose owns (one feature
/// banking hours in another's ledger). Asked, for a whole page at once, about the lines the purposes left out.
/// </summary>
public interface ILedgerLineDescriber
{
    Task<IReadOnlyDictionary<Id<Transfer>, string>> DescribeAsync(IReadOnlyCollection<Id<Transfer>> transfers, CancellationToken cancellationToken);
}
