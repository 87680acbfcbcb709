using Timebank.Domain.Common;

namespace Timebank.Domain.Plans.Budgets;

/// <summary>One answer a person can give to a self-assessment question, and the points it scores.</summary>
public sealed record AnswerOption(string Key, string Text, int Points)
{
    public const int MaxPoints = 1_000;

    internal static AnswerOption Create(string? key, string? text, int points, string field)
    {
        if (points is < 0 or > MaxPoints)
            throw new DomainException(new ValidationFailed($"{field}.points", $"must be from 0 to {MaxPoints}"));
        return new AnswerOption(AllocationQuestion.KeyOf(key, $"{field}.key"), Common.Text.Required(text, $"{field}.text", 300), points);
    }
}

/// <summary>A question of the self-assessment, with the answers it allows (a person picks exactly one).</summary>
public sealed record AllocationQuestion(string Key, string Text, IReadOnlyList<AnswerOption> Answers)
{
    public const int MaxAnswers = 12;
    public const int KeyMaxLength = 40;

    public int MaxPoints => Answers.Max(a => a.Points);

    public static AllocationQuestion Create(string? key, string? text, IReadOnlyList<(string? Key, string? Text, int Points)> answers, string field)
    {
        if (answers.Count is < 2 or > MaxAnswers)
            throw new DomainException(new ValidationFailed($"{field}.answers", $"must offer from 2 to {MaxAnswers} answers"));
        var options = answers.Select((a, i) => AnswerOption.Create(a.Key, a.Text, a.Points, $"{field}.answers[{i}]")).ToList();
        if (options.GroupBy(o => o.Key).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new DomainException(new ValidationFailed($"{field}.answers", $"the answer key \"{twice.Key}\" is used twice"));
        return new AllocationQuestion(KeyOf(key, $"{field}.key"), Common.Text.Required(text, $"{field}.text", 500), options);
    }

    public AnswerOption? Answer(string key) => Answers.FirstOrDefault(a => a.Key == key);

    /// <summary>Keys are short codes a form can carry (letters, digits, dashes and underscores).</summary>
    internal static string KeyOf(string? key, string field)
    {
        var value = Common.Text.Required(key, field, KeyMaxLength);
        if (!value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new DomainException(new ValidationFailed(field, "must be letters, digits, dashes or underscores"));
        return value;
    }
}
