namespace Timebank.Web.Forms;

/// <summary>One text question: <see cref="Id"/> for the input and its error, <see cref="Name"/> for the posted field.</summary>
public sealed record TextAnswer(string Id, string Name, string Label, string? Hint, string? Value, FormErrors Errors, int? Rows = null);
