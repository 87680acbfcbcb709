namespace Timebank.Web.Forms;

/// <summary>One question answered by a radio choice: the first radio and the error use <see cref="Id"/>, the posted field is <see cref="Name"/>.</summary>
public sealed record Choice(string Id, string Name, string Legend, IReadOnlyList<(string Value, string Words)> Options, string? Value, FormErrors Errors, bool Small = false);
