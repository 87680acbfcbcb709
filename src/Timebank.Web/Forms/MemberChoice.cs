using Timebank.Web.Pages.Timebanks;

namespace Timebank.Web.Forms;

/// <summary>A labelled select of members: <see cref="Id"/> for the select and its error, <see cref="Name"/> for the posted field.</summary>
public sealed record MemberChoice(string Id, string Name, string Label, IReadOnlyList<MemberRef> Members, string? Selected, FormErrors Errors);
