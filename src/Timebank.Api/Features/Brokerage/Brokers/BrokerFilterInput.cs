using GraphQL.Types;
using NodaTime;
using Timebank.Api.Platform.GraphQL.Scalars;
using Timebank.Domain.Brokerage;
using Timebank.Domain.Directory;

namespace Timebank.Api.Features.Brokerage.Brokers;

public sealed record BrokerFilterInput(string? Skill, string? Language, string? Area, AccessibleFormats? Format, string? Accreditation, bool? Available, LocalDate? CheckInDateOn)
{
    /// <summary>The domain's filter; a language or district that is not one is a typed error naming the field.</summary>
    public BrokerFilter ToFilter() => new()
    {
        Skill = Text.Optional(Skill, "filter.skill", BrokerProfile.SkillMaxLength),
        Language = string.IsNullOrWhiteSpace(Language) ? null : LanguageCode.Parse(Language, "filter.language"),
        Area = string.IsNullOrWhiteSpace(Area) ? null : PostcodeDistrict.ParseDistrictOrPostcode(Area, "filter.area"),
        Format = Format ?? AccessibleFormats.None,
        Accreditation = Text.Optional(Accreditation, "filter.accreditation", Domain.Brokerage.Accreditation.NameMaxLength),
        Available = Available,
        CheckInDateOn = CheckInDateOn,
    };
}

public sealed class BrokerFilterInputType : InputObjectGraphType<BrokerFilterInput>
{
    public BrokerFilterInputType()
    {
        Name = "BrokerFilter";
        Description = "Every criterion given must hold.";
        Field<StringGraphType>("skill").Description("Part of a skill, in any case.");
        Field<StringGraphType>("language").Description("A language code; en matches en-GB.");
        Field<StringGraphType>("area").Description("A postcode district (CV1) or a whole postcode.");
        Field<AccessibleFormatType>("format");
        Field<StringGraphType>("accreditation").Description("Part of an accreditation's name, in any case; one earned through a course by part of its code (PEER_BROKER, or peer broker).");
        Field<BooleanGraphType>("available").Description("True: taking requests now; false: not.");
        Field<LocalDateGraphType>("checkInDateOn").Description("A safeguarding check in date on that day.");
    }
}
