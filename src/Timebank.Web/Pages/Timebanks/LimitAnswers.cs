using Timebank.Web.Display;
using Timebank.Web.Forms;

namespace Timebank.Web.Pages.Timebanks;

/// <summary>One limit as hours and minutes; both boxes empty means no limit, which is not the same as zero.</summary>
public sealed class LimitAnswer
{
    public string? Hours { get; set; }
    public string? Minutes { get; set; }

    public bool None => string.IsNullOrWhiteSpace(Hours) && string.IsNullOrWhiteSpace(Minutes);

    public long? TotalMinutes => None ? null : AnswerRules.TotalMinutes(Hours, Minutes);

    public static LimitAnswer From(long? minutes) => minutes is { } m
        ? new() { Hours = (m / 60).ToString(System.Globalization.CultureInfo.InvariantCulture), Minutes = (m % 60).ToString(System.Globalization.CultureInfo.InvariantCulture) }
        : new();
}

/// <summary>
/// The four balance limits in the words a coordinator uses: how far into debit a member may go (the floor, stored
/// below zero) and when to warn, and the most they may hold and when to warn. Every one is optional.
/// </summary>
public sealed class LimitAnswers
{
    public LimitAnswer Owe { get; set; } = new();
    public LimitAnswer WarnOwe { get; set; } = new();
    public LimitAnswer Hold { get; set; } = new();
    public LimitAnswer WarnHold { get; set; } = new();

    /// <summary>The API's field names, mapped to the inputs that carry them.</summary>
    public static readonly IReadOnlyDictionary<string, string> InputFor = new Dictionary<string, string>
    {
        ["floor"] = "owe",
        ["warnBelow"] = "warn-owe",
        ["ceiling"] = "hold",
        ["warnAbove"] = "warn-hold",
    };

    public static LimitAnswers From(long? floor, long? warnBelow, long? ceiling, long? warnAbove) => new()
    {
        // A floor above zero (a balance that must be kept) is not something this form sets; it shows as owing nothing.
        Owe = LimitAnswer.From(floor is { } f ? Math.Max(0, -f) : null),
        WarnOwe = LimitAnswer.From(warnBelow is { } w ? Math.Max(0, -w) : null),
        Hold = LimitAnswer.From(ceiling),
        WarnHold = LimitAnswer.From(warnAbove),
    };

    public object Input(string accountId) => new
    {
        accountId,
        floor = -Owe.TotalMinutes,
        warnBelow = -WarnOwe.TotalMinutes,
        ceiling = Hold.TotalMinutes,
        warnAbove = WarnHold.TotalMinutes,
    };

    public void Validate(FormErrors errors)
    {
        foreach (var (id, answer, what) in new[] { ("owe", Owe, "how much they can owe"), ("warn-owe", WarnOwe, "when to warn about owing"), ("hold", Hold, "the most they can hold"), ("warn-hold", WarnHold, "when to warn about holding") })
            AnswerRules.Duration(errors, id, answer.Hours, answer.Minutes, what, allowNone: true);
        if (errors.Any)
            return;
        if (Owe.TotalMinutes is { } owe && WarnOwe.TotalMinutes is { } warn && warn > owe)
            errors.Add("warn-owe", $"The warning must come before the limit: {Amounts.Hours(owe)} or less");
        if (Hold.TotalMinutes is { } hold && WarnHold.TotalMinutes is { } warnHold && warnHold > hold)
            errors.Add("warn-hold", $"The warning must come before the limit: {Amounts.Hours(hold)} or less");
    }

    /// <summary>One sentence for the notice after saving.</summary>
    public string Summary()
        => (Owe.TotalMinutes is { } owe ? $"can owe up to {Amounts.Hours(owe)}" : "can owe any amount")
            + (Hold.TotalMinutes is { } hold ? $", can hold up to {Amounts.Hours(hold)}" : ", no most they can hold");
}
