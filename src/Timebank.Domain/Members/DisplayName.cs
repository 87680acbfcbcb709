using Timebank.Domain.Common;

namespace Timebank.Domain.Members;

/// <summary>The name a member chooses to be shown by; it need not be their legal name.</summary>
public sealed record DisplayName
{
    public const int MaxLength = 100;

    public string Value { get; }

    private DisplayName(string value) => Value = value;

    public static DisplayName Parse(string? input) => new(Text.Required(input, "displayName", MaxLength));

    public static DisplayName FromStored(string value) => new(value);

    public override string ToString() => Value;
}
