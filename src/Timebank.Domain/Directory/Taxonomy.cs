namespace Timebank.Domain.Directory;

/// <summary>An ORUK taxonomy: a named vocabulary of terms (for example the LGA's, or this directory's own).</summary>
public sealed class Taxonomy
{
    public Id<Taxonomy> Id { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public string? Uri { get; private set; }
    public string? Version { get; private set; }

    private Taxonomy(Id<Taxonomy> id, string name, string description) => (Id, Name, Description) = (id, name, description);

    public static Taxonomy Define(Guid? id, string? name, string? description, string? uri, string? version, string path = "taxonomy")
        => new(id is { } given ? Id<Taxonomy>.From(given) : Id<Taxonomy>.New(),
            DirectoryText.Required(name, $"{path}.name", DirectoryLimits.NameMaxLength),
            DirectoryText.Required(description, $"{path}.description", DirectoryLimits.NoteMaxLength))
        {
            Uri = DirectoryText.OptionalUrl(uri, $"{path}.uri"),
            Version = DirectoryText.Optional(version, $"{path}.version", DirectoryLimits.ShortTextMaxLength),
        };
}

/// <summary>
/// An ORUK taxonomy term (UK profile: name, description, parent_id, taxonomy, taxonomy_id, term_uri, term). Services
/// are linked to terms through attributes; terms are shared by the whole directory.
/// </summary>
public sealed class TaxonomyTerm
{
    public Id<TaxonomyTerm> Id { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public Id<TaxonomyTerm>? ParentId { get; private set; }

    /// <summary>ORUK's free-text name of the taxonomy, for terms from a taxonomy that has no record here.</summary>
    public string? TaxonomyName { get; private set; }

    public Id<Taxonomy>? TaxonomyId { get; private set; }
    public string? TermUri { get; private set; }
    public string? Term { get; private set; }

    private TaxonomyTerm(Id<TaxonomyTerm> id, string name, string description) => (Id, Name, Description) = (id, name, description);

    public static TaxonomyTerm Define(Guid? id, string? name, string? description, Guid? parentId, string? taxonomyName, Guid? taxonomyId,
        string? termUri, string? term, string path = "taxonomy_term")
    {
        var termId = id is { } given ? Id<TaxonomyTerm>.From(given) : Id<TaxonomyTerm>.New();
        if (parentId == termId.Value)
            throw new DomainException(new InvalidField($"{path}.parent_id", "a term cannot be its own parent"));
        return new TaxonomyTerm(termId,
            DirectoryText.Required(name, $"{path}.name", DirectoryLimits.NameMaxLength),
            DirectoryText.Required(description, $"{path}.description", DirectoryLimits.NoteMaxLength))
        {
            ParentId = parentId is { } p ? Id<TaxonomyTerm>.From(p) : null,
            TaxonomyName = DirectoryText.Optional(taxonomyName, $"{path}.taxonomy", DirectoryLimits.ShortTextMaxLength),
            TaxonomyId = taxonomyId is { } t ? Id<Taxonomy>.From(t) : null,
            TermUri = DirectoryText.OptionalUrl(termUri, $"{path}.term_uri"),
            Term = DirectoryText.Optional(term, $"{path}.term", DirectoryLimits.ShortTextMaxLength),
        };
    }
}
