using Timebank.Domain.Common;
using Timebank.Domain.Flexi;

namespace Timebank.Domain.Plans.Budgets;

/// <summary>Totals from <see cref="FromPoints"/> to <see cref="ToPoints"/> (both included) turn into this weekly budget.</summary>
public sealed record BudgetBand(int FromPoints, int ToPoints, long WeeklyPence, long WeeklyMinutes)
{
    /// <summary>£10,000 and a full week: beyond either is a typing mistake, not a weekly personal budget.</summary>
    public const long MaxWeeklyPence = 1_000_000;
    public const long MaxWeeklyMinutes = 7 * 24 * 60;

    public static BudgetBand Create(int fromPoints, int toPoints, long weeklyPence, long weeklyMinutes, string field)
    {
        if (fromPoints < 0 || toPoints < fromPoints)
            throw new DomainException(new ValidationFailed(field, $"runs from {fromPoints} to {toPoints} points; a band must start at 0 or more and not end before it starts"));
        if (weeklyPence is < 0 or > MaxWeeklyPence)
            throw new DomainException(new ValidationFailed($"{field}.weeklyPence", $"must be from £0.00 to {FlexiText.Pence(MaxWeeklyPence)}"));
        if (weeklyMinutes is < 0 or > MaxWeeklyMinutes)
            throw new DomainException(new ValidationFailed($"{field}.weeklyMinutes", $"must be from 0 minutes to {FlexiText.Minutes(MaxWeeklyMinutes)}"));
        return new BudgetBand(fromPoints, toPoints, weeklyPence, weeklyMinutes);
    }

    public bool Holds(int points) => points >= FromPoints && points <= ToPoints;

    public string Describe() => $"{FromPoints} to {ToPoints} points: {FlexiText.Pence(WeeklyPence)} and {FlexiText.Minutes(WeeklyMinutes)} a week";
}
