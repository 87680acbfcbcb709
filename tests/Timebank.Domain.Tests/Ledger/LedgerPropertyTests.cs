using Timebank.Domain.Ledger;
using Timebank.Ledger.Testing;
using Xunit.Abstractions;

namespace Timebank.Domain.Tests.Ledger;

public sealed class LedgerPropertyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Thousands_of_random_sequences_agree_with_the_reference_model_and_keep_the_invariants()
    {
        var summary = await PropertyRun.RunAsync(
            setup => Task.FromResult<ILedgerUnderTest>(new LedgerBookUnderTest(setup)),
            sequences: 3_000,
            steps: 60,
            keys: false,
            afterEachSequence: book =>
            {
                AssertInvariants((LedgerBookUnderTest)book);
                return Task.CompletedTask;
            });

        output.WriteLine($"seed {summary.Seed}: {summary.Sequences} sequences, {summary.Steps} steps; outcomes {string.Join(", ", summary.Outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        // The generator must reach the refusals as well as the successes, or the agreement proves little.
        Assert.All(["OK", "LIMIT_EXCEEDED", "HOLD_RESOLVED", "HOLD_EXPIRED", "ALREADY_REVERSED", "LEDGER_MISMATCH", "NOT_FOUND", "AMOUNT_EXCEEDS_HOLD", "LIMITS_CONFLICT", "VALIDATION_FAILED", "NOT_REVERSIBLE"],
            code => Assert.True(summary.Outcomes.GetValueOrDefault(code) > 0, $"no step ended in {code}"));
    }

    /// <summary>Per ledger the posted balances sum to zero and holds balance; no account is past a limit; statements add up.</summary>
    private static void AssertInvariants(LedgerBookUnderTest run)
    {
        foreach (var ledger in run.Accounts.GroupBy(a => a.LedgerId))
        {
            Assert.Equal(0, ledger.Sum(a => a.Posted));
            Assert.Equal(ledger.Sum(a => a.PendingDebits), ledger.Sum(a => a.PendingCredits));
        }
        foreach (var account in run.Accounts)
        {
            Assert.False(account.Available < account.Floor, $"{account.Id} below its floor");
            Assert.False(account.Posted + account.PendingCredits > account.Ceiling, $"{account.Id} above its ceiling");
            var lines = run.Book.NewEntries.Where(e => e.AccountId == account.Id).OrderBy(e => e.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, lines.Count).Select(i => (long)i), lines.Select(l => l.Sequence));
            Assert.Equal(account.EntryCount, lines.Count);
            var balance = 0L;
            foreach (var line in lines)
            {
                balance += line.Change;
                Assert.Equal(balance, line.BalanceAfter);
            }
            Assert.Equal(account.Posted, balance);
        }
        var journal = run.Book.NewTransfers;
        Assert.Equal(journal.Count(t => t.PendingId is not null), journal.Where(t => t.PendingId is not null).Select(t => t.PendingId).Distinct().Count());
        Assert.Equal(journal.Count(t => t.ReversesId is not null), journal.Where(t => t.ReversesId is not null).Select(t => t.ReversesId).Distinct().Count());
    }
}
