using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Timebank.Api.Tests.Infrastructure;

/// <summary>
/// A browser without JavaScript over the test server: it keeps cookies, follows redirects, and submits forms as
/// they are (hidden fields and anti-forgery token included) by pressing a named button, so page tests drive the
/// web exactly as a person with scripts off would.
/// </summary>
public sealed class WebBrowser(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public static WebBrowser For(TimebankApiFactory api)
        => new(api.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true }));

    public HttpClient Http => http;

    /// <summary>A browser signed in as <paramref name="member"/> through the sign-in page.</summary>
    public static async Task<WebBrowser> SignedInAsync(TimebankApiFactory api, TestMember member)
    {
        var browser = For(api);
        var home = await browser.SubmitAsync(await browser.GetAsync("/sign-in"), "Sign in", new Dictionary<string, string> { ["email"] = member.Email, ["password"] = member.Password });
        return home.Heading == "Your services" ? browser : throw new InvalidOperationException($"Sign-in failed: {string.Join("; ", home.Errors)}");
    }

    public Task<WebPage> GetAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Presses the submit button whose text starts with <paramref name="button"/>, with <paramref name="fields"/> typed over the form's values.</summary>
    public Task<WebPage> SubmitAsync(WebPage page, string button, IReadOnlyDictionary<string, string>? fields = null)
    {
        var pressed = page.Document.QuerySelectorAll("button").OfType<IHtmlButtonElement>()
            .FirstOrDefault(b => b.TextContent.Trim().StartsWith(button, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No button '{button}' on {page.Url}: {string.Join(", ", page.Document.QuerySelectorAll("button").Select(b => b.TextContent.Trim()))}");
        var form = pressed.Form ?? throw new InvalidOperationException($"The button '{button}' is not in a form.");
        var values = Fill(form, fields);
        if (!string.IsNullOrEmpty(pressed.Name))
            values.Add(new(pressed.Name, pressed.Value));
        var action = pressed.GetAttribute("formaction") ?? form.GetAttribute("action");
        var target = new Uri(page.Url, string.IsNullOrEmpty(action) ? page.Url.PathAndQuery : action);
        if (string.Equals(form.Method, "get", StringComparison.OrdinalIgnoreCase))
        {
            var query = string.Join("&", values.Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value)));
            return GetAsync(target.AbsolutePath + "?" + query);
        }
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, target) { Content = new FormUrlEncodedContent(values) });
    }

    /// <summary>Posts the form values a page had, again: what a browser's resubmit or a double click sends.</summary>
    public Task<WebPage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values)
        => SendAsync(new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(values) });

    /// <summary>The form's values with <paramref name="fields"/> typed over them.</summary>
    public static List<KeyValuePair<string, string>> Fill(IHtmlFormElement form, IReadOnlyDictionary<string, string>? fields)
    {
        var values = FormValues(form);
        foreach (var (name, value) in fields ?? new Dictionary<string, string>())
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }
        return values;
    }

    public static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                        values.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("submit" or "button"):
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    values.Add(new(name, select.SelectedOptions.Length > 0 ? select.SelectedOptions[0].Value : select.Options.Length > 0 ? select.Options[0].Value : ""));
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    values.Add(new(name, area.Value));
                    break;
            }
        }
        return values;
    }

    private async Task<WebPage> SendAsync(HttpRequestMessage request)
    {
        for (var hops = 0; ; hops++)
        {
            var url = request.RequestUri!.IsAbsoluteUri ? request.RequestUri : new Uri(http.BaseAddress!, request.RequestUri);
            var response = await http.SendAsync(request);
            request.Dispose();
            if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && hops < 5)
            {
                request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, response.Headers.Location!));
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            return new WebPage(response.StatusCode, url, Parser.ParseDocument(html), response);
        }
    }
}

/// <summary>A page as the browser got it, with what tests read most.</summary>
public sealed record WebPage(HttpStatusCode Status, Uri Url, IHtmlDocument Document, HttpResponseMessage Response)
{
    public string Title => Document.Title ?? "";

    public string Heading => Document.QuerySelector("h1")?.TextContent.Trim() ?? "";

    public IHtmlFormElement Form(int index = 0) => Document.Forms[index];

    public string Text => Document.Body?.TextContent ?? "";

    /// <summary>The page's text with its white space run together, as a person reads it.</summary>
    public string Words => string.Join(' ', Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The error summary's links as (target, message); empty when the page has no errors.</summary>
    public IReadOnlyList<(string Target, string Message)> Errors
        => Document.QuerySelectorAll(".govuk-error-summary a").Select(a => (a.GetAttribute("href") ?? "", a.TextContent.Trim())).ToList();

    /// <summary>Each table row and summary-list row as its cells' text joined by " | ", as a person reads across it.</summary>
    public IReadOnlyList<string> Rows
        => Document.QuerySelectorAll("tbody tr, .govuk-summary-list__row")
            .Select(row => string.Join(" | ", row.Children.Select(cell => string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))))
            .ToList();

    public IReadOnlyList<string> Links(string text)
        => Document.QuerySelectorAll("a").Where(a => a.TextContent.Trim().StartsWith(text, StringComparison.Ordinal)).Select(a => a.GetAttribute("href") ?? "").ToList();

    public string Link(string text) => Links(text) is [var first, ..] ? first : throw new InvalidOperationException($"No link '{text}' on {Url}.");
}
