namespace Timebank.Domain.Flexi.Cash;

/// <summary>What a purchase is: from whom, of what kind (reported by category), what for, and the plan outcome it serves.</summary>
public sealed record PurchaseDetails
{
    public const int SupplierMaxLength = 200;
    public const int CategoryMaxLength = 60;
    public const int DescriptionMaxLength = 500;
    public const int OutcomeMaxLength = 200;

    public string Supplier { get; }
    public string Category { get; }
    public string Description { get; }
    public string? Outcome { get; }

    private PurchaseDetails(string supplier, string category, string description, string? outcome)
        => (Supplier, Category, Description, Outcome) = (supplier, category, description, outcome);

    public static PurchaseDetails Parse(string? supplier, string? category, string? description, string? outcome)
        => new(Text.Required(supplier, "supplier", SupplierMaxLength),
            Text.Required(category, "category", CategoryMaxLength),
            Text.Required(description, "description", DescriptionMaxLength),
            Text.Optional(outcome, "outcome", OutcomeMaxLength));

    public static PurchaseDetails FromStored(string supplier, string category, string description, string? outcome)
        => new(supplier, category, description, outcome);
}
