using Timebank.Api.Features.Flexi;
using Timebank.Api.Features.Plans.Budgets;
using Timebank.Api.Features.Plans.Journal;
using Timebank.Api.Features.Plans.Plans;
using Timebank.Api.Features.Plans.Progress;
using Timebank.Api.Features.Plans.Reviews;
using Timebank.Api.Features.Plans.Sessions;
using Timebank.Api.Features.Plans.Voice;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Domain.Plans.Budgets;
using Timebank.Domain.Plans.Journal;
using Timebank.Domain.Plans.Plans;
using Timebank.Domain.Plans.Reviews;
using Timebank.Domain.Plans.Sessions;
using Timebank.Domain.Plans.Voice;

namespace Timebank.Api.Features.Plans;

/// <summary>Personalised plans (issue 15): indicative budgets and challenges; plans in versions with their costed budget, appointee and sign-off; spending by outcome; Planning Live; reviews and the control report; the journal; client voice and champion roles.</summary>
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
        services.AddScoped<IPlansInForce, PlansInForce>();
        services.AddScoped<PlanProgressService>();
        services.AddSingleton<IQueryFields, PlanProgressQueries>();
        services.AddScoped<JournalService>();
        services.AddScoped<JournalReaders>();
        services.AddScoped<JournalSharesLoader>();
        services.AddSingleton<IQueryFields, JournalQueries>();
        services.AddSingleton<IMutationFields, JournalMutations>();
        services.AddSingleton<INodeSource, JournalEntryNodeSource>();
        services.AddScoped<VoiceAccess>();
        services.AddScoped<ClientVoiceService>();
        services.AddScoped<ChampionRoleService>();
        services.AddScoped<ChampionHoldingsLoader>();
        services.AddSingleton<IQueryFields, ClientVoiceQueries>();
        services.AddSingleton<IMutationFields, ClientVoiceMutations>();
        services.AddSingleton<INodeSource, ClientVoiceItemNodeSource>();
        services.AddSingleton<IQueryFields, ChampionRoleQueries>();
        services.AddSingleton<IMutationFields, ChampionRoleMutations>();
        services.AddSingleton<INodeSource, ChampionRoleNodeSource>();
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
        services.AddUserError<NotYourStaff>("NotYourStaffError", "The person named is not staff of an organisation that supports you.");
        services.AddUserError<StaffNotAnonymous>("StaffNotAnonymousError", "Staff raise client-voice items in their own name.");
        services.AddUserError<NotAClient>("NotAClientError", "The person is not a client of the service.");
        services.AddUserError<RoleAlreadyHeld>("RoleAlreadyHeldError", "Someone holds the role already; hand it over instead.");
        services.AddUserError<RoleNotHeld>("RoleNotHeldError", "Nobody holds the role, so there is nothing to hand over.");
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
