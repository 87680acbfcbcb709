using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Periods;
using Timebank.Domain.Ledger;

namespace Timebank.Api.Features.Flexi;

/// <summary>What one allowance step wrote (stored as its outcome, so a repeat answers the same).</summary>
public sealed record AllowanceStepDone(int Transfers);

/// <summary>
/// Brings budgets' allowances up to now: each due step (a period's accrual, then its end) is one ledger command under
/// a key derived from the budget and period, scoped to the budget, in order. The writer checks the key in the
/// transaction that stores the step, and the step's rows are keyed by (budget, period[, unit]) too, so however many
/// requests or API processes run it at once, each step moves once.
/// </summary>
public sealed class AllowanceRunner(IDbContextFactory<TimebankDbContext> databases, ILedgerWriter writer, CustomerAccounts accounts, IClock clock)
{
    private const int Parallel = 32;

    /// <summary>Accrual on read: the budget's due steps, before its balance is shown.</summary>
    public async Task AccrueAsync(ServiceContext context, CustomerBudget budget, CancellationToken cancellationToken)
    {
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
            await ResumeAsync(db, [budget], cancellationToken);
        await RunStepsAsync(context, budget, await accounts.ForBudgetAsync(context.Books, budget, cancellationToken), cancellationToken);
    }

    /// <summary>Every budget of the service that has a step due, many at a time (the writer commits them in shared batches).</summary>
    public async Task<int> AccrueServiceAsync(ServiceContext context, CancellationToken cancellationToken)
    {
        List<CustomerBudget> budgets;
        var now = clock.GetCurrentInstant();
        await using (var db = await databases.CreateDbContextAsync(cancellationToken))
        {
            var id = context.Service.Id;
            budgets = await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == id).ToListAsync(cancellationToken);
            await ResumeAsync(db, budgets, cancellationToken);
        }
        var due = budgets.Where(b => AllowanceSchedule.StepsDue(b, context.Service, context.Policies, now).Any()).ToList();
        if (due.Count == 0)
            return 0;
        var customers = due.Select(b => b.CustomerId.Value).ToList();
        var minutes = await accounts.ManyAsync(context.Books, FlexiUnit.Minutes, FlexiLedger.CustomerMinutes, customers, cancellationToken);
        var cash = await accounts.ManyAsync(context.Books, FlexiUnit.Pence, FlexiLedger.CustomerCash, customers, cancellationToken);
        await System.Threading.Tasks.Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken },
            async (budget, ct) => await RunStepsAsync(context, budget,
                CustomerAccounts.ForBudget(context.Books, budget, minutes[budget.CustomerId.Value], cash[budget.CustomerId.Value]), ct));
        return due.Count;
    }

    /// <summary>How far each budget has got, and whether it ended, from the stored steps.</summary>
    private static async Task ResumeAsync(TimebankDbContext db, IReadOnlyList<CustomerBudget> budgets, CancellationToken cancellationToken)
    {
        var ids = budgets.Select(b => b.Id).ToList();
        // Settled first, then accrued: two reads are two snapshots, and a commit between them (one command can store
        // several periods' steps) only moves both forward, so read in this order a period never looks settled
        // before it accrued. Read the other way round, it could.
        var settled = await db.Set<PeriodSettlement>().AsNoTracking().Where(s => ids.Contains(s.BudgetId))
            .GroupBy(s => s.BudgetId).Select(g => new { g.Key, Last = g.Max(s => s.PeriodStart) }).ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        var accrued = await db.Set<AllowanceAccrual>().AsNoTracking().Where(a => ids.Contains(a.BudgetId) && a.Unit == FlexiUnit.Minutes)
            .GroupBy(a => a.BudgetId).Select(g => new { g.Key, Last = g.Max(a => a.PeriodStart) }).ToDictionaryAsync(x => x.Key, x => x.Last, cancellationToken);
        await BudgetEnding.RestoreAsync(db, budgets, cancellationToken);
        foreach (var budget in budgets)
            budget.Resume(accrued.TryGetValue(budget.Id, out var a) ? a : null, settled.TryGetValue(budget.Id, out var s) ? s : null);
    }

    private async Task RunStepsAsync(ServiceContext context, CustomerBudget budget, PlanAccounts planAccounts, CancellationToken cancellationToken)
    {
        var steps = AllowanceSchedule.StepsDue(budget, context.Service, context.Policies, clock.GetCurrentInstant()).ToList();
        if (steps.Count == 0)
            return;
        try
        {
            await SubmitAsync(budget, KeyFor(budget, steps), Steps(context, steps, planAccounts), cancellationToken);
        }
        catch (Exception lost) when (steps.Count > 1 && lost is not (OperationCanceledException or DomainException))
        {
            // Another request or process ran some of these steps first (their rows are keyed by budget and period,
            // so the shared command was refused): start again from what the store now holds, one step at a time.
            await using (var db = await databases.CreateDbContextAsync(cancellationToken))
                await ResumeAsync(db, [budget], cancellationToken);
            foreach (var step in AllowanceSchedule.StepsDue(budget, context.Service, context.Policies, clock.GetCurrentInstant()).ToList())
            {
                await SubmitAsync(budget, KeyFor(budget, [step]), Steps(context, [step], planAccounts), cancellationToken);
                Record(budget, step, context.Service.Schedule);
            }
            return;
        }
        foreach (var step in steps)
            Record(budget, step, context.Service.Schedule);
    }

    /// <summary>
    /// A budget's due steps (last period's end, then this one's accrual) as one ledger command: each step runs on the
    /// balances the ones before it left, and the writer stores them all or none.
    /// </summary>
    private static LedgerCommand<AllowanceStepDone> Steps(ServiceContext context, IReadOnlyList<AllowanceStep> steps, PlanAccounts accounts)
        => new(new LedgerNeeds(accounts.AccountIds), (book, now, inserts) =>
        {
            var transfers = 0;
            foreach (var step in steps)
            {
                transfers += step switch
                {
                    AccrueAllowance accrue => Accrue(context, accrue, accounts, book, now, inserts),
                    SettlePeriod settle => Settle(context, settle, accounts, book, now, inserts),
                    _ => throw new InvalidOperationException("unknown allowance step"),
                };
            }
            return new AllowanceStepDone(transfers);
        });

    /// <summary>One step keeps the key it always had; several are named by all of theirs, in order.</summary>
    private static IdempotencyKey KeyFor(CustomerBudget budget, IReadOnlyList<AllowanceStep> steps)
    {
        var keys = steps.Select(step => step switch
        {
            AccrueAllowance accrue => AccrueAllowance.KeyFor(budget.Id, accrue.Period, FlexiUnit.Minutes),
            SettlePeriod settle => MovementKeys.For("settle", budget.Id.Value, settle.Period.Key),
            _ => throw new InvalidOperationException("unknown allowance step"),
        }).ToList();
        return keys.Count == 1 ? keys[0] : MovementKeys.For("steps", budget.Id.Value, Hash(string.Join('\n', keys.Select(k => k.Value)))[..32]);
    }

    private static void Record(CustomerBudget budget, AllowanceStep step, PeriodSchedule schedule)
    {
        switch (step)
        {
            case AccrueAllowance accrue:
                budget.RecordAccrued(accrue.Period, schedule);
                break;
            case SettlePeriod settle:
                budget.RecordSettled(settle.Period);
                break;
        }
    }

    private static int Accrue(ServiceContext context, AccrueAllowance step, PlanAccounts accounts, LedgerBook book, Instant now, ICollection<object> inserts)
    {
        var transfers = FlexiBookkeeping.Apply(book, step.Plan(), context.Service.Id, accounts, step.Period.StartDate, now, inserts);
        inserts.Add(new AllowanceAccrual(step.BudgetId, step.Period.StartDate, FlexiUnit.Minutes, step.Policy.SupportMinutesPerPeriod, transfers[0].Id, now));
        inserts.Add(new AllowanceAccrual(step.BudgetId, step.Period.StartDate, FlexiUnit.Pence, step.Policy.CashPencePerPeriod, transfers[1].Id, now));
        return transfers.Count;
    }

    /// <summary>Settles on the balances the writer holds, inside its transaction, so a booking made meanwhile is counted.</summary>
    private static int Settle(ServiceContext context, SettlePeriod step, PlanAccounts accounts, LedgerBook book, Instant now, ICollection<object> inserts)
    {
        var minutes = book.Account(accounts[FlexiUnit.Minutes, FlexiAccounts.CustomerMinutes(step.BudgetId)]).Available;
        var pence = book.Account(accounts[FlexiUnit.Pence, FlexiAccounts.CustomerCash(step.BudgetId)]).Available;
        var (settlement, plan) = step.Plan(minutes, pence, now);
        var transfers = FlexiBookkeeping.Apply(book, plan, context.Service.Id, accounts, step.Period.LastDate, now, inserts);
        inserts.Add(settlement);
        return transfers.Count;
    }

    private Task<AllowanceStepDone> SubmitAsync(CustomerBudget budget, IdempotencyKey key, LedgerCommand<AllowanceStepDone> command, CancellationToken cancellationToken)
    {
        // The key alone names the step; the scope is the budget, so whoever runs it, it is one step.
        var hash = Hash("flexiAllowance\n" + key.Value);
        return new IdempotentLedger(writer).RunAsync(new IdempotentRequest(budget.Id.Value, key, hash), () => Task.FromResult<ILedgerCommand<AllowanceStepDone>>(command), cancellationToken);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
