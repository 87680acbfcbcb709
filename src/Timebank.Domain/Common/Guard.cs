using System.Runtime.CompilerServices;

namespace Timebank.Domain.Common;

/// <summary>Argument checks that name the argument and say what is wrong, for programming errors (not user input).</summary>
public static class Guard
{
    public static T NotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? name = null) where T : class
        => value ?? throw new ArgumentNullException(name);

    public static long Positive(long value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value > 0 ? value : throw new ArgumentOutOfRangeException(name, value, "must be greater than zero");

    public static Guid NotEmpty(Guid value, [CallerArgumentExpression(nameof(value))] string? name = null)
        => value != Guid.Empty ? value : throw new ArgumentException("must not be the empty id", name);
}
