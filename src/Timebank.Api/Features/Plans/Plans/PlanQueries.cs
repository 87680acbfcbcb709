using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Persistence;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Plans;

namespace Timebank.Api.Features.Plans.Plans;

public sealed record PlanFilter(string OrganisationId, string? PersonId = null, bool? AwaitingSignOff = null);

public sealed class PlanFilterType : InputObjectGraphType<PlanFilter>
{
    public PlanFilterType()
    {
        Name = "PlanFilter";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation holding the plans.");
        Field<IdGraphType>("personId");
        Field(f => f.AwaitingSignOff, nullable: true).Description("Only plans whose latest version waits for sign-off.");
    }
}

public sealed class PlanQueries : IQueryFields
{
    public const int MaxListed = 100;

    public void AddTo(ObjectGraphType query)
    {
        query.Field<PlanType>("plan").Description("A plan, for the person, the staff who support them, and while it waits, those who sign it.")
            .Argument<NonNullGraphType<IdGraphType>>("id").RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Plan>(c.GetArgument<string>("id"), PlanService.TypeName) is { } id ? await VisibleAsync(c, id) : null);

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanType>>>>("plans")
            .Description($"Plans an organisation holds, newest first (up to {MaxListed}): a person sees their own; staff the people they support; signers the plans waiting for them.")
            .Argument<NonNullGraphType<PlanFilterType>>("filter").RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<PlanFilter>("filter");
                if (GlobalId.TryParse<Organisation>(filter.OrganisationId, "Organisation") is not { } org)
                    return Array.Empty<Plan>();
                var person = filter.PersonId is null ? null : GlobalId.TryParse<Member>(filter.PersonId, MemberType.TypeName);
                var awaiting = filter.AwaitingSignOff == true;
                await using var db = await c.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(c.CancellationToken);
                var rows = await db.Set<Plan>().AsNoTracking()
                    .Where(p => p.OrganisationId == org && (person == null || p.PersonId == person))
                    .Join(db.Set<PlanVersion>().AsNoTracking(), p => new { Plan = p.Id, Number = p.LatestVersion }, v => new { Plan = v.PlanId, v.Number }, (p, v) => new { p, v })
                    .Where(x => !awaiting || x.v.Status == PlanStatus.Submitted)
                    .OrderByDescending(x => x.p.StartedAt).Take(MaxListed).ToListAsync(c.CancellationToken);
                var readers = c.Service<PlanReaders>();
                var visible = new List<Plan>();
                foreach (var row in rows)
                {
                    if (await readers.MayReadAsync(row.p, row.v))
                        visible.Add(row.p);
                }
                return visible;
            });
    }

    public static async Task<Plan?> VisibleAsync(IResolveFieldContext context, Id<Plan> id)
    {
        await using var db = await context.Service<IDbContextFactory<TimebankDbContext>>().CreateDbContextAsync(context.CancellationToken);
        return (await context.Service<PlanReaders>().FindAsync(db, id, context.CancellationToken))?.Plan;
    }
}

public sealed class PlanMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Add<DraftPlanInputType, DraftPlanInput>(mutation, "draftPlan", "Starts a person's plan as a draft (the person, or the organisation's staff with them).", (s, i, t) => s.DraftAsync(i, t));
        Add<UpdatePlanInputType, UpdatePlanInput>(mutation, "updatePlan", "Changes a plan: its draft in place; after approval, a new version that needs sign-off again.", (s, i, t) => s.UpdateAsync(i, t));
        Add<SubmitPlanInputType, SubmitPlanInput>(mutation, "submitPlan", "Sends the latest draft for sign-off under the organisation's policy.", (s, i, t) => s.SubmitAsync(i, t));
        Add<DecidePlanInputType, DecidePlanInput>(mutation, "decidePlan", "A signer approves the waiting version or sends it back with reasons.", (s, i, t) => s.DecideAsync(i, t));
        mutation.Field<NonNullGraphType<ResultPayloadType<Plan, PlanType>>>("appointPlanAppointee")
            .Description("Names the appointee who manages the person's budget on their behalf, or with no appointeeId ends the appointment (the organisation's managers, coordinators or commissioners).")
            .Argument<NonNullGraphType<AppointPlanAppointeeInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<PlanService>().AppointAsync(c.Input<AppointPlanAppointeeInput>(), c.CancellationToken)));
        mutation.Field<NonNullGraphType<ResultPayloadType<OrganisationSignOff, SignOffPolicyType>>>("setPlanSignOff")
            .Description("How the organisation's plans are signed off (its managers and coordinators); versions already submitted keep theirs.")
            .Argument<NonNullGraphType<SetPlanSignOffInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, () => c.Service<PlanService>().SetPolicyAsync(c.Input<SetPlanSignOffInput>(), c.CancellationToken)));
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, Func<PlanService, TInput, CancellationToken, Task<PlanAndVersion>> run)
        where TInputType : IInputObjectGraphType
        => mutation.Field<NonNullGraphType<ResultPayloadType<Plan, PlanType>>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input").RequireAuthentication()
            .ResolveAsync(async c => await Mutations.RunAsync(c, async () => (await run(c.Service<PlanService>(), c.Input<TInput>(), c.CancellationToken)).Plan));
}
