namespace Timebank.Web.GraphQL;

/// <summary>A typed refusal from a mutation's payload: the API's sentence for people, and the input it is about.</summary>
public sealed record UserError(string Code, string Message, string? Field = null);

/// <summary>A read the API answered with an error instead of data; the page filter turns these into pages.</summary>
public class ApiException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>The API wants someone signed in (or the session ended): the page filter sends them to sign in and back.</summary>
public sealed class SignInRequiredException(string message) : ApiException("NOT_AUTHENTICATED", message);

/// <summary>The record does not exist or this person may not see it (the API never says which): a 404 page.</summary>
public sealed class NotFoundException(string message) : ApiException("NOT_FOUND", message);
