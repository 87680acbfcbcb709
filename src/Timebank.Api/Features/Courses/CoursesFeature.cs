using Timebank.Api.Features.Courses.Accreditations;
using Timebank.Api.Features.Courses.Attendance;
using Timebank.Api.Features.Courses.Cohorts;
using Timebank.Api.Features.Courses.Courses;
using Timebank.Api.Features.Courses.Enrolments;
using Timebank.Api.Features.Courses.Hours;
using Timebank.Api.Features.Courses.Reports;
using Timebank.Api.Features.Courses.Tools;
using Timebank.Api.Features.Ledger;
using Timebank.Api.Platform.GraphQL;
using Timebank.Api.Platform.GraphQL.Errors;
using Timebank.Api.Platform.GraphQL.Relay;
using Timebank.Api.Platform.Tools;
using Timebank.Domain.Courses;

namespace Timebank.Api.Features.Courses;

public static class CoursesFeature
{
    public static IServiceCollection AddCoursesFeature(this IServiceCollection services)
    {
        services.AddScoped<CourseAccess>();
        services.AddScoped<CourseService>();
        services.AddScoped<CohortService>();
        services.AddScoped<EnrolmentService>();
        services.AddScoped<AttendanceService>();
        services.AddScoped<AccreditationService>();
        services.AddScoped<PracticeService>();
        services.AddScoped<PracticeLoader>();
        services.AddScoped<CourseHoursLedger>();
        services.AddScoped<CourseLoader>();
        services.AddScoped<ApplicationsOfCourseLoader>();
        services.AddScoped<CohortLoader>();
        services.AddScoped<CohortCountsLoader>();
        services.AddScoped<Cohorts.CohortSessionsLoader>();
        services.AddScoped<SessionAttendanceLoader>();
        services.AddSingleton<ILedgerLineDescriber, HoursCreditDescriber>();
        services.AddSingleton<Brokerage.Brokers.IHeldAccreditations, AccreditationsForBrokers>();
        services.AddSingleton<IObjectFields<Members.MemberType>, MemberCourseFields>();
        services.AddSingleton<ICommandLineCommand, GenerateCoursesCommand>();
        services.AddSingleton<IQueryFields, CourseQueries>();
        services.AddSingleton<IQueryFields, CohortQueries>();
        services.AddSingleton<IQueryFields, CourseReportQueries>();
        services.AddSingleton<IQueryFields, AccreditationQueries>();
        services.AddSingleton<IMutationFields, CourseMutations>();
        services.AddSingleton<IMutationFields, CohortMutations>();
        services.AddSingleton<IMutationFields, EnrolmentMutations>();
        services.AddSingleton<IMutationFields, AttendanceMutations>();
        services.AddSingleton<IMutationFields, AccreditationMutations>();
        services.AddSingleton<INodeSource, CourseNodeSource>();
        services.AddSingleton<INodeSource, CohortNodeSource>();
        services.AddUserError<ModuleInUse>("ModuleInUseError", "A module scheduled sessions cover cannot be removed.");
        services.AddUserError<ApplicationRequired>("ApplicationRequiredError", "The course takes applications: an accepted one is needed to enrol.");
        services.AddUserError<NotTakingApplications>("NotTakingApplicationsError", "The course has open enrolment.");
        services.AddUserError<AlreadyApplied>("AlreadyAppliedError", "An application is already open or accepted.");
        services.AddUserError<ApplicationDecided>("ApplicationDecidedError", "The application has already been decided.");
        services.AddUserError<LocalTimeSkipped>("LocalTimeSkippedError", "A local time the clocks skip.");
        services.AddUserError<LocalTimeAmbiguous>("LocalTimeAmbiguousError", "A local time the clocks pass twice.");
        services.AddUserError<SessionsOverlap>("SessionsOverlapError", "Two sessions of one cohort would overlap.");
        services.AddUserError<SessionInPast>("SessionInPastError", "A session would start in the past.");
        services.AddUserError<SessionAlreadyHeld>("SessionAlreadyHeldError", "The session has started, so it cannot be moved.");
        services.AddUserError<SessionNotYetHeld>("SessionNotYetHeldError", "The register is taken once the session has begun.");
        services.AddUserError<SessionNotDelivered>("SessionNotDeliveredError", "Hours are banked once the session has ended.");
        services.AddUserError<SessionCancelled>("SessionCancelledError", "The session has been cancelled.");
        services.AddUserError<SessionHasAttendance>("SessionHasAttendanceError", "A session with a register cannot be cancelled.");
        services.AddUserError<CapacityBelowEnrolled>("CapacityBelowEnrolledError", "The capacity cannot go below the people holding a place.");
        services.AddUserError<FacilitatorNotAccredited>("FacilitatorNotAccreditedError", "A facilitator lacks the accreditation the course asks of them.");
        services.AddUserError<CohortClosed>("CohortClosedError", "The cohort has finished or was cancelled.");
        services.AddUserError<AlreadyEnrolled>("AlreadyEnrolledError", "The person is already enrolled, waiting or completed.");
        services.AddUserError<NotEnrolled>("NotEnrolledError", "The person does not hold a place in the cohort.");
        services.AddUserError<AlreadyCompleted>("AlreadyCompletedError", "The person has already completed the cohort.");
        services.AddUserError<CompletionRuleNotMet>("CompletionRuleNotMetError", "The course's rule is not met; missing says what is still to do.");
        services.AddUserError<NotInHoursTimebank>("NotInHoursTimebankError", "The person is not an active member of the timebank the hours go to.");
        return services;
    }
}
