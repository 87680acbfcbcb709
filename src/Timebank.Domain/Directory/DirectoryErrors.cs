namespace Timebank.Domain.Directory;

/// <summary>
/// A refusal of one part of a directory entry; <see cref="Path"/> is where it sits in the ORUK shape
/// (e.g. <c>schedules[0].byday</c>), so an import can report every problem with its path and the REST layer can
/// put it in a problem document.
/// </summary>
public abstract record DirectoryInputError(string Code, string Path, string Reason)
    : DomainError(Code, $"{Path}: {Reason}")
{
    /// <summary>The same problem seen from a file that holds the entry, e.g. at <c>services[3]</c>.</summary>
    public DirectoryInputError Within(string parent) => this with { Path = $"{parent}.{Path}", Message = $"{parent}.{Path}: {Reason}" };
}

/// <summary>An attribute names a taxonomy term the directory does not know; the caller checks ids against known terms.</summary>
public sealed record UnknownTaxonomyTerm(string Path, Guid TermId)
    : DirectoryInputError("UNKNOWN_TAXONOMY_TERM", Path, "names a taxonomy term this directory does not have; choose one from the taxonomy");

public sealed record ScheduleDoesNotParse(string Path, string Detail)
    : DirectoryInputError("SCHEDULE_DOES_NOT_PARSE", Path, Detail);

public sealed record AgeRangeUpsideDown(string Path, int MinimumAge, int MaximumAge)
    : DirectoryInputError("AGE_RANGE_UPSIDE_DOWN", Path, $"the minimum age ({MinimumAge}) is above the maximum age ({MaximumAge})");

public sealed record NegativeCost(string Path, decimal Amount)
    : DirectoryInputError("NEGATIVE_COST", Path, $"a cost cannot be below £0.00 (it was £{Amount:0.00}); use 0 for free");

public sealed record NotAPostcode(string Path, string Value)
    : DirectoryInputError("NOT_A_POSTCODE", Path, $"\"{Value}\" is not a UK postcode (for example CV1 5FB)");

public sealed record NotAPostcodeDistrict(string Path, string Value)
    : DirectoryInputError("NOT_A_POSTCODE_DISTRICT", Path, $"\"{Value}\" is not a UK postcode district (the first half of a postcode, for example CV1 or SW1A)");

public sealed record CoordinateOutOfRange(string Path, double Value, double Limit)
    : DirectoryInputError("COORDINATE_OUT_OF_RANGE", Path, $"{Value} is beyond ±{Limit} degrees");

public sealed record TextTooLong(string Path, int MaxLength)
    : DirectoryInputError("TEXT_TOO_LONG", Path, $"must be at most {MaxLength:N0} characters");

public sealed record TooMany(string Path, int Max)
    : DirectoryInputError("TOO_MANY", Path, $"at most {Max} are allowed");

/// <summary>Some other field breaks a rule about its shape (blank name, bad email, unknown status…).</summary>
public sealed record InvalidField(string Path, string Detail)
    : DirectoryInputError("INVALID_FIELD", Path, Detail);

/// <summary>Every problem found in one entry, so nothing is written and the caller can report them all at once.</summary>
public sealed record DirectoryEntryInvalid(IReadOnlyList<DirectoryInputError> Problems)
    : DomainError("DIRECTORY_ENTRY_INVALID", Problems.Count == 1
        ? Problems[0].Message
        : $"{Problems.Count} problems, the first: {Problems[0].Message}");

public sealed record NotYourEntry()
    : DomainError("NOT_YOUR_ENTRY", "This entry belongs to another group; only that group's coordinators can change it.");

public sealed record EntryArchived()
    : DomainError("ENTRY_ARCHIVED", "This entry has been archived and can no longer be changed.");
