using Microsoft.AspNetCore.Mvc.Filters;

namespace Timebank.Web.Pages;

/// <summary>
/// Every page's security headers. The pages have no inline script or style (GOV.UK Frontend's js-enabled class is set
/// by the bundled script), so the policy allows only this site's own assets, and no other site may frame a page or
/// receive a form from one.
/// </summary>
public sealed class SecurityHeadersFilter : IAsyncPageFilter
{
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var headers = context.HttpContext.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // A support's or member's page address never leaves the site in a Referer.
        headers["Referrer-Policy"] = "same-origin";
        return next();
    }
}
