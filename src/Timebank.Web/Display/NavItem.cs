namespace Timebank.Web.Display;

public sealed record NavItem(string Href, string Text, bool Current);
