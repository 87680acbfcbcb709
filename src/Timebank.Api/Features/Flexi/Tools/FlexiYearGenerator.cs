using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Flexi.Periods;
using Timebank.Domain.Flexi.Services;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi.Tools;

/// <summary>What the generated years hold, over every service (each service counts its own, then adds them here).</summary>
public sealed class FlexiYearCounts
{
    private readonly Lock _adding = new();

    public int Sessions { get; set; }
    public int Cancelled { get; set; }
    public int Purchases { get; set; }
    public int SignOffs { get; set; }
    public int Receipts { get; set; }

    /// <summary>Sessions asked for on a day with no free worker, or before the customer joined (none is booked).</summary>
    public int NoSlot { get; set; }

    public void Add(FlexiYearCounts other)
    {
        lock (_adding)
        {
            (Sessions, Cancelled, Purchases) = (Sessions + other.Sessions, Cancelled + other.Cancelled, Purchases + other.Purchases);
            (SignOffs, Receipts, NoSlot) = (SignOffs + other.SignOffs, Receipts + other.Receipts, NoSlot + other.NoSlot);
        }
    }
}

/// <summary>
/// A generated service's year, week by week as it would have happened: the week's allowance accrued (and the last
/// one settled) by the allowance runner as of the week's start, then about two sessions per customer booked with one
/// of the service's workers, most given in full and a few cancelled, and roughly monthly purchases, most with their
/// receipt back. Every plan is the domain's (<see cref="SupportSession"/>, <see cref="Purchase"/>) made as of a past
/// moment, and every movement goes through the ledger writer in the services' own commands
/// (<see cref="FlexiYearCommands"/>), a week's many at once so they share the writer's batches.
/// </summary>
internal sealed class FlexiYearGenerator(ILedgerWriter writer, IDbContextFactory<TimebankDbContext> databases, CustomerAccounts accounts, IServiceProvider services, IClock clock)
{
    private static readonly long[] Lengths = [45, 60, 60, 60, 90];

    private static readonly (string Category, string Supplier, string Description)[] Buys =
    [
        ("MUSIC", "Music shop", "Guitar strings and a tuner"), ("MEALS OUT", "Café on the square", "Lunch out with a friend"),
        ("CLOTHES", "High street store", "New trainers"), ("TRANSPORT", "Bus company", "Bus pass top-up"),
        ("LEISURE", "Leisure centre", "Swimming sessions"), ("CRAFTS", "Craft shop", "Painting materials"),
    ];

    private sealed record People(IReadOnlyList<CustomerBudget> Budgets, IReadOnlyDictionary<Id<Member>, Membership> Members, IReadOnlyList<Membership> Workers,
        Membership Manager, IReadOnlyDictionary<Id<Member>, string> Names);

    private sealed record Ledger(IReadOnlyDictionary<Guid, Id<Account>> Minutes, IReadOnlyDictionary<Guid, Id<Account>> Cash, IReadOnlyDictionary<Guid, Id<Account>> Workers);

    private static PlanAccounts SessionAccounts(SupportSession session, Ledger ledger, IReadOnlyDictionary<string, Id<Transfer>>? holds)
        => SessionCommands.Accounts(session.BudgetId, session.WorkerId, ledger.Minutes[session.CustomerId.Value], ledger.Workers[session.WorkerId.Value], holds);

    /// <summary>Generates the service's periods from its customers' enrolment up to the one holding <paramref name="until"/> (all in the past).</summary>
    public async Task RunAsync(ServiceContext context, Instant until, int seed, FlexiYearCounts counts, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(context, cancellationToken);
        if (people.Budgets.Count == 0)
            return;
        var enrolled = people.Budgets.Min(b => b.EnrolledAt);
        var moved = new MovableClock(enrolled);
        var allowances = ActivatorUtilities.CreateInstance<AllowanceRunner>(services, (IClock)moved);
        var random = new Random(seed);
        var cash = people.Budgets.ToDictionary(b => b.Id, _ => 0L);
        var schedule = context.Service.Schedule;
        Ledger? ledger = null;
        var mine = new FlexiYearCounts();
        for (var period = schedule.Containing(enrolled); period.Start <= until; period = schedule.After(period))
        {
            // Settles the week before and accrues this one: a session uses the minutes accrued in its week.
            var opens = period.Start > enrolled ? period.Start : enrolled;
            moved.Now = opens;
            await allowances.AccrueServiceAsync(context, cancellationToken);
            ledger ??= await LedgerAsync(context, people, cancellationToken);
            var policy = context.Policies.For(period);
            foreach (var budget in people.Budgets)
                cash[budget.Id] += policy.CashPencePerPeriod;
            await SessionsAsync(context, people, ledger, period, opens, policy, random, mine, cancellationToken);
            await PurchasesAsync(context, people, ledger, period, opens, policy, cash, last: schedule.After(period).Start > until, random, mine, cancellationToken);
        }
        moved.Now = until;
        await allowances.AccrueServiceAsync(context, cancellationToken);
        counts.Add(mine);
    }

