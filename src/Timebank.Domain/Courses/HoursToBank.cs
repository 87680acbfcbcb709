using NodaTime;
using Timebank.Domain.Ledger;
using Timebank.Domain.Members;
using Timebank.Domain.Organisations;

namespace Timebank.Domain.Courses;

/// <summary>
/// Hours that should move in a timebank for help a member gave an organisation (facilitating a session, mentoring):
/// the giver's account earns them and the receiving organisation's account in that timebank pays, as an exchange.
/// The API hands this to the ledger; <see cref="Key"/> is derived from what was given, so asking twice moves it once.
/// </summary>
public sealed record HoursToBank(
    Id<Organisation> Timebank,
    Id<Member> Giver,
    Id<Organisation> Receiver,
    Amount Minutes,
    IdempotencyKey Key,
    string Description,
    LocalDate Date);
