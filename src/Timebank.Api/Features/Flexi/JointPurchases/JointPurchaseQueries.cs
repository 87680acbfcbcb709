using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Flexi;
using Timebank.Domain.Flexi.Cash;

namespace Timebank.Api.Features.Flexi;

/// <summary>Which joint purchases a list shows.</summary>
public enum JointPurchaseList
{
    Visible = 1,
    AwaitingSignOff = 2,
    MissingReceipts = 3,
}

public sealed class JointPurchaseListType : EnumerationGraphType<JointPurchaseList>
{
    public JointPurchaseListType() => Name = "JointPurchaseList";
}

public sealed class JointPurchaseQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JointPurchaseType>>>>("jointPurchases")
            .Description("Staff and managers: the service's joint purchases, newest first; a customer: only those they have a share in. AWAITING_SIGN_OFF (still waiting for customers or a manager, oldest first) and MISSING_RECEIPTS (spent, no receipt after the policy's days) are managers' lists. Empty for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .Argument<JointPurchaseListType>("list", a => a.DefaultValue = JointPurchaseList.Visible)
            .RequireAuthentication()
            .ResolveAsync(async c => await ListAsync(c, c.GetArgument("list", JointPurchaseList.Visible)));

    private static async Task<IReadOnlyList<JointPurchase>> ListAsync(IResolveFieldContext c, JointPurchaseList list)
    {
        var access = c.Service<FlexiAccess>();
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(c.GetArgument<string>("serviceId"), FlexiAccess.ServiceTypeName) is not { } id
            || await access.LoadAsync(id, c.CancellationToken) is not { } context)
            return [];
        var membership = await access.MembershipInAsync(context.Service.ProviderId);
        var me = await access.RequireViewerAsync();
        var staff = FlexiRoles.ActsForCustomers(membership, context.Service.ProviderId);
        if (membership?.IsActive != true || (list != JointPurchaseList.Visible && !FlexiRoles.RunsProvider(membership, context.Service.ProviderId)))
            return [];
        var now = c.Service<IClock>().GetCurrentInstant();
        await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var loaded = await JointPurchaseStore.LoadAsync(db, Rows(db, id, staff ? null : me), now, c.CancellationToken);
        var policy = context.Policies.Current(context.Service.Schedule, now);
        return list switch
        {
            JointPurchaseList.AwaitingSignOff => [.. loaded.Where(p => p.Status == PurchaseStatus.AwaitingSignOff).OrderBy(p => p.RequestedAt)],
            JointPurchaseList.MissingReceipts => [.. loaded.Where(p => p.IsReceiptMissing(policy, now)).OrderBy(p => p.SpentAt)],
            _ => [.. loaded.OrderByDescending(p => p.RequestedAt)],
        };
    }

    /// <summary>The service's joint purchases, or (for a customer) only those with a share of theirs.</summary>
    internal static IQueryable<JointPurchaseRow> Rows(TimebankDbContext db, Id<Domain.Flexi.Services.FlexiService> service, Id<Domain.Members.Member>? sharer)
    {
        var rows = db.Set<JointPurchaseRow>().Where(p => p.ServiceId == service);
        return sharer is { } customer ? rows.Where(p => db.Set<JointShareRow>().Any(s => s.PurchaseId == p.Id && s.CustomerId == customer)) : rows;
    }
}

public sealed class JointPurchaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<RequestJointPurchaseInputType, RequestJointPurchaseInput>(mutation, "requestJointPurchase",
            "A customer taking a share (or staff for them) asks for one purchase paid in shares from several customers' cash: every share is held together or none is; each customer agrees to their own; above the sign-off threshold (the whole amount) a manager signs it off too; then every share is spent together. It expires after the policy's days.",
            (c, i) => c.Service<JointPurchaseService>().RequestAsync(i, c.CancellationToken));
        Add<DecideJointShareInputType, DecideJointShareInput>(mutation, "approveJointShare", "A customer agrees to their own share; the last agreement spends every share unless a manager must still sign it off.",
            (c, i) => c.Service<JointPurchaseService>().AgreeAsync(i, c.CancellationToken));
        Add<DecideJointShareInputType, DecideJointShareInput>(mutation, "declineJointShare", "A customer declines their own share: the whole purchase is withdrawn and every hold released; nothing moves for anyone.",
            (c, i) => c.Service<JointPurchaseService>().DeclineAsync(i, c.CancellationToken));
        Add<DecideJointShareInputType, DecideJointShareInput>(mutation, "approveJointPurchase", "Managers: signs off a joint purchase every customer has agreed to; every share is spent.",
            (c, i) => c.Service<JointPurchaseService>().ApproveAsync(i, c.CancellationToken));
        Add<DecideJointShareInputType, DecideJointShareInput>(mutation, "rejectJointPurchase", "Managers: refuses a joint purchase, with a reason; every hold is released.",
            (c, i) => c.Service<JointPurchaseService>().RejectAsync(i, c.CancellationToken));
        Add<AttachJointReceiptInputType, AttachJointReceiptInput>(mutation, "attachJointPurchaseReceipt",
            "A sharing customer (or staff) returns the receipt; a receipt for less returns the difference to the customers in proportion to their shares, in whole pence.",
            (c, i) => c.Service<JointPurchaseService>().AttachReceiptAsync(i, c.CancellationToken));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, TInput, Task<JointPurchaseMoved>> run)
        where TInputType : IInputObjectGraphType
        => MutationField.Add<ResultPayloadType<JointPurchase, JointPurchaseType>, TInputType, TInput, JointPurchase>(mutation, name, description, async (c, i) =>
        {
            var moved = await run(c, i);
            await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
            var id = moved.PurchaseId;
            return (await JointPurchaseStore.LoadAsync(db, db.Set<JointPurchaseRow>().Where(p => p.Id == id), c.Service<IClock>().GetCurrentInstant(), c.CancellationToken)).Single();
        });
}
