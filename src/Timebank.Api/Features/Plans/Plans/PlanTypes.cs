using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Features.Organisations;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Loading;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

/// <summary>
/// A person's plan: every version stays readable, with what changed from the one before. A version's lists are
/// bounded (at most 50 lines each) and come with the version's row, so each counts once towards complexity.
/// </summary>
public sealed class PlanType : NodeType<Plan>
{
    /// <summary>For the type's name only (payload types ask for it); the schema builds it through DI.</summary>
    public PlanType()
        : this([])
    {
    }

    [ActivatorUtilitiesConstructor]
    public PlanType(IEnumerable<IObjectFields<PlanType>> extensions)
        : base(PlanService.TypeName, p => p.Id.Value)
    {
        Field<NonNullGraphType<MemberType>>("person").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.PersonId));
        Field<NonNullGraphType<OrganisationType>>("organisation").Resolve(c => c.Service<ByIdLoader<Organisation>>().Load(c.Source.OrganisationId));
        Field(p => p.StartedAt);
        Field<MemberType>("appointee").Description("Who manages the budget on the person's behalf, if anyone.")
            .Resolve(c => c.Source.AppointeeId is { } appointee ? c.Service<ByIdLoader<Member>>().Load(appointee) : null);
        Field(p => p.AppointedAt, nullable: true);
        Field<NonNullGraphType<PlanVersionType>>("latest").Description("The newest version: a draft, one waiting for sign-off, or the one in force.")
            .Resolve(c => c.Service<PlanVersionsLoader>().Load(c.Source.Id).Select(all => all![^1]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanVersionType>>>>("versions").Description("Every version, first first.").WithComplexityImpact(1, 5)
            .Resolve(c => c.Service<PlanVersionsLoader>().Load(c.Source.Id).Select(all => all ?? []));
        this.Apply(extensions);
    }
}

