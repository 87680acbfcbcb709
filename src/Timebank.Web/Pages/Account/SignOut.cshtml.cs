using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.Session;

namespace Timebank.Web.Pages.Account;

/// <summary>Signing out is a form post (a link could be followed from another site); the cookie goes at once.</summary>
public sealed class SignOutModel : PageModel
{
    public IActionResult OnPost()
    {
        WebSession.End(HttpContext);
        return LocalRedirect("/signed-out");
    }
}
