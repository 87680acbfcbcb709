namespace Timebank.Web.Forms;

/// <summary>A yes-or-no question: its error and first radio use <see cref="Id"/>, the posted field is <see cref="Name"/>.</summary>
public sealed record YesNo(string Id, string Name, string Question, string Hint, string? Value, FormErrors Errors);
