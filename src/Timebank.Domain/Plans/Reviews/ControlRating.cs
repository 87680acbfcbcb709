using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Reviews;

/// <summary>How much control a person says they have over their support, from 1 (none) to 5 (full); checked where it is made.</summary>
public readonly record struct ControlRating
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public int Value { get; }

    private ControlRating(int value) => Value = value;

    public static ControlRating Of(int value, string field = "controlRating")
        => value is >= Lowest and <= Highest
            ? new ControlRating(value)
            : throw new DomainException(new ValidationFailed(field, $"is from {Lowest} (no control) to {Highest} (full control)"));

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How far an outcome of the plan has come, in the person's view.</summary>
public enum OutcomeProgress
{
    NotStarted = 1,
    Some = 2,
    Good = 3,
    Achieved = 4,
}

/// <summary>Who the person says makes the decisions about their support.</summary>
public enum DecisionMaker
{
    Themselves = 1,
    KeyWorker = 2,
    Others = 3,
}

/// <summary>Progress on one outcome of the plan, named by its key, with a note.</summary>
public sealed record OutcomeReview(string OutcomeKey, OutcomeProgress Progress, string? Note);
