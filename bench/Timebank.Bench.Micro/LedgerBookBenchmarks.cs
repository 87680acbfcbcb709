using BenchmarkDotNet.Attributes;
using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Organisations;
using Timebank.Domain.Timebank;

namespace Timebank.Bench.Micro;

/// <summary>
/// The engine's own cost per request inside a writer batch: applying transfers to a book of loaded accounts.
/// A batch of 64 is what 64 concurrent clients share in one commit.
/// </summary>
[MemoryDiagnoser]
public class LedgerBookBenchmarks
{
    private static readonly Instant Now = Instant.FromUtc(2026, 11, 23, 12, 0);
    private readonly List<Account> _accounts = [];
    private TransferOrder[] _orders = [];

    [Params(64)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void SetUp()
    {
        var ledger = Domain.Ledger.Ledger.Open(Id<Organisation>.New(), TimebankLedger.Hours, TimebankLedger.Unit, Now);
        for (var i = 0; i < 128; i++)
            _accounts.Add(ledger.OpenAccount(TimebankLedger.MemberHours, Guid.NewGuid(), BalanceLimits.None, Now));
        var random = new Random(1);
        _orders = Enumerable.Range(0, Batch).Select(_ =>
        {
            var debit = random.Next(_accounts.Count);
            var credit = (debit + 1 + random.Next(_accounts.Count - 1)) % _accounts.Count;
            return new TransferOrder(_accounts[debit].Id, _accounts[credit].Id, Amount.Of(random.Next(1, 60), "minutes"), 1, Now.InUtc().Date);
        }).ToArray();
    }

    [Benchmark(Description = "post a batch of transfers")]
    public int PostBatch()
    {
        var book = new LedgerBook(_accounts);
        foreach (var order in _orders)
            book.Post(order, Now);
        return book.NewEntries.Count;
    }

    [Benchmark(Description = "hold then post a batch")]
    public int HoldAndPostBatch()
    {
        var book = new LedgerBook(_accounts);
        foreach (var order in _orders)
            book.PostHold(book.Hold(order, Now + Duration.FromDays(14), Now).Id, null, Now);
        return book.NewTransfers.Count;
    }

    [Benchmark(Description = "linked set of the whole batch")]
    public int LinkedBatch() => new LedgerBook(_accounts).PostLinked(_orders, Now).Count;
}
