using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// A feature's part in reversing a transfer of its purpose (registered scoped, one per purpose at most): what it records
/// beside the reversal in the same command, and how a refusal reads to the asker. A purpose without one gets the
/// reversal alone, coded as the original and dated today in the ledger's zone.
/// </summary>
public interface ILedgerReversal
{
    LedgerPurpose Purpose { get; }

    Task<ReversalPlan> PrepareAsync(ReversalRequest request, CancellationToken cancellationToken);
}

/// <summary>A reversal an administrator of the ledger asked for, already allowed; <see cref="Reason"/> is checked text.</summary>
public sealed record ReversalRequest(Transfer Original, LedgerOwner Ledger, Id<Member> Actor, Membership Administrator, string Reason);

/// <param name="Kind">The reversing transfer's code.</param>
/// <param name="ValueDate">The day it is about, from the instant the writer commits it.</param>
/// <param name="Record">Rows written with it (given the reversal, the instant, and the command's inserts).</param>
/// <param name="Preconditions">What the plan was prepared from that must still stand when it runs.</param>
/// <param name="Present">Puts a refusal in the asker's terms (e.g. whose floor a reversal would break).</param>
public sealed record ReversalPlan(
    int Kind,
    Func<Instant, LocalDate> ValueDate,
    Action<Transfer, Instant, ICollection<object>>? Record = null,
    IReadOnlyCollection<ILedgerPrecondition>? Preconditions = null,
    Func<DomainError, Task<DomainError>>? Present = null);
