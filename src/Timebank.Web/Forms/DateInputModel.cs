namespace Timebank.Web.Forms;

/// <summary>A GOV.UK date input (day, month, year) named Prefix.Day and so on, with its error on "{Id}-day".</summary>
public sealed record DateInputModel(string Id, string Legend, string Hint, string Prefix, string? Day, string? Month, string? Year, FormErrors Errors);
