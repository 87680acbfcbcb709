namespace Timebank.Domain.Brokerage;

/// <summary>What a person asks help to arrange, as given; <see cref="BrokerageRequest.Make"/> checks it.</summary>
public sealed record BrokerageRequestDraft
{
    public string? WhatToArrange { get; init; }

    /// <summary>A postcode district (CV1) or a whole postcode; only the district is kept.</summary>
    public string? Area { get; init; }

    public string? PreferredLanguage { get; init; }

    /// <summary>One format, or none.</summary>
    public AccessibleFormats PreferredFormat { get; init; }

    /// <summary>The council judged the person's needs not "critical or substantial", so it offered no brokerage.</summary>
    public bool JudgedIneligible { get; init; }

    /// <summary>The person is an adult at risk: only brokers with an in-date safeguarding check are offered it.</summary>
    public bool InvolvesAdultAtRisk { get; init; }

    /// <summary>Set when a member asks for someone they support.</summary>
    public SupportedPerson? OnBehalfOf { get; init; }
}

public enum BrokerageRequestState
{
    /// <summary>Made; the person invites brokers and waits for answers.</summary>
    Open = 1,

    /// <summary>The person chose a broker who accepted; sessions are logged.</summary>
    Arranged = 2,

    Closed = 3,
    Withdrawn = 4,
}

public enum BrokerageOutcome
{
    Arranged = 1,
    PartlyArranged = 2,
    NotArranged = 3,
}
