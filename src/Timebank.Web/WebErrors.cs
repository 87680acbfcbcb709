using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Timebank.Web.Session;

namespace Timebank.Web;

/// <summary>
/// A failure while serving a page shows the service's own "sorry" page (never a stack trace); GraphQL and the REST
/// endpoints keep their own error answers. The host logs the exception as for any request.
/// </summary>
public static class WebErrors
{
    public static IApplicationBuilder UseTimebankWebErrors(this IApplicationBuilder app)
        => app.UseWhen(
            http => http.GetEndpoint()?.Metadata.GetMetadata<WebPageEndpoint>() is not null,
            pages => pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteSorryPageAsync }));

    private static Task WriteSorryPageAsync(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status500InternalServerError;
        http.Response.ContentType = "text/html; charset=utf-8";
        var css = WebUtility.HtmlEncode(WebAssets.Url("timebank.css"));
        return http.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en" class="govuk-template govuk-template--rebranded">
            <head><meta charset="utf-8"><title>Sorry, there is a problem with the service – Timebank</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="{css}"></head>
            <body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="main-content">
            <h1 class="govuk-heading-l">Sorry, there is a problem with the service</h1>
            <p class="govuk-body">Try again later. Nothing you sent was half saved: it went through whole or not at all.</p>
            <p class="govuk-body"><a class="govuk-link" href="/">Go to the start</a></p>
            </main></div></body></html>
            """);
    }
}
