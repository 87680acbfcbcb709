using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Forms;
using Timebank.Web.GraphQL;
using Timebank.Web.Session;

namespace Timebank.Web.Pages.Account;

/// <summary>Sign in with email and password through the signIn operation; the token it gives becomes the session cookie.</summary>
public sealed class SignInModel(TimebankApi api) : PageModel
{
    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public FormErrors Errors { get; } = new();

    public void OnGet() => ViewData["Errors"] = Errors;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ViewData["Errors"] = Errors;
        if (string.IsNullOrWhiteSpace(Email))
            Errors.Add("email", "Enter your email address");
        if (string.IsNullOrEmpty(Password))
            Errors.Add("password", "Enter your password");
        if (Errors.Any)
            return Page();
        var payload = await api.MutateAsync<SessionPayload>("signIn", new { email = Email!.Trim(), password = Password }, cancellationToken);
        if (payload.Errors.Count > 0 || payload.Token is null)
        {
            Errors.AddFrom(payload.Errors, "email");
            Password = null;
            return Page();
        }
        WebSession.Start(HttpContext, payload.Token, payload.ExpiresAt ?? DateTimeOffset.UtcNow.AddHours(1));
        return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
    }
}
