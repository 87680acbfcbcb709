using Microsoft.AspNetCore.Html;
using Timebank.Web.GraphQL;

namespace Timebank.Web.Forms;

/// <summary>
/// A form's errors in the GOV.UK pattern: each names the input it is about (the summary links to it, the input shows
/// it inline). The API's typed errors come in with their own sentences; their field names map to the page's inputs.
/// </summary>
public sealed class FormErrors
{
    private readonly List<(string Field, string Message)> _all = [];

    public bool Any => _all.Count > 0;

    public IReadOnlyList<(string Field, string Message)> All => _all;

    public void Add(string field, string message)
    {
        if (!_all.Exists(e => e.Field == field))
            _all.Add((field, message));
    }

    /// <summary>The API's refusals: a field the page has an input for goes there, anything else to <paramref name="fallback"/>.</summary>
    public void AddFrom(IEnumerable<UserError> errors, string fallback, IReadOnlyDictionary<string, string>? inputFor = null)
    {
        foreach (var error in errors)
        {
            var field = error.Field is { } named && inputFor?.GetValueOrDefault(named) is { } input ? input : fallback;
            _all.Add((field, error.Message));
        }
    }

    public string? For(string field) => _all.Find(e => e.Field == field).Message;

    public string GroupClass(string field) => For(field) is null ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";

    public string InputClass(string field, string baseClass = "govuk-input")
        => For(field) is null ? baseClass : $"{baseClass} {baseClass}--error";

    /// <summary>The input's aria-describedby: its hint and, when it has one, its error.</summary>
    public string? DescribedBy(string field, string? hint = null)
    {
        var ids = new[] { hint, For(field) is null ? null : field + "-error" }.Where(id => id is not null);
        var joined = string.Join(" ", ids);
        return joined.Length == 0 ? null : joined;
    }

    public IHtmlContent Message(string field)
    {
        if (For(field) is not { } message)
            return HtmlString.Empty;
        var content = new HtmlContentBuilder();
        content.AppendHtml($"<p id=\"{field}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ");
        content.Append(message);
        content.AppendHtml("</p>");
        return content;
    }
}
