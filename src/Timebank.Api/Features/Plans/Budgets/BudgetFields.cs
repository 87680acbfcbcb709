using GraphQL;
using GraphQL.Types;
using Timebank.Api.Features.Members;
using Timebank.Api.Platform.Auth;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Execution;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;
using Timebank.Domain.Plans.Budgets;

namespace Timebank.Api.Features.Plans.Budgets;

public sealed class BudgetQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query)
    {
        query.Field<AllocationRulesType>("allocationRules")
            .Description("An organisation's published allocation rules (the latest, or a version), for its signed-in members; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<IntGraphType>("version")
            .RequireAuthentication()
            .ResolveAsync(async c => GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation") is { } org
                ? await c.Service<BudgetService>().RulesAsync(org, c.GetArgument<int?>("version"), c.CancellationToken)
                : null);

        query.Field<IndicativeBudgetType>("indicativeBudget")
            .Description("A person's indicative budget and its working: yours, or, for the organisation's staff, a person it serves; null for anyone else.")
            .Argument<NonNullGraphType<IdGraphType>>("organisationId")
            .Argument<IdGraphType>("personId", "Left out: you.")
            .RequireAuthentication()
            .ResolveAsync(async c =>
            {
                var org = GlobalId.TryParse<Organisation>(c.GetArgument<string>("organisationId"), "Organisation");
                var personId = c.GetArgument<string?>("personId");
                var person = personId is null ? await c.Service<Viewer>().TryGetIdAsync() : GlobalId.TryParse<Member>(personId, MemberType.TypeName);
                return org is { } o && person is { } p ? await c.Service<BudgetService>().OfPersonAsync(o, p, c.CancellationToken) : null;
            });
    }
}

public sealed class BudgetMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        MutationField.Add<ResultPayloadType<AllocationRules, AllocationRulesType>, PublishAllocationRulesInputType, PublishAllocationRulesInput, AllocationRules>(
            mutation, "publishAllocationRules", "Managers, coordinators or commissioners: publishes the next version of the organisation's self-assessment and bands.",
            (c, i) => c.Service<BudgetService>().PublishAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<PersonBudget, IndicativeBudgetType>, SubmitSelfAssessmentInputType, SubmitSelfAssessmentInput, PersonBudget>(
            mutation, "submitSelfAssessment", "A person's answers to the latest rules (or staff's, with the person); answers with the indicative budget and its working.",
            (c, i) => c.Service<BudgetService>().SubmitAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<BudgetChallenge, BudgetChallengeType>, ChallengeBudgetInputType, ChallengeBudgetInput, BudgetChallenge>(
            mutation, "challengeBudget", "The person (or staff with them) challenges an indicative budget: why, and who supports them.",
            (c, i) => c.Service<BudgetService>().ChallengeAsync(i, c.CancellationToken));
        MutationField.Add<ResultPayloadType<BudgetChallenge, BudgetChallengeType>, DecideBudgetChallengeInputType, DecideBudgetChallengeInput, BudgetChallenge>(
            mutation, "decideBudgetChallenge", "Managers, coordinators or commissioners (never the person): upholds a challenge with the new amount, or declines it with a reason.",
            (c, i) => c.Service<BudgetService>().DecideAsync(i, c.CancellationToken));
    }
}
