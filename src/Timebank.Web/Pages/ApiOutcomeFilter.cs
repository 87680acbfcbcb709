using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Pages;

/// <summary>
/// Turns the API's answers outside a payload into pages: not signed in (or the session ended) goes to sign in and
/// back; not found (or not theirs to see, which the API never tells apart) is a 404 page.
/// </summary>
public sealed class ApiOutcomeFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        switch (executed.Exception)
        {
            case SignInRequiredException:
                var back = context.HttpContext.Request.Path + context.HttpContext.Request.QueryString;
                executed.Result = new RedirectResult("/sign-in?returnUrl=" + Uri.EscapeDataString(back));
                executed.ExceptionHandled = true;
                break;
            case NotFoundException:
                executed.Result = new PartialViewResult
                {
                    ViewName = "_NotFound",
                    StatusCode = StatusCodes.Status404NotFound,
                    ViewData = ((PageModel)context.HandlerInstance).ViewData,
                };
                executed.ExceptionHandled = true;
                break;
        }
    }
}
