using Timebank.Domain.Common;

namespace Timebank.Domain.Organisations;

public sealed record AlreadyMember()
    : DomainError("ALREADY_MEMBER", "You already belong to this organisation or have asked to join it.");

public sealed record NotPending()
    : DomainError("NOT_PENDING", "This membership is not waiting for approval.");
