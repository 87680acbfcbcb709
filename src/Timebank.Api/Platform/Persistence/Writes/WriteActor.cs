using Timebank.Api.Platform.Auth;
using Timebank.Domain.Common;
using Timebank.Domain.Members;

namespace Timebank.Api.Platform.Persistence;

/// <summary>Whose request the current flow writes for, read where writes are made (a SaveChanges, a ledger submission).</summary>
public sealed class WriteActor(IHttpContextAccessor http)
{
    /// <summary>The signed-in member of the current request once resolved; null outside a request or before sign-in.</summary>
    public Id<Member>? Current => http.HttpContext?.RequestServices.GetService<Viewer>()?.KnownId;
}
