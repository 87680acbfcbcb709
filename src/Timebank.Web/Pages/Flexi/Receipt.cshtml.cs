using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Display;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Flexi;

/// <summary>
/// A customer adds the receipt for something bought: its reference, date and amount; "check your answers" first,
/// because a receipt for less than was spent returns the change to their money.
/// </summary>
public sealed class ReceiptModel(TimebankApi api) : PageModel
{
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Day { get; set; }
    [BindProperty] public string? Month { get; set; }
    [BindProperty] public string? Year { get; set; }
    [BindProperty] public string? Amount { get; set; }
    [BindProperty] public string IdempotencyKey { get; set; } = Guid.NewGuid().ToString();

    public bool Checking { get; private set; }

    public ServiceView Service { get; private set; } = null!;

    public PurchaseView Purchase { get; private set; } = null!;

    public FormErrors Errors { get; } = new();

    public long Pence => AnswerRules.Pence(Amount) ?? 0;

    public long Change => Math.Max(0, Purchase.SpentPence - Pence);

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(string serviceId, string purchaseId, CancellationToken cancellationToken) => LoadAsync(serviceId, purchaseId, cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(string serviceId, string purchaseId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, purchaseId, cancellationToken);
        Validate();
        Checking = !Errors.Any;
        return Page();
    }

    public Task OnPostChangeAsync(string serviceId, string purchaseId, CancellationToken cancellationToken) => LoadAsync(serviceId, purchaseId, cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(string serviceId, string purchaseId, CancellationToken cancellationToken)
    {
        await LoadAsync(serviceId, purchaseId, cancellationToken);
        Validate();
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<FlexiPayload>("attachReceipt", new
        {
            purchaseId,
            reference = Reference!.Trim(),
            date = AnswerRules.IsoDate(Day, Month, Year),
            pence = Pence,
            idempotencyKey = IdempotencyKey,
        }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "amount", new Dictionary<string, string> { ["pence"] = "amount", ["reference"] = "reference", ["date"] = "date-day" });
            return Page();
        }
        Notice = $"Receipt {Reference!.Trim()} added." + (Change > 0 ? $" {Amounts.Money(Change)} change is back in your money." : "");
        return RedirectToPage("Budget", new { serviceId });
    }

    private void Validate()
    {
        if (string.IsNullOrWhiteSpace(Reference))
            Errors.Add("reference", "Enter the receipt’s number or reference");
        AnswerRules.PastDate(Errors, "date-day", Day, Month, Year, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(1)), "the date on the receipt");
        AnswerRules.Money(Errors, "amount", Amount, "the amount on the receipt");
    }

    private async Task LoadAsync(string serviceId, string purchaseId, CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        var data = await BudgetModel.LoadAsync(api, serviceId, cancellationToken);
        Service = data.FlexiService!;
        // Only the customer's own purchase, from the list the API gives them, takes a receipt here.
        Purchase = data.Purchases.FirstOrDefault(p => p.Id == purchaseId) ?? throw new NotFoundException("Not found.");
    }
}
