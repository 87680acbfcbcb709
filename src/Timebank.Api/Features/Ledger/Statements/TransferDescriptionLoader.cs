using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>Statement line descriptions for a whole page in one pass over the purposes.</summary>
public sealed class TransferDescriptionLoader(LedgerPurposes purposes) : BatchLoader<Id<Transfer>, string>
{
    protected override async Task<IReadOnlyDictionary<Id<Transfer>, string>> FetchAsync(IReadOnlyList<Id<Transfer>> keys, CancellationToken cancellationToken)
        => await purposes.DescribeAsync(keys, cancellationToken);
}
