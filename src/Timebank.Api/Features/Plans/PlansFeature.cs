using Timebank.Api.Features.Plans.Budgets;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Domain.Plans.Budgets;

namespace Timebank.Api.Features.Plans;

/// <summary>Personalised plans (issue 15): so far indicative budgets with their working, and challenges to them.</summary>
public static class PlansFeature
{
    public static IServiceCollection AddPlansFeature(this IServiceCollection services)
    {
        services.AddScoped<PlanAccess>();
        services.AddScoped<BudgetService>();
        services.AddSingleton<IQueryFields, BudgetQueries>();
        services.AddSingleton<IMutationFields, BudgetMutations>();
        services.AddUserError<BandsDoNotCover>("BandsDoNotCoverError", "The bands leave a total without a budget, or hold a total twice.");
        services.AddUserError<AssessmentIncomplete>("AssessmentIncompleteError", "A question is unanswered, answered twice, or answered with an answer it does not offer.");
        services.AddUserError<ChallengeAlreadyOpen>("ChallengeAlreadyOpenError", "This budget already has an open challenge.");
        services.AddUserError<ChallengeAlreadyDecided>("ChallengeAlreadyDecidedError", "The challenge was already decided; nothing changed.");
        return services;
    }
}
