using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi.Bookings;

namespace Timebank.Api.Features.Flexi;

public sealed class SessionQueries : IQueryFields
{
    public const int MaxDays = 92;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportSessionType>>>>("supportSessions")
            .Description($"Sessions starting in [from, to) (at most {MaxDays} days): a customer's own, a worker's own, or (managers) all of the service's; empty for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<NonNullGraphType<InstantGraphType>>("from")
            .Argument<NonNullGraphType<InstantGraphType>>("to")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.GetArgument<Instant>("from"), c.GetArgument<Instant>("to"));
                if (to <= from || to - from > Duration.FromDays(MaxDays))
                    throw new ExecutionError($"to must be after from, and at most {MaxDays} days later.") { Code = "VALIDATION_FAILED" };
                return await ListAsync(c, s => s.Start >= from && s.Start < to, awaitingOnly: false);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportSessionType>>>>("sessionsAwaitingCompletion")
            .Description("Managers: sessions still booked past their end plus the policy's hours, listed rather than posted by themselves.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .RequireAuthentication()
            .ResolveAsync(async c => await ListAsync(c, s => true, awaitingOnly: true));
    }

    private static async Task<IReadOnlyList<SupportSession>> ListAsync(IResolveFieldContext c, System.Linq.Expressions.Expression<Func<SupportSession, bool>> filter, bool awaitingOnly)
    {
        var access = c.Service<FlexiAccess>();
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(c.GetArgument<string>("serviceId"), FlexiAccess.ServiceTypeName) is not { } id
            || await access.VisibleAsync(id, c.CancellationToken) is not { } context)
            return [];
        var me = await access.RequireViewerAsync();
        var manages = await access.RunsAsync(context.Service);
        if (awaitingOnly && !manages)
            return [];
        await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var sessions = db.Set<SupportSession>().Where(s => s.ServiceId == id).Where(filter);
        if (!manages)
            sessions = sessions.Where(s => s.CustomerId == me || s.WorkerId == me);
        var now = c.Service<IClock>().GetCurrentInstant();
        var loaded = await SessionStore.LoadAsync(db, sessions.OrderBy(s => s.Start), c.CancellationToken);
        return awaitingOnly ? [.. loaded.Where(s => s.IsAwaitingCompletion(context.Policies.For(context.Service.Schedule.Containing(s.Start)), now))] : loaded;
    }
}

public sealed class SessionMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<SupportSession, SupportSessionType>, BookSupportSessionInputType, BookSupportSessionInput, SupportSession>(mutation, "bookSupportSession",
            "A customer (or staff on their behalf) books a session with a worker they chose; the minutes are held until it is completed or cancelled.",
            async (c, i) => await LoadAsync(c, await c.Service<SessionService>().BookAsync(i, c.CancellationToken)));
        MutationField.Add<ResultPayloadType<SupportSession, SupportSessionType>, CompleteSupportSessionInputType, CompleteSupportSessionInput, SupportSession>(mutation, "completeSupportSession",
            "The worker (or a manager) records the minutes given: they are posted to the worker's delivered minutes and the rest released.",
            async (c, i) => await LoadAsync(c, await c.Service<SessionService>().CompleteAsync(i, c.CancellationToken)));
        MutationField.Add<ResultPayloadType<SupportSession, SupportSessionType>, CancelSupportSessionInputType, CancelSupportSessionInput, SupportSession>(mutation, "cancelSupportSession",
            "The customer, the worker or staff cancel a booked session; the held minutes go back to the customer.",
            async (c, i) => await LoadAsync(c, await c.Service<SessionService>().CancelAsync(i, c.CancellationToken)));
    }

    private static async Task<SupportSession> LoadAsync(IResolveFieldContext c, SessionMoved moved)
    {
        await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var id = moved.SessionId;
        return (await SessionStore.LoadAsync(db, db.Set<SupportSession>().Where(s => s.Id == id), c.CancellationToken)).Single();
    }
}
