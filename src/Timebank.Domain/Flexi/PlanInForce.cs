using Timebank.Domain.Common;

namespace Timebank.Domain.Flexi;

/// <summary>A one-off item the plan in force agrees, and how much of it earlier purchases have already bought.</summary>
public sealed record AgreedItem(string What, long Pence, string Outcome, long SpentPence)
{
    public long RemainingPence => Math.Max(Pence - SpentPence, 0);
}

/// <summary>
/// The customer's approved plan running on the day, as flexi sees it: the outcomes every booking and purchase must
/// name (an outcome on every hour and every pound) and the items bought without further sign-off.
/// </summary>
public sealed record PlanInForce(Guid PlanId, int Version, IReadOnlyList<string> Outcomes, IReadOnlyList<AgreedItem> Items)
{
    /// <summary>
    /// The plan outcome a booking or purchase serves, spelt as the plan spells it. With a plan in force one must be
    /// named, and it must be one of the plan's; without one, the free text stands.
    /// </summary>
    public static string? OutcomeFor(PlanInForce? plan, string? named, string field)
    {
        var text = Text.Optional(named, field, 200);
        if (plan is null)
            return text;
        var outcomes = string.Join(", ", plan.Outcomes.Select(o => $"\"{o}\""));
        if (text is null)
            throw new DomainException(new ValidationFailed(field, $"names the plan outcome this serves: one of {outcomes}"));
        return plan.Outcomes.FirstOrDefault(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase))
               ?? throw new DomainException(new ValidationFailed(field, $"\"{text}\" is not an outcome of the plan in force; its outcomes are {outcomes}"));
    }

    /// <summary>The agreed item a purchase names; refused when the plan in force agrees no such item.</summary>
    public static AgreedItem? ItemFor(PlanInForce? plan, string? named, string field)
    {
        var text = Text.Optional(named, field, 200);
        if (text is null)
            return null;
        return plan?.Items.FirstOrDefault(i => string.Equals(i.What, text, StringComparison.OrdinalIgnoreCase))
               ?? throw new DomainException(new ValidationFailed(field, plan is null
                   ? "there is no approved plan in force to have agreed it"
                   : $"the plan in force agrees no item called \"{text}\""));
    }
}
