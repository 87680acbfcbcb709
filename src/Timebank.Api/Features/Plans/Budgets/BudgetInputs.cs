namespace Timebank.Api.Features.Plans.Budgets;

public sealed record AnswerOptionInput(string Key, string Text, int Points);

public sealed record AllocationQuestionInput(string Key, string Text, IReadOnlyList<AnswerOptionInput> Answers);

public sealed record BudgetBandInput(int FromPoints, int ToPoints, long WeeklyPence, long WeeklyMinutes);

public sealed record PublishAllocationRulesInput(string OrganisationId, string Name, IReadOnlyList<AllocationQuestionInput> Questions, IReadOnlyList<BudgetBandInput> Bands);

public sealed record GivenAnswerInput(string Question, string Answer);

public sealed record SubmitSelfAssessmentInput(string OrganisationId, string? PersonId, IReadOnlyList<GivenAnswerInput> Answers);

public sealed record ChallengeBudgetInput(string AssessmentId, string Reason, string? SupportedBy);

public sealed record DecideBudgetChallengeInput(string ChallengeId, bool Upheld, string? Note, long? WeeklyPence, long? WeeklyMinutes);
