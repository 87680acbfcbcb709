using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Allowances;
using Timebank.Domain.Flexi.Bookings;
using Timebank.Domain.Flexi.Movements;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Api.Features.Flexi;

/// <summary>What a session mutation did (stored as its outcome, so a replay answers the same).</summary>
public sealed record SessionMoved(Id<SupportSession> SessionId);

/// <summary>
/// Booking, completing and cancelling sessions, each one ledger command: the hold, its posting or its release, and
/// the session's rows are written together or not at all. The rules are the domain's (<c>SupportSession</c>).
/// </summary>
public sealed class SessionService(
    LedgerOperations operations, FlexiAccess access, IDbContextFactory<TimebankDbContext> databases, CustomerAccounts accounts, AllowanceRunner allowances,
    IPlansInForce plans, IClock clock)
{
    public const string TypeName = "SupportSession";

    public Task<SessionMoved> BookAsync(BookSupportSessionInput input, CancellationToken cancellationToken)
        => operations.RunAsync<SessionMoved>("bookSupportSession", input.IdempotencyKey, input with { IdempotencyKey = null }, async actor =>
        {
            var context = await access.ServiceAsync(input.ServiceId, "serviceId", cancellationToken);
            var provider = context.Service.ProviderId;
            var booker = await access.MembershipInAsync(provider) ?? throw new DomainException(new NotAllowed("Only the customer, or staff on their behalf, can book their support."));
            var customerId = input.CustomerId is null ? actor : GlobalId.Parse<Member>(input.CustomerId, "Member", "customerId");
            var workerId = GlobalId.Parse<Member>(input.WorkerId, "Member", "workerId");
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var serviceId = context.Service.Id;
            var budget = await BudgetEnding.Running(db, serviceId, customerId)
                             .SingleOrDefaultAsync(cancellationToken)
                         ?? throw new DomainException(new NotFound("customer budget", input.CustomerId));
            var workerName = (await access.NamesAsync([workerId], cancellationToken)).GetValueOrDefault(workerId) ?? "That member";
            var worker = (await access.MembershipsAsync(provider, [workerId], cancellationToken)).GetValueOrDefault(workerId)
                         ?? throw new DomainException(new WorkerNotStaff(workerName));
            await allowances.AccrueAsync(context, budget, cancellationToken);
            var minutesAccount = await accounts.MinutesOfAsync(context.Books, budget.CustomerId, cancellationToken);
            var workerAccount = await accounts.WorkerOfAsync(context.Books, workerId, cancellationToken);
            var available = await db.Set<Account>().Where(a => a.Id == minutesAccount).Select(a => a.Posted - a.PendingDebits).SingleAsync(cancellationToken);
            var place = Domain.Flexi.Bookings.SessionPlace.Of(input.Where, input.PlaceName);
            // With an approved plan in force, every booked hour names the plan outcome it serves.
            var inForce = await plans.ForAsync(provider, customerId, input.Start.InZone(context.Service.TimeZone).Date, cancellationToken);
            var outcome = PlanInForce.OutcomeFor(inForce, input.Outcome, "outcome");
            var request = new SessionRequest(workerName, input.Start, input.Minutes, place, input.Formality, outcome, input.WorkerChosenByCustomer ?? true);
            var diary = await SessionStore.DiaryAsync(db, context.Service, input.Start, input.Start + Duration.FromMinutes(Math.Clamp(input.Minutes, 0, SupportSession.MaxMinutes)), cancellationToken);
            var (session, plan) = SupportSession.Book(context.Service, budget, booker, worker, request, available, diary, clock.GetCurrentInstant());
            var planAccounts = SessionCommands.Accounts(budget.Id, workerId, minutesAccount, workerAccount, holds: null);
            return (ILedgerCommand<SessionMoved>)SessionCommands.Book(context, session, plan, planAccounts, diary.Shifts, _ => new SessionMoved(session.Id));
        }, cancellationToken);

    public Task<SessionMoved> CompleteAsync(CompleteSupportSessionInput input, CancellationToken cancellationToken)
        => ResolveAsync("completeSupportSession", input.IdempotencyKey, input with { IdempotencyKey = null }, input.SessionId,
            (session, membership, provider, now) => session.Complete(membership, provider, input.DeliveredMinutes, now), cancellationToken);

    public Task<SessionMoved> CancelAsync(CancelSupportSessionInput input, CancellationToken cancellationToken)
        => ResolveAsync("cancelSupportSession", input.IdempotencyKey, input with { IdempotencyKey = null }, input.SessionId,
            (session, membership, provider, now) => session.Cancel(membership, provider, input.Reason, now), cancellationToken);

    private Task<SessionMoved> ResolveAsync(string operation, string? key, object inputWithoutKey, string sessionGlobalId,
        Func<SupportSession, Membership, Id<Organisation>, Instant, MovementPlan> resolve, CancellationToken cancellationToken)
        => operations.RunAsync<SessionMoved>(operation, key, inputWithoutKey, async actor =>
        {
            var (session, context, membership) = await ForActionAsync(sessionGlobalId, actor, cancellationToken);
            var plan = resolve(session, membership, context.Service.ProviderId, clock.GetCurrentInstant());
            await using var db = await databases.CreateDbContextAsync(cancellationToken);
            var holdKey = session.HoldKey.Value;
            var hold = await db.Set<FlexiMovement>().Where(m => m.Key == holdKey).Select(m => m.TransferId).SingleAsync(cancellationToken);
            var minutesAccount = await accounts.MinutesOfAsync(context.Books, session.CustomerId, cancellationToken);
            var workerAccount = await accounts.WorkerOfAsync(context.Books, session.WorkerId, cancellationToken);
            var planAccounts = SessionCommands.Accounts(session.BudgetId, session.WorkerId, minutesAccount, workerAccount, new Dictionary<string, Id<Transfer>> { [holdKey] = hold });
            var today = context.Service.Schedule.Today(clock.GetCurrentInstant());
            return (ILedgerCommand<SessionMoved>)SessionCommands.Resolve(context, session, plan, planAccounts, hold, today, _ => new SessionMoved(session.Id));
        }, cancellationToken);

    /// <summary>A session the viewer may act on: the customer's, the worker's, or any of the provider's for its staff and managers; NOT_FOUND otherwise.</summary>
    private async Task<(SupportSession Session, ServiceContext Context, Membership Membership)> ForActionAsync(string globalId, Id<Member> actor, CancellationToken cancellationToken)
    {
        var id = GlobalId.Parse<SupportSession>(globalId, TypeName, "sessionId");
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var session = (await SessionStore.LoadAsync(db, db.Set<SupportSession>().Where(s => s.Id == id), cancellationToken)).SingleOrDefault();
        var context = session is null ? null : await access.LoadAsync(session.ServiceId, cancellationToken);
        var membership = context is null ? null : await access.MembershipInAsync(context.Service.ProviderId);
        if (session is null || context is null || membership is null || !membership.IsActive
            || (session.CustomerId != actor && session.WorkerId != actor && !FlexiRoles.ActsForCustomers(membership, context.Service.ProviderId)))
            throw new DomainException(new NotFound("session", globalId));
        return (session, context, membership);
    }
}
