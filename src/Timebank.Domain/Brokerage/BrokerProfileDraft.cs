namespace Timebank.Domain.Brokerage;

/// <summary>Whether a broker takes requests from people they do not know, or helps only a relative or friend.</summary>
public enum BrokerOpenness
{
    OpenToRequests = 1,
    InformalOnly = 2,
}

/// <summary>What a broker writes on their profile, as given; <see cref="BrokerProfile"/> checks it.</summary>
public sealed record BrokerProfileDraft
{
    public string? Bio { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Language codes such as en, pa, bfi.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>Postcode districts such as CV1, B23.</summary>
    public IReadOnlyList<string> AreasServed { get; init; } = [];

    public AccessibleFormats Formats { get; init; }

    /// <summary>When the broker can usually help, in their words ("weekday evenings").</summary>
    public string? Availability { get; init; }

    /// <summary>False while the broker is taking a break: they are not offered new requests.</summary>
    public bool AcceptingRequests { get; init; } = true;

    public BrokerOpenness Openness { get; init; } = BrokerOpenness.OpenToRequests;

    /// <summary>Only what the broker chooses to share; blank shares nothing and removes anything shared before.</summary>
    public string? LivedExperience { get; init; }
}
