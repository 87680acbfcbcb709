using Timebank.Domain.Organisations;

namespace Timebank.Domain.Timebank;

/// <summary>A kind of help (gardening, lifts, paperwork…) that exchanges and listings are filed under, reported on for funders.</summary>
public sealed class Category
{
    public const int NameMaxLength = 80;

    public Id<Category> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public string Name { get; private set; }
    public bool Active { get; private set; }

    private Category(Id<Organisation> organisationId, string name)
    {
        Id = Id<Category>.New();
        OrganisationId = organisationId;
        Name = name;
        Active = true;
    }

    public static Category Create(Id<Organisation> organisation, string? name) => new(organisation, Text.Required(name, "name", NameMaxLength));

    public void Rename(string? name) => Name = Text.Required(name, "name", NameMaxLength);

    /// <summary>Retired categories stay on old exchanges but take no new ones.</summary>
    public void SetActive(bool active) => Active = active;
}
