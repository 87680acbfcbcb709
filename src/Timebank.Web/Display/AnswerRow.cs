namespace Timebank.Web.Display;

/// <summary>
/// One row of a summary list; with <see cref="ChangeWhat"/> its Change button posts the answers back to the question
/// page ("check your answers"), without it the row only shows what is there.
/// </summary>
public sealed record AnswerRow(string Key, string Value, string? ChangeWhat = null);
