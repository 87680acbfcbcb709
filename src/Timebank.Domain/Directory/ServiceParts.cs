namespace Timebank.Domain.Directory;

public sealed record AttributeDraft
{
    public Guid? Id { get; init; }
    public Guid? TaxonomyTermId { get; init; }
    public string? LinkType { get; init; }
}

/// <summary>An ORUK attribute (named so here because .NET reserves the suffix): the link from a service to one taxonomy term, which is how services are classified.</summary>
public sealed record TaxonomyLink(Guid Id, Id<TaxonomyTerm> TaxonomyTermId, string? LinkType)
{
    /// <summary>The caller says which term ids exist; an unknown one is refused with its path.</summary>
    internal static TaxonomyLink Parse(AttributeDraft draft, string path, Func<Id<TaxonomyTerm>, bool> isKnownTerm)
    {
        if (draft.TaxonomyTermId is not { } termId)
            throw new DomainException(new InvalidField($"{path}.taxonomy_term_id", "is required: which taxonomy term this attribute links to"));
        var term = Id<TaxonomyTerm>.From(termId);
        if (!isKnownTerm(term))
            throw new DomainException(new UnknownTaxonomyTerm($"{path}.taxonomy_term_id", termId));
        return new TaxonomyLink(draft.Id ?? Guid.CreateVersion7(), term, DirectoryText.Optional(draft.LinkType, $"{path}.link_type", DirectoryLimits.ShortTextMaxLength));
    }
}

public sealed record LanguageDraft
{
    public Guid? Id { get; init; }
    public string? Name { get; init; }
    public string? Code { get; init; }
    public string? Note { get; init; }
}

/// <summary>
/// A language a service is offered in (HSDS 3.0 language: name, code, note). The UK profile's published JSON keeps
/// only the id, so a language given by its id alone is kept as published; name and code are kept when given.
/// </summary>
public sealed record ServiceLanguage(Guid Id, string? Name, LanguageCode? Code, string? Note)
{
    internal static ServiceLanguage Parse(LanguageDraft draft, string path)
    {
        var name = DirectoryText.Optional(draft.Name, $"{path}.name", DirectoryLimits.ShortTextMaxLength);
        var code = draft.Code is null ? null : LanguageCode.Parse(draft.Code, $"{path}.code");
        return new ServiceLanguage(draft.Id ?? Guid.CreateVersion7(), name, code, DirectoryText.Optional(draft.Note, $"{path}.note", DirectoryLimits.ShortTextMaxLength));
    }
}

public sealed record ServiceAreaDraft
{
    public Guid? Id { get; init; }
    public string? Name { get; init; }
    public string? ServiceArea { get; init; }
    public string? Extent { get; init; }
    public string? ExtentType { get; init; }
    public string? Uri { get; init; }
}

/// <summary>
/// Where a service is available (ORUK service_area; the UK profile adds the free-text service_area). An area whose
/// name is a postcode district ("CV1") is matched by the area filter; anything else is shown as written.
/// </summary>
public sealed record ServiceArea(Guid Id, string? Name, string? ServiceAreaText, string? Extent, string? ExtentType, string? Uri)
{
    public PostcodeDistrict? District => Name is not null && PostcodeDistrict.IsOutwardCode(Name.ToUpperInvariant()) ? PostcodeDistrict.FromStored(Name.ToUpperInvariant()) : null;

    internal static ServiceArea Parse(ServiceAreaDraft draft, string path)
    {
        var area = new ServiceArea(draft.Id ?? Guid.CreateVersion7(),
            DirectoryText.Optional(draft.Name, $"{path}.name", DirectoryLimits.NameMaxLength),
            DirectoryText.Optional(draft.ServiceArea, $"{path}.service_area", DirectoryLimits.NoteMaxLength),
            DirectoryText.Optional(draft.Extent, $"{path}.extent", DirectoryLimits.ExtentMaxLength),
            DirectoryText.Optional(draft.ExtentType, $"{path}.extent_type", DirectoryLimits.ShortTextMaxLength),
            DirectoryText.OptionalUrl(draft.Uri, $"{path}.uri"));
        return area.Name is null && area.ServiceAreaText is null && area.Extent is null
            ? throw new DomainException(new InvalidField(path, "give the area's name or description"))
            : area;
    }
}

public sealed record FundingDraft
{
    public Guid? Id { get; init; }
    public string? Source { get; init; }
}

/// <summary>Where a service's money comes from (ORUK funding).</summary>
public sealed record Funding(Guid Id, string Source)
{
    internal static Funding Parse(FundingDraft draft, string path)
        => new(draft.Id ?? Guid.CreateVersion7(), DirectoryText.Required(draft.Source, $"{path}.source", DirectoryLimits.NoteMaxLength));
}
