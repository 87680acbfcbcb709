using Microsoft.EntityFrameworkCore;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Timebank;

/// <summary>
/// An account a request names, as the person asking knows it: the input field (and list position) that named it,
/// its role in words, whose it is (null: the pool) and whether they may read it.
/// </summary>
public sealed record Party(Id<Account> Account, string Field, string Role, Id<Member>? Member, bool Readable, int? Position = null);

/// <summary>
/// Puts the ledger's limit refusals in the asker's terms: for an account they may read, whose it is and the amounts
/// in hours and minutes; for one they may not, only which party it is, so a refusal reveals no one else's balance.
/// </summary>
public sealed class LimitRefusals(IDbContextFactory<TimebankDbContext> databases)
{
    public async Task<LimitExceeded> PresentAsync(LimitExceeded refused, IReadOnlyCollection<Party> parties, Id<Member> actor, CancellationToken cancellationToken)
    {
        var party = refused.AccountId is { } account ? parties.FirstOrDefault(p => p.Account == account) : null;
        if (party is null)
            return refused.Hidden("minutes", "an account's balance");
        if (!party.Readable)
            return refused.Hidden(party.Field, party.Position is { } n ? $"the balance of {party.Role} {n + 1} in the list" : $"the {party.Role}'s balance");
        var whose = party.Member is not { } member ? $"the {party.Role}'s"
            : member == actor ? "your"
            : await NameAsync(member, cancellationToken) is { } name ? $"{name}'s"
            : $"the {party.Role}'s";
        return refused.Shown(party.Field, whose, LedgerUnit.Minutes);
    }

    private async Task<string?> NameAsync(Id<Member> member, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        return (await db.Members.AsNoTracking().Where(m => m.Id == member).Select(m => m.DisplayName).FirstOrDefaultAsync(cancellationToken))?.Value;
    }
}
