namespace Timebank.Domain.Directory;

public sealed record PhoneDraft
{
    public Guid? Id { get; init; }
    public string? Number { get; init; }
    public string? Description { get; init; }
}

public sealed record ContactDraft
{
    public Guid? Id { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public IReadOnlyList<PhoneDraft> Phones { get; init; } = [];
}

/// <summary>An ORUK phone (UK profile: number and description), reached through its contact.</summary>
public sealed record Phone(Guid Id, string Number, string? Description)
{
    public const int NumberMaxLength = 30;

    internal static Phone Parse(PhoneDraft draft, string path)
    {
        var number = DirectoryText.Required(draft.Number, $"{path}.number", NumberMaxLength);
        if (!number.Any(char.IsDigit) || number.Any(c => !(char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-')))
            throw new DomainException(new InvalidField($"{path}.number", "must be a phone number: digits, spaces, +, brackets and dashes"));
        return new Phone(draft.Id ?? Guid.CreateVersion7(), number, DirectoryText.Optional(draft.Description, $"{path}.description", DirectoryLimits.ShortTextMaxLength));
    }
}

/// <summary>A named contact for a service (ORUK contact: the UK profile keeps name and title).</summary>
public sealed record Contact(Guid Id, string? Name, string? Title, IReadOnlyList<Phone> Phones)
{
    internal static Contact Parse(ContactDraft draft, string path, DirectoryProblems problems)
    {
        var name = DirectoryText.Optional(draft.Name, $"{path}.name", DirectoryLimits.NameMaxLength);
        var title = DirectoryText.Optional(draft.Title, $"{path}.title", DirectoryLimits.ShortTextMaxLength);
        problems.UniqueIds(draft.Phones.Select(d => d.Id), $"{path}.phones");
        var phones = problems.Each(draft.Phones, $"{path}.phones", DirectoryLimits.MaxPhonesPerContact, Phone.Parse);
        if (name is null && title is null && draft.Phones.Count == 0)
            throw new DomainException(new InvalidField(path, "give a name, a title or a phone number"));
        return new Contact(draft.Id ?? Guid.CreateVersion7(), name, title, phones);
    }
}
