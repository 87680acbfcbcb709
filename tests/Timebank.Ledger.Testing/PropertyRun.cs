using System.Text;

namespace Timebank.Ledger.Testing;

/// <summary>A ledger implementation driven by a property run: the domain's LedgerBook, or the engine on a real store.</summary>
public interface ILedgerUnderTest
{
    /// <summary>Applies one concrete step (replays already resolved to the step they repeat).</summary>
    Task<Outcome> ApplyAsync(LedgerOp op);

    /// <summary>The accounts' totals, in the order of the setup.</summary>
    Task<IReadOnlyList<Totals>> TotalsAsync();
}

/// <summary>Random but reproducible sequences of ledger steps, weighted towards the interesting cases.</summary>
public sealed class OperationGenerator(Random random, bool keys)
{
    public static IReadOnlyList<AccountSetup> Setup(Random random)
    {
        long? Maybe(long value) => random.Next(4) == 0 ? null : value;
        return
        [
            new AccountSetup(0, Maybe(-600), Maybe(2_000)),
            new AccountSetup(0, Maybe(-300), null),
            new AccountSetup(0, null, Maybe(900)),
            new AccountSetup(0, 0, null),
            new AccountSetup(1, -600, null),
        ];
    }

    public LedgerOp Next(ReferenceLedger model, IReadOnlyList<LedgerOp> executed, int step)
    {
        var roll = random.Next(100);
        LedgerOp op = roll switch
        {
            < 24 => Post(model),
            < 38 => new HoldOp(Account(model), Account(model), Amount(), random.Next(4) == 0 ? 60 : random.Next(1, 7_200)),
            < 50 => new PostHoldOp(Reference(model.HoldCount), random.Next(3) == 0 ? Amount() : null),
            < 56 => new VoidHoldOp(Reference(model.HoldCount)),
            < 63 => new ReverseOp(Reference(model.MoveCount)),
            < 69 => new LinkedOp(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Post(model)).ToList()),
            < 72 => Limits(model),
            < 77 => new AdvanceOp(random.Next(3) == 0 ? 0 : random.Next(1, 3_600)),
            < 83 => new AdvanceToDeadlineOp(Reference(model.HoldCount)),
            < 90 => new ExpireDueOp(),
            _ => keys && executed.Any(o => o.Key is not null) ? Replay(executed) : Post(model),
        };
        return keys && op is not (AdvanceOp or AdvanceToDeadlineOp or ExpireDueOp or ReplayOp) && random.Next(2) == 0
            ? op with { Key = $"key-{step}" }
            : op;
    }

    /// <summary>The step a replay stands for: the keyed step itself, or other input under its key.</summary>
    public static LedgerOp Resolve(LedgerOp op, IReadOnlyList<LedgerOp> executed)
    {
        if (op is not ReplayOp replay)
            return op;
        var original = executed[replay.Step];
        if (!replay.Changed)
            return original;
        return original is PostOp post
            ? post with { Amount = post.Amount + 1 }
            : new PostOp(0, 1, 7) { Key = original.Key };
    }

    private PostOp Post(ReferenceLedger model) => new(Account(model), Account(model), Amount());

    private SetLimitsOp Limits(ReferenceLedger model)
        => new(Account(model), random.Next(5) == 0 ? null : -random.Next(0, 900), random.Next(3) == 0 ? random.Next(0, 3_000) : null);

    private ReplayOp Replay(IReadOnlyList<LedgerOp> executed)
    {
        var keyed = executed.Select((o, i) => (o, i)).Where(x => x.o.Key is not null).ToList();
        return new ReplayOp(keyed[random.Next(keyed.Count)].i, Changed: random.Next(4) == 0);
    }

    private int Account(ReferenceLedger model) => random.Next(10) == 0 ? model.AccountCount - 1 : random.Next(model.AccountCount - 1);

    /// <summary>Mostly an existing one; sometimes -1, which names nothing.</summary>
    private int Reference(int count) => count == 0 || random.Next(12) == 0 ? -1 : random.Next(count);

    private long Amount() => random.Next(100) switch
    {
        0 => 0,
        1 => -random.Next(1, 100),
        2 => ReferenceLedger.MaxAmount + 1,
        _ => random.Next(1, 240),
    };
}

/// <summary>
/// Runs random sequences against a ledger under test and the reference model side by side. Every step's outcome
/// and, at the end of each sequence, every account's totals must agree. A failure names the seed and the steps so
/// far; set TIMEBANK_PROPERTY_SEED to replay it.
/// </summary>
public static class PropertyRun
{
    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("TIMEBANK_PROPERTY_SEED"), out var seed) ? seed : Environment.TickCount;

    public sealed record Summary(int Seed, int Sequences, int Steps, IReadOnlyDictionary<string, int> Outcomes);

    public static async Task<Summary> RunAsync(
        Func<IReadOnlyList<AccountSetup>, Task<ILedgerUnderTest>> start,
        int sequences,
        int steps,
        bool keys,
        Func<ILedgerUnderTest, Task>? afterEachSequence = null)
    {
        var outcomes = new Dictionary<string, int>();
        var total = 0;
        for (var sequence = 0; sequence < sequences; sequence++)
        {
            var random = new Random(HashCode.Combine(Seed, sequence));
            var setup = OperationGenerator.Setup(random);
            var model = new ReferenceLedger(setup);
            var underTest = await start(setup);
            var generator = new OperationGenerator(random, keys);
            var executed = new List<LedgerOp>();
            var trace = new StringBuilder();
            for (var step = 0; step < steps; step++)
            {
                var op = OperationGenerator.Resolve(generator.Next(model, executed, step), executed);
                executed.Add(op);
                var expected = model.Apply(op);
                var actual = await underTest.ApplyAsync(op);
                trace.AppendLine($"  {step}: {op} => model {expected}, ledger {actual}");
                if (expected.Code != actual.Code || !expected.Made.SequenceEqual(actual.Made))
                    throw new InvalidOperationException($"Outcomes differ (TIMEBANK_PROPERTY_SEED={Seed}, sequence {sequence}, step {step}).\n{trace}");
                outcomes[expected.Code] = outcomes.GetValueOrDefault(expected.Code) + 1;
                total++;
            }
            var expectedTotals = model.Totals;
            var actualTotals = await underTest.TotalsAsync();
            if (!expectedTotals.SequenceEqual(actualTotals))
                throw new InvalidOperationException($"Balances differ (TIMEBANK_PROPERTY_SEED={Seed}, sequence {sequence}): model {string.Join(", ", expectedTotals)}; ledger {string.Join(", ", actualTotals)}\n{trace}");
            if (afterEachSequence is not null)
                await afterEachSequence(underTest);
        }
        return new Summary(Seed, sequences, total, outcomes);
    }
}
