using GraphQL.Types;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses.Attendance;

public sealed record AttendanceEntryInput(string MemberId, AttendanceStatus Status, bool? WithSupporter = null);

public sealed record RecordAttendanceInput(string SessionId, List<AttendanceEntryInput> Entries);

public sealed record BankSessionHoursInput(string SessionId);

public sealed class AttendanceStatusType : EnumerationGraphType<AttendanceStatus>
{
    public AttendanceStatusType() => Name = "AttendanceStatus";
}

public sealed class AttendanceEntryInputType : InputObjectGraphType<AttendanceEntryInput>
{
    public AttendanceEntryInputType()
    {
        Name = "AttendanceEntryInput";
        Field<NonNullGraphType<IdGraphType>>("memberId");
        Field<NonNullGraphType<AttendanceStatusType>>("status").Description("LATE counts as attended; EXCUSED is left out of a share; ABSENT counts against it.");
        Field(e => e.WithSupporter, nullable: true).Description("Their supporter came alongside them (takes no place).");
    }
}

public sealed class RecordAttendanceInputType : InputObjectGraphType<RecordAttendanceInput>
{
    public RecordAttendanceInputType()
    {
        Name = "RecordAttendanceInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttendanceEntryInputType>>>>("entries");
    }
}

public sealed class BankSessionHoursInputType : InputObjectGraphType<BankSessionHoursInput>
{
    public BankSessionHoursInputType()
    {
        Name = "BankSessionHoursInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
    }
}
