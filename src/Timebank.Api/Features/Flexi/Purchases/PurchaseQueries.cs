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

/// <summary>Which purchases a list shows.</summary>
public enum PurchaseList
{
    Visible,
    AwaitingSignOff,
    MissingReceipts,
}

public sealed class PurchaseQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        Add(query, "purchases", "A customer's own purchases, or (staff and managers) all of the service's, newest first; empty for anyone else.", PurchaseList.Visible);
        Add(query, "purchasesAwaitingSignOff", "Managers: purchases waiting for sign-off, oldest first.", PurchaseList.AwaitingSignOff);
        Add(query, "purchasesMissingReceipts", "Managers: spent purchases with no receipt after the policy's days.", PurchaseList.MissingReceipts);
    }

    private static void Add(ObjectGraphType query, string name, string description, PurchaseList list)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PurchaseType>>>>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("serviceId")
            .RequireAuthentication()
            .ResolveAsync(async c => await ListAsync(c, list));

    private static async Task<IReadOnlyList<Purchase>> ListAsync(IResolveFieldContext c, PurchaseList list)
    {
        var access = c.Service<FlexiAccess>();
        if (GlobalId.TryParse<Domain.Flexi.Services.FlexiService>(c.GetArgument<string>("serviceId"), FlexiAccess.ServiceTypeName) is not { } id
            || await access.LoadAsync(id, c.CancellationToken) is not { } context)
            return [];
        var membership = await access.MembershipInAsync(context.Service.ProviderId);
        var me = await access.RequireViewerAsync();
        var manages = FlexiRoles.RunsProvider(membership, context.Service.ProviderId);
        var staff = FlexiRoles.ActsForCustomers(membership, context.Service.ProviderId);
        if (membership?.IsActive != true || (list != PurchaseList.Visible && !manages))
            return [];
        await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
        var purchases = db.Set<Purchase>().Where(p => p.ServiceId == id);
        if (!staff)
            purchases = purchases.Where(p => p.CustomerId == me);
        if (list == PurchaseList.AwaitingSignOff)
            purchases = purchases.Where(p => p.Status == PurchaseStatus.AwaitingSignOff);
        var now = c.Service<IClock>().GetCurrentInstant();
        var loaded = await PurchaseStore.LoadAsync(db, purchases, now, c.CancellationToken);
        var policy = context.Policies.Current(context.Service.Schedule, now);
        return list switch
        {
            PurchaseList.AwaitingSignOff => [.. loaded.Where(p => p.Status == PurchaseStatus.AwaitingSignOff).OrderBy(p => p.RequestedAt)],
            PurchaseList.MissingReceipts => [.. loaded.Where(p => p.IsReceiptMissing(policy, now)).OrderBy(p => p.SpentAt)],
            _ => [.. loaded.OrderByDescending(p => p.RequestedAt)],
        };
    }
}

public sealed class PurchaseMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<RequestPurchaseInputType, RequestPurchaseInput>(mutation, "requestPurchase",
            "A customer (or staff for them) spends from their cash: at or under the sign-off threshold it is spent at once; above it the cash is held until a manager signs it off, and it expires after the policy's days.",
            (c, i) => c.Service<PurchaseService>().RequestAsync(i, c.CancellationToken));
        Add<DecidePurchaseInputType, DecidePurchaseInput>(mutation, "approvePurchase", "Managers: signs off a purchase waiting for it; the held cash is spent.",
            (c, i) => c.Service<PurchaseService>().ApproveAsync(i, c.CancellationToken));
        Add<DecidePurchaseInputType, DecidePurchaseInput>(mutation, "rejectPurchase", "Managers: refuses a purchase waiting for sign-off, with a reason; the held cash is released.",
            (c, i) => c.Service<PurchaseService>().RejectAsync(i, c.CancellationToken));
        Add<AttachReceiptInputType, AttachReceiptInput>(mutation, "attachReceipt", "The customer (or staff) returns a purchase's receipt; a receipt for less sends the change back.",
            (c, i) => c.Service<PurchaseService>().AttachReceiptAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<Purchase, PurchaseType>, FlagPurchaseInputType, FlagPurchaseInput, Purchase>(mutation, "flagPurchaseForConversation",
            "Managers: notes that a purchase is worth a conversation about outcomes, rather than refusing it.",
            (c, i) => c.Service<PurchaseService>().FlagAsync(i, c.CancellationToken));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<IResolveFieldContext, TInput, Task<PurchaseMoved>> run)
        where TInputType : IInputObjectGraphType
        => MutationField.Add<ResultPayloadType<Purchase, PurchaseType>, TInputType, TInput, Purchase>(mutation, name, description, async (c, i) =>
        {
            var moved = await run(c, i);
            await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
            var id = moved.PurchaseId;
            return (await PurchaseStore.LoadAsync(db, db.Set<Purchase>().Where(p => p.Id == id), c.Service<IClock>().GetCurrentInstant(), c.CancellationToken)).Single();
        });
}
