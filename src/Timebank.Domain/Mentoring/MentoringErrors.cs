namespace Timebank.Domain.Mentoring;

public sealed record CadenceNotRecognised(string Text)
    : DomainError("CADENCE_NOT_RECOGNISED", $"\"{Text}\" is not a cadence: use WEEKLY, FORTNIGHTLY, MONTHLY or QUARTERLY.");

public sealed record DateNotRecognised(string Field, string Text)
    : DomainError("DATE_NOT_RECOGNISED", $"{Field}: \"{Text}\" is not a date; write it as year-month-day, e.g. 2026-07-28.");

public sealed record PairingEnded(string EndedOn)
    : DomainError("PAIRING_ENDED", $"This pairing ended on {EndedOn}.");

public sealed record NoTimebankForHours()
    : DomainError("NO_TIMEBANK_FOR_HOURS", "This pairing names no timebank, so the mentor's hours cannot be banked.");
