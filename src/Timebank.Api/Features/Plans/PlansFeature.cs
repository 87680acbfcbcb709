using Timebank.Api.Features.Plans.Budgets;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Features.Plans.Reviews;
using Timebank.Api.Features.Plans.Sessions;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Plans.Budgets;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Reviews;
using Timebank.Domain.Plans.Sessions;

namespace Timebank.Api.Features.Plans;

/// <summary>Personalised plans (issue 15): indicative budgets with their working and challenges; plans in versions with their sign-off; Planning Live sessions; reviews and the control report.</summary>
public static class PlansFeature
{
    public static IServiceCollection AddPlansFeature(this IServiceCollection services)
    {
        services.AddScoped<PlanAccess>();
        services.AddScoped<BudgetService>();
        services.AddSingleton<IQueryFields, BudgetQueries>();
        services.AddSingleton<IMutationFields, BudgetMutations>();
        services.AddScoped<PlanService>();
        services.AddScoped<PlanReaders>();
        services.AddScoped<PlanVersionsLoader>();
        services.AddSingleton<IQueryFields, PlanQueries>();
        services.AddSingleton<IMutationFields, PlanMutations>();
        services.AddSingleton<INodeSource, PlanNodeSource>();
        services.AddScoped<PlanningSessionService>();
        services.AddScoped<SessionPlansLoader>();
        services.AddScoped<ChampionsLoader>();
        services.AddSingleton<IQueryFields, PlanningSessionQueries>();
        services.AddSingleton<IMutationFields, PlanningSessionMutations>();
        services.AddSingleton<INodeSource, PlanningSessionNodeSource>();
        services.AddUserError<PlanNotEditable>("PlanNotEditableError", "The plan cannot be changed or submitted as it stands.");
        services.AddUserError<PlanNotAwaitingSignOff>("PlanNotAwaitingSignOffError", "No version of the plan is waiting for sign-off.");
        services.AddUserError<AlreadySignedOff>("AlreadySignedOffError", "You, or someone in your capacity, already decided on this version.");
        services.AddUserError<OwnPlanSignOff>("OwnPlanSignOffError", "Nobody signs off their own plan.");
        services.AddUserError<PersonNotServed>("PersonNotServedError", "The person is not a customer or member the organisation holds plans for.");
        services.AddUserError<BandsDoNotCover>("BandsDoNotCoverError", "The bands leave a total without a budget, or hold a total twice.");
        services.AddUserError<AssessmentIncomplete>("AssessmentIncompleteError", "A question is unanswered, answered twice, or answered with an answer it does not offer.");
        services.AddUserError<ChallengeAlreadyOpen>("ChallengeAlreadyOpenError", "This budget already has an open challenge.");
        services.AddUserError<ChallengeAlreadyDecided>("ChallengeAlreadyDecidedError", "The challenge was already decided; nothing changed.");
        services.AddScoped<PlanReviewService>();
        services.AddScoped<PlanReviewsLoader>();
        services.AddSingleton<IObjectFields<PlanType>, PlanReviewsFields>();
        services.AddSingleton<IQueryFields, PlanReviewQueries>();
        services.AddSingleton<IMutationFields, PlanReviewMutations>();
        services.AddUserError<NoApprovedPlan>("NoApprovedPlanError", "The plan has no approved version to review.");
        services.AddUserError<PlanningSessionFull>("PlanningSessionFullError", "Every place for people planning in the session is taken.");
        services.AddUserError<NotAnAttendee>("NotAnAttendeeError", "The person is not one of the people planning in the session.");
        services.AddUserError<AlreadyAttending>("AlreadyAttendingError", "The person already has a place in the session.");
        services.AddUserError<SittingNotInSession>("SittingNotInSessionError", "The sitting is not one of the session's dates.");
        return services;
    }
}