    /// <summary>
    /// The week's sessions: each customer asks for two (early and late in the week) with their own worker, or the next
    /// free one, booked by staff on their behalf as of the week's start; then each is given or cancelled.
    /// </summary>
    private async Task SessionsAsync(ServiceContext context, People people, Ledger ledger, AllowancePeriod period, Instant opens, FlexiPolicy policy,
        Random random, FlexiYearCounts counts, CancellationToken cancellationToken)
    {
        var service = context.Service;
        var bookAt = opens + Duration.FromMinutes(1);
        // Sessions end by early evening, so a day's diary is all a booking can clash with.
        var days = Enumerable.Range(0, 7).Select(_ => new List<SupportSession>()).ToArray();
        var booked = new List<(SupportSession Session, MovementPlan Plan)>();
        for (var index = 0; index < people.Budgets.Count; index++)
        {
            var budget = people.Budgets[index];
            var left = policy.SupportMinutesPerPeriod;
            foreach (var day in new[] { random.Next(0, 3), random.Next(3, 7) })
            {
                var minutes = Lengths[random.Next(Lengths.Length)];
                if (minutes > left)
                    continue;
                var diary = new ServiceDiary([], days[day], service.CoreMinimumStaff, service.TimeZone);
                if (FreeSlot(service, people, diary, budget.CustomerId, index, period.StartDate.PlusDays(day), minutes, bookAt, random) is not { } slot)
                {
                    counts.NoSlot++;
                    continue;
                }
                var where = random.Next(4) switch { 0 => SessionPlace.Of(SessionWhere.OnSite, null), 1 => SessionPlace.Of(SessionWhere.NamedPlace, "the café"), _ => SessionPlace.Of(SessionWhere.OffSite, null) };
                var request = new SessionRequest(people.Names[slot.Worker.MemberId], slot.Start, minutes, where,
                    random.Next(3) == 0 ? SessionFormality.Formal : SessionFormality.Informal, Outcome: null, WorkerChosenByCustomer: random.Next(10) != 0);
                var (session, plan) = SupportSession.Book(service, budget, slot.Worker, slot.Worker, request, left, diary, bookAt);
                days[day].Add(session);
                booked.Add((session, plan));
                left -= minutes;
            }
        }
        var holds = await Task.WhenAll(booked.Select(b => writer.SubmitAsync(
            SessionCommands.Book(context, b.Session, b.Plan, SessionAccounts(b.Session, ledger, holds: null), [], t => new StepWritten(t.Id)), null, cancellationToken)));
        counts.Sessions += booked.Count;

        var resolutions = new List<LedgerCommand<StepWritten>>(booked.Count);
        for (var i = 0; i < booked.Count; i++)
        {
            var session = booked[i].Session;
            var roll = random.Next(100);
            Instant at;
            MovementPlan plan;
            if (roll < 8)
            {
                at = Max(bookAt, session.Start - Duration.FromDays(1));
                plan = session.Cancel(people.Members[session.CustomerId], service.ProviderId, roll < 4 ? "Not feeling well today." : null, at);
                counts.Cancelled++;
            }
            else
            {
                // Most are given in full; a few end a quarter of an hour early and the rest goes back.
                at = session.End + Duration.FromMinutes(30);
                plan = session.Complete(people.Members[session.WorkerId], service.ProviderId, roll < 12 ? session.Minutes - 15 : session.Minutes, at);
            }
            var hold = holds[i].Transfer!.Value;
            resolutions.Add(SessionCommands.Resolve(context, session, plan, SessionAccounts(session, ledger, new Dictionary<string, Id<Transfer>> { [session.HoldKey.Value] = hold }),
                hold, service.Schedule.Today(at), t => new StepWritten(t.Id)));
        }
        await Task.WhenAll(resolutions.Select(r => writer.SubmitAsync(r, null, cancellationToken)));
    }