public sealed class PlanVersionType : ObjectGraphType<PlanVersion>
{
    public PlanVersionType()
    {
        Name = "PlanVersion";
        Field(v => v.Number);
        Field<NonNullGraphType<PlanStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlannedOutcomeType>>>>("outcomes").WithComplexityImpact(1, 1).Resolve(c => c.Source.Content.Outcomes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("working").WithComplexityImpact(1, 1).Resolve(c => c.Source.Content.Working);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("notWorking").WithComplexityImpact(1, 1).Resolve(c => c.Source.Content.NotWorking);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("actions").WithComplexityImpact(1, 1).Resolve(c => c.Source.Content.Actions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportPersonType>>>>("circleOfSupport").WithComplexityImpact(1, 1).Resolve(c => c.Source.Content.CircleOfSupport);
        Field<NonNullGraphType<PlanFormatType>>("format").Resolve(c => c.Source.Content.Format);
        Field<NonNullGraphType<LocalDateGraphType>>("startsOn").Resolve(c => c.Source.Content.StartsOn);
        Field<NonNullGraphType<LocalDateGraphType>>("endsOn").Resolve(c => c.Source.Content.EndsOn);
        Field<NonNullGraphType<LocalDateGraphType>>("reviewOn").Resolve(c => c.Source.Content.ReviewOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskDecisionType>>>>("riskDecisions").WithComplexityImpact(1, 1).Resolve(c => c.Source.Content.RiskDecisions);
        Field<NonNullGraphType<LongGraphType>>("weeklyMinutes").Description("Support time planned across the outcomes each week.").Resolve(c => c.Source.Content.WeeklyMinutes);
        Field<NonNullGraphType<LongGraphType>>("weeklyPence").Resolve(c => c.Source.Content.WeeklyPence);
        Field<CostedBudgetType>("budget").Description("The costed budget, where the plan carries one.").Resolve(c => c.Source.Content.Budget);
        Field(v => v.EditedAt);
        Field(v => v.SubmittedAt, nullable: true);
        Field(v => v.DecidedAt, nullable: true);
        Field<SignOffModeType>("signOffMode").Description("How this version is signed off; null until submitted.").Resolve(c => c.Source.Policy?.Mode);
        Field<IntGraphType>("approvalsNeeded").Resolve(c => c.Source.Policy?.Needed);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignOffDecisionType>>>>("decisions").WithComplexityImpact(1, 1).Resolve(c => c.Source.Decisions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("changes").WithComplexityImpact(1, 1)
            .Description("What changed from the version before, in words; empty for the first.")
            .Resolve(c => c.Service<PlanVersionsLoader>().Load(c.Source.PlanId).Select(all =>
                c.Source.Number == 1 || all is null ? [] : PlanDiff.Between(all[c.Source.Number - 2].Content, c.Source.Content)));
    }
}

public sealed class PlannedOutcomeType : ObjectGraphType<PlannedOutcome>
{
    public PlannedOutcomeType()
    {
        Name = "PlannedOutcome";
        Field(o => o.Key);
        Field(o => o.InTheirWords);
        Field(o => o.WeeklyMinutes);
        Field(o => o.WeeklyPence);
    }
}

public sealed class PlanActionType : ObjectGraphType<PlanAction>
{
    public PlanActionType()
    {
        Name = "PlanAction";
        Field(a => a.What);
        Field(a => a.Owner);
        Field(a => a.By);
        Field<NonNullGraphType<StringGraphType>>("outcome").Resolve(c => c.Source.OutcomeKey);
    }
}

public sealed class SupportPersonType : ObjectGraphType<SupportPerson>
{
    public SupportPersonType()
    {
        Name = "SupportPerson";
        Field(p => p.Name);
        Field(p => p.Relationship);
    }
}

public sealed class RiskDecisionType : ObjectGraphType<RiskDecision>
{
    public RiskDecisionType()
    {
        Name = "RiskDecision";
        Field(r => r.Decision);
        Field(r => r.AgreedBy);
        Field(r => r.Why);
    }
}

public sealed class SignOffDecisionType : ObjectGraphType<SignOffDecision>
{
    public SignOffDecisionType()
    {
        Name = "SignOffDecision";
        Field<NonNullGraphType<MemberType>>("signer").Resolve(c => c.Service<ByIdLoader<Member>>().Load(c.Source.Member));
        Field(d => d.Capacity).Description("manager, commissioner, or their role on the panel.");
        Field(d => d.Approves);
        Field(d => d.Comment, nullable: true);
        Field(d => d.At);
    }
}

public sealed class SignOffPolicyType : ObjectGraphType<OrganisationSignOff>
{
    public SignOffPolicyType()
    {
        Name = "PlanSignOffPolicy";
        Field<NonNullGraphType<SignOffModeType>>("mode").Resolve(c => c.Source.Policy.Mode);
        Field<IntGraphType>("quorum").Resolve(c => c.Source.Policy.Mode == SignOffMode.Panel ? c.Source.Policy.Quorum : null);
        Field<NonNullGraphType<IntGraphType>>("panelSize").Resolve(c => c.Source.Policy.Panel.Count);
        Field(p => p.SetAt);
    }
}

/// <summary>Every version of the plans a response level shows, in one query.</summary>
public sealed class PlanVersionsLoader(IDbContextFactory<TimebankDbContext> databases) : BatchLoader<Id<Plan>, IReadOnlyList<PlanVersion>>
{
    protected override async Task<IReadOnlyDictionary<Id<Plan>, IReadOnlyList<PlanVersion>>> FetchAsync(IReadOnlyList<Id<Plan>> keys, CancellationToken cancellationToken)
    {
        await using var db = await databases.CreateDbContextAsync(cancellationToken);
        var versions = await db.Set<PlanVersion>().AsNoTracking().Where(v => keys.Contains(v.PlanId)).OrderBy(v => v.Number).ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.PlanId).ToDictionary(g => g.Key, g => (IReadOnlyList<PlanVersion>)g.ToList());
    }
}

public sealed class PlanNodeSource : INodeSource
{
    public string TypeName => PlanService.TypeName;

    public async Task<object?> FindAsync(Guid id, IResolveFieldContext context) => await PlanQueries.VisibleAsync(context, Id<Plan>.From(id));
}
