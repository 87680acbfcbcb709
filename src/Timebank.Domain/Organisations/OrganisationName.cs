using Timebank.Domain.Common;

namespace Timebank.Domain.Organisations;

public sealed record OrganisationName
{
    public const int MaxLength = 200;

    public string Value { get; }

    private OrganisationName(string value) => Value = value;

    public static OrganisationName Parse(string? input) => new(Text.Required(input, "name", MaxLength));

    public static OrganisationName FromStored(string value) => new(value);

    public override string ToString() => Value;
}
