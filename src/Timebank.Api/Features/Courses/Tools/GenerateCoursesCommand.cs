using System.Globalization;
using Timebank.Api.Platform.Persistence;
using Timebank.Api.Platform.Tools;

namespace Timebank.Api.Features.Courses.Tools;

/// <summary><c>generate-courses</c>: cohorts, enrolments and pairings for the dashboard and overdue-pairings bench.</summary>
public sealed class GenerateCoursesCommand : ICommandLineCommand
{
    public string Name => "generate-courses";

    public string Usage => """
        generate-courses [--cohorts 1000] [--enrolments 20000] [--pairings 5000] [--seed 1]
                                                              a training body's cohorts and pairings for the courses bench
        """;

    // It moves no hours (no course names a timebank), so it needs the store prepared but not the ledger writer.
    public async Task<int> RunAsync(IServiceProvider services, CommandOptions options, CancellationToken cancellationToken)
    {
        await services.PrepareDatabaseAsync(cancellationToken);
        using var scope = services.CreateScope();
        var made = await ActivatorUtilities.CreateInstance<CourseGenerator>(scope.ServiceProvider).GenerateAsync(
            (int)options.Number("cohorts", 1_000), (int)options.Number("enrolments", 20_000), (int)options.Number("pairings", 5_000), (int)options.Number("seed", 1), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {made.Cohorts} cohorts, {made.Enrolments} enrolments and {made.Pairings} pairings in organisation {made.OrganisationId} in {made.Elapsed.TotalSeconds:F1} s; sign in as {made.BenchEmail} / {made.BenchPassword}"));
        return 0;
    }
}
