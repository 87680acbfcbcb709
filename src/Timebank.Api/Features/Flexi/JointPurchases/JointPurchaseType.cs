using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Flexi.Cash;
using Timebank.Domain.Members;

namespace Timebank.Api.Features.Flexi;

/// <summary>A purchase paid in shares by several customers, seen by the service's staff and managers and by the customers sharing it.</summary>
public sealed class JointPurchaseType : NodeType<JointPurchase>
{
    public JointPurchaseType()
        : base(JointPurchaseService.TypeName, p => p.Id.Value)
    {
        Field<NonNullGraphType<LongGraphType>>("pence").Description("The whole purchase: every share together.").Resolve(c => c.Source.Pence);
        Field<NonNullGraphType<LongGraphType>>("spentPence").Description("What was finally paid: the receipt's amount once the difference is back.")
            .Resolve(c => c.Source.SpentPerShare().Sum());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JointShareType>>>>("shares")
            .Resolve(c => c.Source.Shares.Select((s, i) => new JointShareView(s, c.Source.SpentPerShare()[i])).ToList());
        Field<NonNullGraphType<StringGraphType>>("supplier").Resolve(c => c.Source.Details.Supplier);
        Field<NonNullGraphType<StringGraphType>>("category").Resolve(c => c.Source.Details.Category);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Details.Description);
        Field<StringGraphType>("outcome").Resolve(c => c.Source.Details.Outcome);
        Field<NonNullGraphType<PurchaseStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<BooleanGraphType>>("needsSignOff").Description("The whole is above the service's threshold: a manager signs it off once every customer has agreed.")
            .Resolve(c => c.Source.NeedsSignOff);
        Field<NonNullGraphType<BooleanGraphType>>("allAgreed").Resolve(c => c.Source.AllAgreed);
        Field<NonNullGraphType<InstantGraphType>>("requestedAt").Resolve(c => c.Source.RequestedAt);
        Field<NonNullGraphType<InstantGraphType>>("expiresAt").Description("While it waits: when every hold expires.").Resolve(c => c.Source.ExpiresAt);
        Field<InstantGraphType>("spentAt").Resolve(c => c.Source.SpentAt);
        Field<StringGraphType>("decisionReason").Description("Why it was rejected or declined.").Resolve(c => c.Source.Decision?.Reason);
        Field<StringGraphType>("receiptReference").Resolve(c => c.Source.Receipt?.Reference);
        Field<LongGraphType>("receiptPence").Resolve(c => c.Source.Receipt?.Pence);
    }
}

/// <summary>A share with what its customer finally paid.</summary>
public sealed record JointShareView(JointShare Share, long SpentPence);

public sealed class JointShareType : ObjectGraphType<JointShareView>
{
    public JointShareType()
    {
        Name = "JointShare";
        Description = "One customer's share: never their balance.";
        Field<NonNullGraphType<MemberType>>("customer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Share.CustomerId));
        Field<NonNullGraphType<LongGraphType>>("pence").Description("Held from their cash.").Resolve(c => c.Source.Share.Pence);
        Field<NonNullGraphType<LongGraphType>>("spentPence").Description("Finally paid, once their part of any difference is back.").Resolve(c => c.Source.SpentPence);
        Field<InstantGraphType>("agreedAt").Description("When the customer agreed to it; null while it waits for them.").Resolve(c => c.Source.Share.AgreedAt);
    }
}
