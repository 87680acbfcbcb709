namespace Timebank.Web.Forms;

/// <summary>A pounds-and-pence input with the £ prefix: <see cref="Id"/> for the input and its error, <see cref="Name"/> for the posted field.</summary>
public sealed record MoneyInput(string Id, string Name, string Label, string? Value, FormErrors Errors);
