using Timebank.Domain.Members;

namespace Timebank.Domain.Courses;

/// <summary>A member named in a request, with the name messages use for them (never their id).</summary>
public readonly record struct Person(Id<Member> Id, string Name);
