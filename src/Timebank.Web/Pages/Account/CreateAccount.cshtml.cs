using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;
using Timebank.Web.Session;

namespace Timebank.Web.Pages.Account;

/// <summary>Create an account through signUp. An email that already has one is told so by email, never on this page.</summary>
public sealed class CreateAccountModel(TimebankApi api) : PageModel
{
    private static readonly Dictionary<string, string> Inputs = new() { ["email"] = "email", ["displayName"] = "displayName", ["password"] = "password" };

    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public FormErrors Errors { get; } = new();

    public bool CheckEmail { get; private set; }

    public void OnGet() => ViewData["Errors"] = Errors;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        if (string.IsNullOrWhiteSpace(DisplayName))
            Errors.Add("displayName", "Enter the name other members will see");
        if (string.IsNullOrWhiteSpace(Email))
            Errors.Add("email", "Enter your email address");
        if (string.IsNullOrEmpty(Password))
            Errors.Add("password", "Enter a password of at least 10 characters");
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<SessionPayload>("signUp", new { displayName = DisplayName!.Trim(), email = Email!.Trim(), password = Password }, cancellationToken);
        Password = null;
        if (payload.Errors.Count > 0)
        {
            Errors.AddFrom(payload.Errors, "email", Inputs);
            return Page();
        }
        if (payload.Token is null)
        {
            // The email already has an account: its owner has been told; this page says only what to do next.
            CheckEmail = true;
            return Page();
        }
        WebSession.Start(HttpContext, payload.Token, payload.ExpiresAt ?? DateTimeOffset.UtcNow.AddHours(1));
        return LocalRedirect("/home");
    }
}
