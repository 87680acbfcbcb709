using NodaTime;

namespace Timebank.Api.Platform.Persistence;

public enum WriteKind
{
    Added,
    Modified,
    Deleted,
}

/// <summary>One row written: the entity as written, and how.</summary>
public sealed record Write(object Entity, WriteKind Kind);

/// <summary>What one commit wrote, by either write path (a service's SaveChanges or the ledger writer's batch).</summary>
public sealed record WriteSet(IReadOnlyList<Write> Writes, Instant CommittedAt);

/// <summary>
/// Hears every commit, whichever path wrote it (the audit trail will be one). Called after the commit and before
/// anyone is answered; a listener that throws makes the callers hear of a failure although the work is committed.
/// </summary>
public interface IWriteListener
{
    void Committed(WriteSet writes);
}
