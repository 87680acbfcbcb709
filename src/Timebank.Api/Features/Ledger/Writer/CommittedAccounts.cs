using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Ledger;

/// <summary>
/// Accounts as last committed, kept by the SQLite ledger writer: it loads from here instead of the database, and
/// balance reads (<c>account { posted available }</c>) are answered from here too.
/// <para>
/// Why it stays true: only the writer changes accounts, and it publishes every account of a batch after the commit
/// and before any caller hears back, so a caller reads its own writes. The states here are never changed again
/// (each batch works on copies). A read that missed offers what it loaded; an offer never replaces a state already
/// here, so one read before a commit cannot hide it. Anyone else writing the file (another process) is noticed by
/// the writer through SQLite's data_version, before its next batch or within a second when idle, and everything
/// is dropped; states are used only while that check is fresh, and not at all on PostgreSQL.
/// </para>
/// </summary>
public sealed class CommittedAccounts(IOptions<LedgerOptions> options) : ICurrentEntities<Account>
{
    private readonly ConcurrentDictionary<Id<Account>, Account> _states = new();
    private readonly Lock _gate = new();
    private readonly long _freshFor = (long)(options.Value.CommittedStateLifetime.TotalSeconds * Stopwatch.Frequency);
    private long _generation;
    private long _checkedAt = long.MinValue / 2;

    public long Generation => Volatile.Read(ref _generation);

    private bool IsFresh => Stopwatch.GetTimestamp() - Volatile.Read(ref _checkedAt) < _freshFor;

    public bool TryGet(Id<Account> id, out Account? entity)
    {
        entity = null;
        return IsFresh && _states.TryGetValue(id, out entity);
    }

    public void Offer(Id<Account> id, Account entity, long generation)
    {
        lock (_gate)
        {
            if (generation == _generation && IsFresh && _states.Count < options.Value.MaxCachedAccounts)
                _states.TryAdd(id, entity);
        }
    }

    /// <summary>The writer: nobody else has written since the last check (the states here are the database's).</summary>
    public void Checked() => Volatile.Write(ref _checkedAt, Stopwatch.GetTimestamp());

    /// <summary>The writer, after a commit: these accounts now stand so in the database.</summary>
    public void Publish(IEnumerable<Account> committed)
    {
        if (_states.Count > options.Value.MaxCachedAccounts)
            Forget();
        foreach (var account in committed)
            _states[account.Id] = account;
    }

    /// <summary>Someone else wrote, or a batch failed: nothing here can be trusted.</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _generation++;
            _states.Clear();
        }
    }
}
