using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Reviews;

public sealed record NoApprovedPlan()
    : DomainError("NO_APPROVED_PLAN", "This plan has not been signed off yet; a review looks back on an approved plan.");
