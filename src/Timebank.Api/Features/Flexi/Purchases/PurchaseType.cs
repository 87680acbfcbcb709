using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>A customer's purchase from their cash, seen by the customer and the service's staff and managers.</summary>
public sealed class PurchaseType : NodeType<Purchase>
{
    public PurchaseType()
        : base(PurchaseService.TypeName, p => p.Id.Value)
    {
        Field<NonNullGraphType<MemberType>>("customer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.CustomerId));
        Field<NonNullGraphType<LongGraphType>>("pence").Description("Asked for.").Resolve(c => c.Source.Pence);
        Field<NonNullGraphType<LongGraphType>>("spentPence").Description("What was finally paid: the receipt's amount once the change is back.").Resolve(c => c.Source.SpentPence);
        Field<NonNullGraphType<StringGraphType>>("supplier").Resolve(c => c.Source.Details.Supplier);
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(c => c.Source.Details.Category);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Details.Description);
        Field<StringGraphType>("outcome").Resolve(c => c.Source.Details.Outcome);
        Field<StringGraphType>("planItem").Description("The item of the approved plan it was bought as, without further sign-off.").Resolve(c => c.Source.PlanItem);
        Field<NonNullGraphType<PurchaseStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<InstantGraphType>>("requestedAt").Resolve(c => c.Source.RequestedAt);
        Field<InstantGraphType>("expiresAt").Description("Awaiting sign-off: when it expires.").Resolve(c => c.Source.ExpiresAt);
        Field<InstantGraphType>("spentAt").Resolve(c => c.Source.SpentAt);
        Field<StringGraphType>("decisionReason").Description("Why it was rejected.").Resolve(c => c.Source.Decision?.Reason);
        Field<StringGraphType>("receiptReference").Resolve(c => c.Source.Receipt?.Reference);
        Field<LongGraphType>("receiptPence").Resolve(c => c.Source.Receipt?.Pence);
        Field<StringGraphType>("conversationNote").Description("A manager's note that it is worth a conversation about outcomes (rather than a refusal).")
            .Resolve(c => c.Source.Conversation?.Note);
    }
}
