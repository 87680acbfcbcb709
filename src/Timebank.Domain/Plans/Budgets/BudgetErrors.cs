using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Budgets;

public sealed record BandsDoNotCover(string Reason)
    : DomainError("BANDS_DO_NOT_COVER", $"The bands must cover every total from 0 to the most points the answers can score, once each: {Reason}.");

public sealed record AssessmentIncomplete(string Reason)
    : DomainError("ASSESSMENT_INCOMPLETE", Reason);

public sealed record ChallengeAlreadyDecided()
    : DomainError("CHALLENGE_ALREADY_DECIDED", "This challenge has already been decided.");

public sealed record ChallengeAlreadyOpen()
    : DomainError("CHALLENGE_ALREADY_OPEN", "A challenge to this budget is already open; it is decided before another is raised.");
