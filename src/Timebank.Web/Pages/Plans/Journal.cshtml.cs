using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;
using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Pages.Plans;

/// <summary>
/// The person's own journal: write an entry in their own words and read what they wrote, newest first. It is theirs:
/// nobody else reads an entry unless the person shares it, and this page only ever shows the signed-in person's.
/// </summary>
public sealed class JournalModel(TimebankApi api) : PageModel
{
    public const int MaxLength = 10_000;

    [BindProperty]
    public string? Text { get; set; }

    public IReadOnlyList<JournalEntry> Entries { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    [TempData]
    public string? Notice { get; set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Text))
            Errors.Add("text", "Write something before you save it");
        else if (Text.Length > MaxLength)
            Errors.Add("text", $"An entry can be up to {MaxLength:N0} characters; this one has {Text.Length:N0}");
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<EntryPayload>("addJournalEntry", new { text = Text!.Trim() }, cancellationToken);
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "text");
            return Page();
        }
        Notice = "Saved in your journal. Only you can read it.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        // Left without a person, the API answers with the signed-in person's own journal and nobody else's.
        Entries = await api.QueryAsync<IReadOnlyList<JournalEntry>>("journal", new { }, cancellationToken: cancellationToken);
    }

    public sealed record JournalEntry(string Id, string Text, string WrittenAt, IReadOnlyList<MemberRef>? SharedWith);

    public sealed record EntryPayload(IReadOnlyList<UserError> Errors) : IPayload;
}
