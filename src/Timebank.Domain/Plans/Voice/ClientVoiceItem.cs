using NodaTime;
using Timebank.Domain.Common;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Plans.Voice;

public enum ClientVoiceKind
{
    TrafficLight = 1,
    Roadblock = 2,
}

/// <summary>RED: stop doing; AMBER: keep doing; GREEN: start doing.</summary>
public enum TrafficLight
{
    Red = 1,
    Amber = 2,
    Green = 3,
}

public enum RaisedAs
{
    Client = 1,
    Staff = 2,
}

public enum ClientVoiceStatus
{
    Open = 1,
    InHand = 2,
    Done = 3,
}

/// <summary>
/// A traffic light or a roadblock to personalisation on a service's board, with what was done about it. The raiser is
/// kept even when anonymous, so they alone can see it was theirs; readers are never shown who raised an anonymous one.
/// </summary>
public sealed class ClientVoiceItem
{
    public const int TextMaxLength = 2_000;
    public const int EventMaxLength = 200;
    public const int DoneMaxLength = 2_000;

    public Id<ClientVoiceItem> Id { get; private set; }
    public Id<Organisation> OrganisationId { get; private set; }
    public ClientVoiceKind Kind { get; private set; }
    public TrafficLight? Light { get; private set; }
    public string Text { get; private set; } = string.Empty;
    public string? Event { get; private set; }
    public Id<Member> RaisedBy { get; private set; }
    public RaisedAs RaisedAs { get; private set; }
    public bool Anonymous { get; private set; }
    public Instant RaisedAt { get; private set; }
    public ClientVoiceStatus Status { get; private set; }
    public string? WhatWasDone { get; private set; }
    public Id<Member>? UpdatedBy { get; private set; }
    public Instant? UpdatedAt { get; private set; }

    private ClientVoiceItem()
    {
    }

    /// <summary>A traffic light is raised at a named event (a client-voice day, a house meeting).</summary>
    public static ClientVoiceItem RaiseTrafficLight(Id<Organisation> organisation, TrafficLight light, string? text, string? atEvent, Id<Member> by, RaisedAs raisedAs, bool anonymous, Instant now)
    {
        if (!Enum.IsDefined(light))
            throw new DomainException(new ValidationFailed("light", "must be RED, AMBER or GREEN"));
        var item = Raise(organisation, ClientVoiceKind.TrafficLight, text, Common.Text.Required(atEvent, "event", EventMaxLength), by, raisedAs, anonymous, now);
        item.Light = light;
        return item;
    }

    public static ClientVoiceItem ReportRoadblock(Id<Organisation> organisation, string? text, string? atEvent, Id<Member> by, RaisedAs raisedAs, bool anonymous, Instant now)
        => Raise(organisation, ClientVoiceKind.Roadblock, text, Common.Text.Optional(atEvent, "event", EventMaxLength), by, raisedAs, anonymous, now);

    private static ClientVoiceItem Raise(Id<Organisation> organisation, ClientVoiceKind kind, string? text, string? atEvent, Id<Member> by, RaisedAs raisedAs, bool anonymous, Instant now)
    {
        // Anonymity protects a client speaking about the service that supports them; staff speak for the service in their own name.
        if (anonymous && raisedAs == RaisedAs.Staff)
            throw new DomainException(new StaffNotAnonymous());
        return new ClientVoiceItem
        {
            Id = Id<ClientVoiceItem>.New(),
            OrganisationId = organisation,
            Kind = kind,
            Text = Common.Text.Required(text, "text", TextMaxLength),
            Event = atEvent,
            RaisedBy = by,
            RaisedAs = raisedAs,
            Anonymous = anonymous,
            RaisedAt = now,
            Status = ClientVoiceStatus.Open,
        };
    }

    /// <summary>Staff move it along the board; done means saying what was done.</summary>
    public void Update(ClientVoiceStatus status, string? whatWasDone, Id<Member> by, Instant now)
    {
        if (!Enum.IsDefined(status))
            throw new DomainException(new ValidationFailed("status", "must be OPEN, IN_HAND or DONE"));
        var done = Common.Text.Optional(whatWasDone, "whatWasDone", DoneMaxLength) ?? WhatWasDone;
        if (status == ClientVoiceStatus.Done && done is null)
            throw new DomainException(new ValidationFailed("whatWasDone", "say what was done before marking it done"));
        Status = status;
        WhatWasDone = done;
        UpdatedBy = by;
        UpdatedAt = now;
    }

    /// <summary>Who readers are shown as the raiser: nobody for an anonymous item, unless the reader raised it.</summary>
    public Id<Member>? RaiserShownTo(Id<Member>? reader) => !Anonymous || reader == RaisedBy ? RaisedBy : null;
}
