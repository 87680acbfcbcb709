using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace Timebank.Web.Display;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG: no script, prints, and scales on a phone. It is a picture
/// with a title for screen readers; the same figures always sit in a table beside it.
/// </summary>
public static class BarChart
{
    private const int Width = 640;
    private const int LabelWidth = 200;
    private const int ValueWidth = 150;
    private const int Row = 32;

    public sealed record Bar(string Label, long Value, string ValueText);

    public static IHtmlContent Render(string id, string title, IReadOnlyList<Bar> bars)
    {
        var height = Math.Max(1, bars.Count) * Row + 8;
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var plot = Width - LabelWidth - ValueWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"tb-chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Encode(title)} (the table below has the same figures)</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"tb-chart__axis\" x1=\"{LabelWidth}\" y1=\"0\" x2=\"{LabelWidth}\" y2=\"{height - 4}\"/>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = i * Row + 4;
            var length = bar.Value <= 0 ? 0 : Math.Max(2, (int)(plot * bar.Value / max));
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tb-chart__label\" x=\"{LabelWidth - 8}\" y=\"{y + 20}\" text-anchor=\"end\">{Encode(Shorten(bar.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"tb-chart__bar\" x=\"{LabelWidth}\" y=\"{y + 4}\" width=\"{length}\" height=\"{Row - 10}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tb-chart__label\" x=\"{LabelWidth + length + 8}\" y=\"{y + 20}\">{Encode(bar.ValueText)}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    private static string Shorten(string label) => label.Length > 24 ? label[..23] + "…" : label;

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