    /// <summary>A start in the day (9:00 to 17:30, on the half hour) when the customer's own worker, or failing that another, is free.</summary>
    private static (Instant Start, Membership Worker)? FreeSlot(FlexiService service, People people, ServiceDiary diary, Id<Member> customer, int index,
        LocalDate date, long minutes, Instant notBefore, Random random)
    {
        var first = random.Next(18);
        for (var w = 0; w < people.Workers.Count; w++)
        {
            var worker = people.Workers[(index + w) % people.Workers.Count];
            for (var s = 0; s < 18; s++)
            {
                var halfHours = (first + s) % 18;
                var start = date.At(new LocalTime(9, 0).PlusMinutes(30 * halfHours)).InZoneLeniently(service.TimeZone).ToInstant();
                var end = start + Duration.FromMinutes(minutes);
                if (start > notBefore && diary.WorkerClash(worker.MemberId, start, end) is null && diary.CustomerClash(customer, start, end) is null)
                    return (start, worker);
            }
        }
        return null;
    }

    /// <summary>
    /// Roughly one purchase a month per customer, early in the week, asked for by staff on their behalf. Those over the
    /// sign-off threshold are made only while their hold would still be open today (the ledger refuses a hold whose
    /// deadline has passed), and signed off a day later, except half of the last week's, which still await it.
    /// </summary>
    private async Task PurchasesAsync(ServiceContext context, People people, Ledger ledger, AllowancePeriod period, Instant opens, FlexiPolicy policy,
        Dictionary<Id<CustomerBudget>, long> cash, bool last, Random random, FlexiYearCounts counts, CancellationToken cancellationToken)
    {
        var service = context.Service;
        var now = clock.GetCurrentInstant();
        var made = new List<(CustomerBudget Budget, Purchase Purchase, Instant At, LedgerCommand<StepWritten> Command)>();
        for (var index = 0; index < people.Budgets.Count; index++)
        {
            var budget = people.Budgets[index];
            if (random.Next(4) != 0)
                continue;
            var at = period.StartDate.PlusDays(random.Next(4)).At(new LocalTime(10 + random.Next(6), 0)).InZoneLeniently(service.TimeZone).ToInstant();
            var mayNeedSignOff = at + Duration.FromDays(policy.PurchaseExpiryDays) > now + Duration.FromDays(1);
            var pence = mayNeedSignOff && random.Next(3) == 0
                ? policy.SignOffThresholdPence + 100 + random.Next(4000)
                : 1200 + random.Next((int)Math.Max(1, policy.SignOffThresholdPence - 1200));
            if (at <= opens || pence > cash[budget.Id])
                continue;
            var (category, supplier, description) = Buys[random.Next(Buys.Length)];
            var requester = people.Workers[index % people.Workers.Count];
            var (purchase, plan) = Purchase.Request(service, budget, requester, PurchaseDetails.Parse(supplier, category, description, null), pence, cash[budget.Id],
                policy, ManagerSignOff.Instance, at);
            cash[budget.Id] -= pence;
            var planAccounts = CustomerAccounts.ForBudget(context.Books, budget, ledger.Minutes[budget.CustomerId.Value], ledger.Cash[budget.CustomerId.Value]);
            made.Add((budget, purchase, at, PurchaseCommands.Request(context, purchase, plan, planAccounts, service.Schedule.Today(at), [], t => new StepWritten(t.Id))));
        }
        var written = await Task.WhenAll(made.Select(m => writer.SubmitAsync(m.Command, null, cancellationToken)));
        counts.Purchases += made.Count;

        var decisions = new List<LedgerCommand<StepWritten>>();
        for (var i = 0; i < made.Count; i++)
        {
            var (budget, purchase, at, _) = made[i];
            if (purchase.Status != PurchaseStatus.AwaitingSignOff || (last && random.Next(2) == 0))
                continue;
            var decidedAt = at + Duration.FromDays(1);
            var rejected = random.Next(6) == 0;
            var plan = rejected
                ? purchase.Reject(people.Manager, service.ProviderId, ManagerSignOff.Instance, "Not what the plan is for: let's talk about it.", decidedAt)
                : purchase.Approve(people.Manager, service.ProviderId, ManagerSignOff.Instance, decidedAt);
            if (rejected)
                cash[budget.Id] += purchase.Pence;
            var hold = written[i].Transfer!.Value;
            var accounts = CustomerAccounts.ForBudget(context.Books, budget, ledger.Minutes[budget.CustomerId.Value], ledger.Cash[budget.CustomerId.Value],
                new Dictionary<string, Id<Transfer>> { [purchase.HoldKey.Value] = hold });
            decisions.Add(PurchaseCommands.Follow(context, purchase, plan, accounts, [hold], service.Schedule.Today(decidedAt), () => PurchaseDecision.Of(purchase), () => new StepWritten(null)));
        }
        await Task.WhenAll(decisions.Select(d => writer.SubmitAsync(d, null, cancellationToken)));
        counts.SignOffs += decisions.Count;

        // Most receipts come back within days, some for less (the change goes back); the rest are listed as missing.
        var receipts = new List<LedgerCommand<StepWritten>>();
        foreach (var (budget, purchase, at, _) in made)
        {
            var roll = random.Next(10);
            if (purchase.Status != PurchaseStatus.Spent || roll == 0)
                continue;
            var attachedAt = purchase.SpentAt!.Value + Duration.FromDays(1 + random.Next(2));
            var pence = roll == 1 ? purchase.Pence - Math.Min(purchase.Pence - 1, 50 + random.Next(450)) : purchase.Pence;
            var receipt = Receipt.Parse($"R-{purchase.Id.Value.ToString("N")[..8]}", pence, service.Schedule.Today(at), service.Schedule.Today(attachedAt));
            var plan = purchase.AttachReceipt(people.Workers[0], service.ProviderId, receipt, budget, policy, attachedAt);
            cash[budget.Id] += purchase.Pence - pence;
            var accounts = CustomerAccounts.ForBudget(context.Books, budget, ledger.Minutes[budget.CustomerId.Value], ledger.Cash[budget.CustomerId.Value]);
            receipts.Add(PurchaseCommands.Follow(context, purchase, plan, accounts, [], service.Schedule.Today(attachedAt), () => PurchaseReceipt.Of(purchase), () => new StepWritten(null)));
        }
        await Task.WhenAll(receipts.Select(r => writer.SubmitAsync(r, null, cancellationToken)));
        counts.Receipts += receipts.Count;
    }

