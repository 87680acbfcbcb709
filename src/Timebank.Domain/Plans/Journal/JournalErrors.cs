using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Journal;

public sealed record NotYourStaff(string Person)
    : DomainError("NOT_YOUR_STAFF", $"{Person} is not staff of an organisation that supports you, so your journal cannot be shared with them.");
