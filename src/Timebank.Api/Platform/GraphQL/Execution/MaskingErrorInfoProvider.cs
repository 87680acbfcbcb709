using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Execution;

namespace Timebank.Api.Platform.GraphQL.Execution;

/// <summary>
/// Shapes every GraphQL error a client sees: a message and <c>extensions.code</c>, nothing else. Unexpected failures
/// become one masked message (they are logged in full on the server); outside Development, schema suggestions
/// ("Did you mean …?") are removed so a locked-down schema cannot be mapped by typos.
/// </summary>
public sealed partial class MaskingErrorInfoProvider(IHostEnvironment environment) : IErrorInfoProvider
{
    public const string UnexpectedMessage = "An unexpected error occurred. It has been logged.";

    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is UnhandledError)
        {
            return new ErrorInfo
            {
                Message = environment.IsDevelopment() ? $"{UnexpectedMessage} {executionError.InnerException?.Message}" : UnexpectedMessage,
                Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal },
            };
        }

        var message = environment.IsDevelopment() ? executionError.Message : Suggestion().Replace(executionError.Message, string.Empty);
        return new ErrorInfo
        {
            Message = message,
            Extensions = executionError.Code is { } code ? new Dictionary<string, object?> { ["code"] = code } : null,
        };
    }

    /// <summary>Every suggestion GraphQL.NET makes (fields, types, arguments, directive arguments) ends its message, some without a '?'.</summary>
    [GeneratedRegex(@"\s*Did you mean\b.*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Suggestion();
}
