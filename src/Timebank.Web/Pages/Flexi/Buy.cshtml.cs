using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A customer asks to buy something with their cash: what, from whom, what kind of thing and how much; then "check
/// your answers", then requestPurchase, which spends it at once or, above the service's threshold, holds it for a manager.
/// </summary>
public sealed class BuyModel(TimebankApi api) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Words)> Categories =
    [
        ("ACTIVITIES", "Activities and classes"), ("MEALS OUT", "Meals out"), ("TRAVEL", "Travel"), ("CLOTHES", "Clothes"),
        ("MUSIC", "Music"), ("EQUIPMENT", "Equipment"), ("OTHER", "Something else"),
    ];

    [BindProperty] public string? Description { get; set; }
    [BindProperty] public string? Supplier { get; set; }
    [BindProperty] public string? Category { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public bool Checking { get; private set; }

    public BudgetData Data { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public long Pence => AnswerRules.Pence(Amount) ?? 0;

    public string CategoryWords => Categories.FirstOrDefault(c => c.Value == Category).Words ?? "";

    [TempData]
    public string? Notice { get; set; }

    public async Task OnGetAsync(string serviceId, CancellationToken cancellationToken) => Data = await Load(serviceId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string serviceId, CancellationToken cancellationToken)
    {
        Data = await Load(serviceId, cancellationToken);
        Validate();
        Checking = !Errors.Any;
        return Page();
    }

    public async Task OnPostChangeAsync(string serviceId, CancellationToken cancellationToken) => Data = await Load(serviceId, cancellationToken);

    public async Task<IActionResult> OnPostBuyAsync(string serviceId, CancellationToken cancellationToken)
    {
        Data = await Load(serviceId, cancellationToken);
        Validate();
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<PurchasePayload>("requestPurchase", new
        {
            serviceId,
            description = Description!.Trim(),
            supplier = Supplier!.Trim(),
            category = Category,
            pence = Pence,
            idempotencyKey = IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "amount", new Dictionary<string, string> { ["pence"] = "amount", ["description"] = "description", ["supplier"] = "supplier", ["category"] = "category" });
            return Page();
        }
        Notice = payload.Purchase?.Status == "AWAITING_SIGN_OFF"
            ? $"Asked. A manager needs to agree {Amounts.Money(Pence)}; the money is kept for it until they answer."
            : $"Bought: {Amounts.Money(Pence)} from {Supplier!.Trim()}. Keep the receipt and add it here.";
        return RedirectToPage("Budget", new { serviceId });
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(Description))
            Errors.Add("description", "Say what you would like to buy");
        if (string.IsNullOrWhiteSpace(Supplier))
            Errors.Add("supplier", "Say where you are buying it from");
        if (Categories.All(c => c.Value != Category))
            Errors.Add("category", "Select what kind of thing it is");
        AnswerRules.Money(Errors, "amount", Amount, "how much it costs");
    }

    private Task<BudgetData> Load(string serviceId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        return BudgetModel.LoadAsync(api, serviceId, cancellationToken);
    }

    public sealed record PurchasePayload(PurchaseView? Purchase, IReadOnlyList<UserError> Errors) : IPayload;
}
