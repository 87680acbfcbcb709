using NodaTime;

namespace Timebank.Domain.Directory;

public sealed record CostOptionDraft
{
    public Guid? Id { get; init; }
    public string? Option { get; init; }

    /// <summary>Pounds, as ORUK's amount is a number in the currency's units.</summary>
    public decimal? Amount { get; init; }

    public string? AmountDescription { get; init; }
    public LocalDate? ValidFrom { get; init; }
    public LocalDate? ValidTo { get; init; }
}

/// <summary>One ORUK cost option: what it costs under which condition, kept in whole pence.</summary>
public sealed class CostOption
{
    public Id<CostOption> Id { get; private set; }
    public string? Option { get; private set; }
    public long? AmountPence { get; private set; }
    public string? AmountDescription { get; private set; }
    public LocalDate? ValidFrom { get; private set; }
    public LocalDate? ValidTo { get; private set; }

    private CostOption(Id<CostOption> id) => Id = id;

    /// <summary>The ORUK amount in pounds (35, 2.5), exactly what was given.</summary>
    public decimal? Amount => AmountPence is { } pence ? pence / 100m : null;

    public bool IsFree => AmountPence == 0;

    public static CostOption Parse(CostOptionDraft draft, string path)
    {
        if (draft.ValidFrom > draft.ValidTo)
            throw new DomainException(new InvalidField($"{path}.valid_to", "must not be before valid_from"));
        return new CostOption(draft.Id is { } id ? Id<CostOption>.From(id) : Id<CostOption>.New())
        {
            Option = DirectoryText.Optional(draft.Option, $"{path}.option", DirectoryLimits.ShortTextMaxLength),
            AmountPence = draft.Amount is { } amount ? Pence(amount, $"{path}.amount") : null,
            AmountDescription = DirectoryText.Optional(draft.AmountDescription, $"{path}.amount_description", DirectoryLimits.ShortTextMaxLength),
            ValidFrom = draft.ValidFrom,
            ValidTo = draft.ValidTo,
        };
    }

    private static long Pence(decimal pounds, string path)
    {
        if (pounds < 0)
            throw new DomainException(new NegativeCost(path, pounds));
        if (pounds * 100 > DirectoryLimits.MaxCostPence)
            throw new DomainException(new InvalidField(path, $"must be at most £{DirectoryLimits.MaxCostPence / 100:N0}"));
        var pence = pounds * 100;
        if (pence != decimal.Truncate(pence))
            throw new DomainException(new InvalidField(path, "must be pounds and pence, at most two decimal places"));
        return (long)pence;
    }
}
