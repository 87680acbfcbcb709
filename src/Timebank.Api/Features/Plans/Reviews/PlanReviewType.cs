using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Reviews;

namespace Timebank.Api.Features.Plans.Reviews;

/// <summary>A review of a plan, as the person and their staff read it (their words included).</summary>
public sealed class PlanReviewType : NodeType<PlanReview>
{
    public PlanReviewType()
        : base(PlanReviewService.TypeName, r => r.Id.Value)
    {
        Field<NonNullGraphType<IntGraphType>>("planVersion").Description("The approved version it looked back on.").Resolve(c => c.Source.VersionNumber);
        Field(r => r.HeldOn);
        Field(r => r.NextReviewOn);
        Field<NonNullGraphType<IntGraphType>>("controlRating").Description("1 (no control) to 5 (full control), as the person rated it.").Resolve(c => c.Source.Rating.Value);
        Field<NonNullGraphType<DecisionMakerType>>("decides").Resolve(c => c.Source.Decides);
        Field(r => r.InTheirWords, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OutcomeReviewType>>>>("outcomes").WithComplexityImpact(1, 1).Resolve(c => c.Source.Outcomes);
        Field<NonNullGraphType<MemberType>>("recordedBy").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.RecordedBy));
        Field(r => r.RecordedAt);
    }
}

public sealed class OutcomeReviewType : ObjectGraphType<OutcomeReview>
{
    public OutcomeReviewType()
    {
        Name = "OutcomeReview";
        Field<NonNullGraphType<StringGraphType>>("outcome").Description("The key of the plan's outcome.").Resolve(c => c.Source.OutcomeKey);
        Field<NonNullGraphType<OutcomeProgressType>>("progress").Resolve(c => c.Source.Progress);
        Field(o => o.Note, nullable: true);
    }
}

public sealed class ReviewDueType : ObjectGraphType<ReviewDue>
{
    public ReviewDueType()
    {
        Name = "ReviewDue";
        Field<NonNullGraphType<PlanType>>("plan").Resolve(c => c.Source.Plan);
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Plan.PersonId));
        Field(d => d.DueOn);
        Field(d => d.LastReviewedOn, nullable: true).Description("Null until the plan's first review.");
    }
}

/// <summary>Plan.reviews: the reviews feature's field on the plan, oldest first; null for those who may not read them.</summary>
public sealed class PlanReviewsFields : IObjectFields<PlanType>
{
    public void AddTo(PlanType type)
        => type.Field<ListGraphType<NonNullGraphType<PlanReviewType>>>("reviews")
            .Description("The plan's reviews, oldest first: for the person and the staff who support them. Null for anyone else (commissioners read controlReport).")
            .WithComplexityImpact(1, 1)
            .Resolve(c =>
            {
                var access = c.Service<PlanAccess>();
                var plan = c.Source;
                // The key is queued before the check, so every plan of a list loads its reviews in the same query.
                return c.Service<PlanReviewsLoader>().Load(plan.Id).Then(async all =>
                    await access.MayReadReviewsAsync(plan.OrganisationId, plan.PersonId) ? all ?? [] : (IReadOnlyList<PlanReview>?)null);
            });
}

/// <summary>The reviews of every plan a response level shows, in one query.</summary>
public sealed class PlanReviewsLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Plan>, IReadOnlyList<PlanReview>>
{
    protected override async Task<IReadOnlyDictionary<Id<Plan>, IReadOnlyList<PlanReview>>> FetchAsync(IReadOnlyList<Id<Plan>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var reviews = await db.Set<PlanReview>().AsNoTracking().Where(r => keys.Contains(r.PlanId)).ToListAsync(cancellationToken);
        return reviews.GroupBy(r => r.PlanId).ToDictionary(g => g.Key, g => (IReadOnlyList<PlanReview>)[.. g.OrderBy(r => r.HeldOn).ThenBy(r => r.RecordedAt)]);
    }
}
