namespace Timebank.Web.Display;

/// <summary>One row of a "check your answers" list; its Change button posts the answers back to the question page.</summary>
public sealed record AnswerRow(string Key, string Value, string ChangeWhat);
