using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Who may read an account and its statement: an active member of the ledger's organisation, when the ledger's
/// purpose says so or they hold its administering role. Nobody reads another organisation's accounts.
/// </summary>
public sealed class AccountAccess(Viewer viewer, LedgerOwnerLoader owners, LedgerPurposes purposes)
{
    public async Task<bool> CanReadAsync(Account account, CancellationToken cancellationToken = default)
    {
        if (await viewer.TryGetIdAsync() is not { } me)
            return false;
        var owner = await owners.LoadAsync(account.LedgerId, cancellationToken);
        if (owner is null || await viewer.MembershipInAsync(owner.OrganisationId) is not { IsActive: true } membership)
            return false;
        var purpose = purposes.Of(owner.Purpose);
        return membership.Has(purpose.Administrators) || purpose.CanRead(account, me, membership);
    }

    /// <summary>Transfers are seen by whoever may read either side of them.</summary>
    public async Task<bool> CanReadAsync(Transfer transfer, ByIdLoader<Account> accounts, CancellationToken cancellationToken = default)
    {
        foreach (var side in new[] { transfer.DebitAccountId, transfer.CreditAccountId })
        {
            if (await accounts.LoadAsync(side, cancellationToken) is { } account && await CanReadAsync(account, cancellationToken))
                return true;
        }
        return false;
    }
}
