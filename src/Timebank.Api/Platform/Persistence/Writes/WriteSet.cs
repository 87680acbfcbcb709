using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Persistence;

public enum WriteKind
{
    Added,
    Modified,
    Deleted,
}

/// <summary>
/// One row written: the entity as written, how, and the signed-in member whose request wrote it (null for sign-up,
/// tools and background work; for an account's running totals, which many requests of one batch change together).
/// </summary>
public sealed record Write(object Entity, WriteKind Kind, Id<Member>? Actor = null);

/// <summary>What one commit wrote, by either write path (a service's SaveChanges or the ledger writer's batch).</summary>
public sealed record WriteSet(IReadOnlyList<Write> Writes, Instant CommittedAt);

/// <summary>
/// Hears every commit, whichever path wrote it (the audit trail will be one), once it is committed: a SaveChanges
/// inside a service's own transaction is heard when that transaction commits, and not at all if it rolls back.
/// Called before anyone is answered; a listener that throws makes the callers hear of a failure although the work is committed.
/// </summary>
public interface IWriteListener
{
    void Committed(WriteSet writes);
}