    private async Task<People> PeopleAsync(ServiceContext context, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var (id, provider) = (context.Service.Id, context.Service.ProviderId);
        var budgets = await db.Set<CustomerBudget>().AsNoTracking().Where(b => b.ServiceId == id).OrderBy(b => b.EnrolledAt).ToListAsync(cancellationToken);
        var members = await db.Memberships.AsNoTracking().Where(m => m.OrganisationId == provider).ToListAsync(cancellationToken);
        var workers = members.Where(m => FlexiRoles.IsStaff(m, provider)).ToList();
        var ids = workers.Select(w => w.MemberId).ToList();
        var names = await db.Members.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.DisplayName.Value, cancellationToken);
        var manager = members.FirstOrDefault(m => FlexiRoles.RunsProvider(m, provider)) ?? throw new InvalidOperationException("A generated provider has no manager.");
        if (workers.Count == 0)
            throw new InvalidOperationException("A generated provider has no staff.");
        return new People(budgets, members.ToDictionary(m => m.MemberId), workers, manager, names);
    }

    private async Task<Ledger> LedgerAsync(ServiceContext context, People people, CancellationToken cancellationToken)
    {
        var customers = people.Budgets.Select(b => b.CustomerId.Value).ToList();
        return new Ledger(
            await accounts.ManyAsync(context.Books, FlexiUnit.Minutes, FlexiLedger.CustomerMinutes, customers, cancellationToken),
            await accounts.ManyAsync(context.Books, FlexiUnit.Pence, FlexiLedger.CustomerCash, customers, cancellationToken),
            await accounts.ManyAsync(context.Books, FlexiUnit.Minutes, FlexiLedger.WorkerDelivered, [.. people.Workers.Select(w => w.MemberId.Value)], cancellationToken));
    }

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;
}
