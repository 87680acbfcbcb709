namespace Timebank.Domain.Flexi.Services;

public sealed record SplitDoesNotSumToWhole(int SumBasisPoints)
    : DomainError("SPLIT_NOT_WHOLE", $"The split adds up to {FlexiText.Percent(SumBasisPoints)}; core, flexi cash and flexi hours must add up to 100%.");

public sealed record NotAProvider()
    : DomainError("NOT_A_PROVIDER", "Core-and-flexi services are run by provider organisations only.");

public sealed record NotACommissioner()
    : DomainError("NOT_A_COMMISSIONER", "A service can only be linked to a commissioning organisation.");
