namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>Codes of request-level GraphQL errors that the HTTP layer maps to status codes.</summary>
public static class ErrorCodes
{
    public const string NotAuthenticated = "NOT_AUTHENTICATED";
    public const string NotAllowed = "NOT_ALLOWED";
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string TooManyRootFields = "TOO_MANY_ROOT_FIELDS";
    public const string Internal = "INTERNAL_ERROR";
    public const string BadRequest = "BAD_REQUEST";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string DocumentTooNested = "DOCUMENT_TOO_NESTED";

    /// <summary>GraphQL.NET's own code for the same refusal, which it would give if the document reached validation.</summary>
    public const string FragmentCycle = "NO_FRAGMENT_CYCLES";

    public const string ResponseTooLarge = "RESPONSE_TOO_LARGE";
}
