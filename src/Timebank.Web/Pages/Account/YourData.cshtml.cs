using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages.Account;

/// <summary>What the API's exportMyData gives: one JSON file, or why not.</summary>
public sealed record PersonalDataPayload(string? FileName, string? ContentType, string? Content, IReadOnlyList<UserError> Errors) : IPayload;

/// <summary>
/// The person downloads everything held about them (their UK GDPR right of access), as the API's exportMyData gives
/// it: a form post, so a link followed from elsewhere cannot start a download of someone's data.
/// </summary>
public sealed class YourDataModel(TimebankApi api) : PageModel
{
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var file = await api.QueryAsync<PersonalDataPayload>("exportMyData", cancellationToken: cancellationToken);
        if (file.Errors.Count > 0 || file.Content is null)
            return LocalRedirect("/sign-in?returnUrl=" + Uri.EscapeDataString("/your-data"));
        return File(Encoding.UTF8.GetBytes(file.Content), file.ContentType ?? "application/json", file.FileName);
    }
}
