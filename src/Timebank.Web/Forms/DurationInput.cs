namespace Timebank.Web.Forms;

/// <summary>An hours-and-minutes input: the hours box has id <see cref="Id"/>, which the error summary links to.</summary>
public sealed record DurationInput(string Id, string Legend, string? Hours, string? Minutes, FormErrors Errors, string Prefix = "", string Hint = "For example, 1 hour 30 minutes");
