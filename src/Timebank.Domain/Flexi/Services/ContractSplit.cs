namespace Timebank.Domain.Flexi.Services;

/// <summary>
/// How a service's contract value divides between the core (staff on site), flexi cash and flexi hours, as whole
/// basis points (1/100 of a percent) that add up to exactly 100%. Integers, so a split is stored and summed exactly.
/// </summary>
public sealed record ContractSplit
{
    /// <summary>100% in basis points.</summary>
    public const int Whole = 10_000;

    public int CoreBasisPoints { get; }
    public int FlexiCashBasisPoints { get; }
    public int FlexiHoursBasisPoints { get; }

    private ContractSplit(int core, int flexiCash, int flexiHours)
        => (CoreBasisPoints, FlexiCashBasisPoints, FlexiHoursBasisPoints) = (core, flexiCash, flexiHours);

    public static ContractSplit Of(int coreBasisPoints, int flexiCashBasisPoints, int flexiHoursBasisPoints)
    {
        Share(coreBasisPoints, "split.core");
        Share(flexiCashBasisPoints, "split.flexiCash");
        Share(flexiHoursBasisPoints, "split.flexiHours");
        var sum = coreBasisPoints + flexiCashBasisPoints + flexiHoursBasisPoints;
        if (sum != Whole)
            throw new DomainException(new SplitDoesNotSumToWhole(sum));
        return new ContractSplit(coreBasisPoints, flexiCashBasisPoints, flexiHoursBasisPoints);
    }

    /// <summary>The pence of <paramref name="contractPence"/> that a share is worth, rounded down.</summary>
    public static long PartOf(long contractPence, int basisPoints) => (long)((Int128)contractPence * basisPoints / Whole);

    private static void Share(int basisPoints, string field)
    {
        if (basisPoints is < 0 or > Whole)
            throw new DomainException(new ValidationFailed(field, "must be between 0% and 100%"));
    }
}
