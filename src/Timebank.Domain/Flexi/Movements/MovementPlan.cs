namespace Timebank.Domain.Flexi.Movements;

/// <summary>Movements that must commit together, in order, or not at all (a joint purchase, a customer leaving).</summary>
public sealed record MovementPlan(IReadOnlyList<Movement> Steps)
{
    public static readonly MovementPlan Nothing = new([]);

    public static MovementPlan Of(params Movement[] steps) => new(steps);

    public bool IsEmpty => Steps.Count == 0;

    public MovementPlan Then(MovementPlan next) => new([.. Steps, .. next.Steps]);
}
