namespace Timebank.Domain.Flexi.Cash;

/// <summary>Divides whole pence in proportion to weights so the parts add up exactly; leftover pence go to the largest remainders, earliest first.</summary>
public static class ShareSplit
{
    public static IReadOnlyList<long> Proportional(long total, IReadOnlyList<long> weights)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (weights.Count == 0 || weights.Any(w => w <= 0))
            throw new ArgumentException("must be positive", nameof(weights));
        Int128 sum = 0;
        foreach (var w in weights)
            sum += w;
        var parts = new long[weights.Count];
        var remainders = new (Int128 Remainder, int Index)[weights.Count];
        long given = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            var exact = (Int128)total * weights[i];
            parts[i] = (long)(exact / sum);
            remainders[i] = (exact % sum, i);
            given += parts[i];
        }
        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take((int)(total - given)))
            parts[index]++;
        return parts;
    }
}
