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
}
